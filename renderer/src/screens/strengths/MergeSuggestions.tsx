import { useCallback, useEffect, useState } from 'react';
import type { MergeSuggestionView } from '../../../../shared/api/cards';
import type { Board } from '../../../../shared/domain/schemas';
import { api } from '../../api/client';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { say } from './ui';
import { mergeThemes } from './actions';

/**
 * "Sport → Begegnung zusammenlegen?" (issue #12.5): after "Neu sortieren" and while capturing, the
 * engine's best merge suggestion, with one key to accept (J, a normal clusters.merge) or dismiss
 * (N; the pair is not suggested again). The engine never merges on its own.
 */
export function MergeSuggestions({ board }: { board: Board }) {
  const t = useT();
  const [list, setList] = useState<MergeSuggestionView[]>([]);

  // every new board state (card added, moved, merged, sorted) may change the suggestions
  useEffect(() => {
    let live = true;
    api.call('clusters.suggestions', {}).then(
      (r) => live && setList(r.suggestions),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [board]);

  const m = list[0];
  const accept = useCallback(async () => {
    if (!m) return;
    setList([]);
    await mergeThemes(m.from.id, m.to.id, t);
  }, [m, t]);
  const dismiss = useCallback(async () => {
    if (!m) return;
    setList((l) => l.slice(1));
    say();
    await useApp.getState().run('clusters.dismissSuggestion', { sourceId: m.from.id, targetId: m.to.id });
  }, [m]);

  useEffect(() => {
    if (!m) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const el = e.target as HTMLElement | null;
      // typing a card or a name must never merge anything
      if (el?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
      const k = e.key.toLowerCase();
      if (k === 'j') {
        e.preventDefault();
        void accept();
      } else if (k === 'n') {
        e.preventDefault();
        void dismiss();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [m, accept, dismiss]);

  if (!m) return null;
  return (
    <section className="merge-suggestion" aria-label={t('board.suggestWhy')} data-testid="merge-suggestion">
      <strong lang="de">{t('board.suggestMerge', { from: m.from.label, to: m.to.label })}</strong>
      <span className="hint"> {t('board.suggestKeys')}</span>
      <div className="dup-actions">
        <button type="button" className="primary" onClick={() => void accept()} data-testid="suggest-accept">
          {t('board.suggestAccept')} <kbd>J</kbd>
        </button>
        <button type="button" onClick={() => void dismiss()} data-testid="suggest-dismiss">
          {t('board.suggestDismiss')} <kbd>N</kbd>
        </button>
      </div>
    </section>
  );
}
