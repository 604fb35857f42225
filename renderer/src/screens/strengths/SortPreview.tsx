import { useEffect, useRef, useState } from 'react';
import type { SortPreview as Preview } from '../../../../shared/api/cards';
import { api, ApiCallError } from '../../api/client';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { say } from './ui';

/** "Sort again": first a preview of what would move where, then Apply or Cancel. */
export function SortPreviewPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const applyRef = useRef<HTMLButtonElement>(null);

  const load = async () => {
    try {
      setPreview(await api.call('cards.sortPreview', {}));
    } catch (e) {
      useApp.getState().setError({ message: (e as Error).message });
      onClose();
    }
  };
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (preview) applyRef.current?.focus();
  }, [preview]);

  const apply = async () => {
    if (!preview) return;
    try {
      const r = await api.call('cards.sortApply', { revision: preview.revision });
      // holds until an undo puts the cards back (or the names, when only names changed)
      say(t('board.applied', { n: r.moved }), {
        left: preview.moves.map((m) => [m.cardId, m.from?.id ?? null]),
        named: preview.moves.length ? [] : preview.relabelled.map((x) => [x.id, x.to]),
      });
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CONFLICT') {
        setNote(t('board.stale'));
        await load();
      } else {
        useApp.getState().setError({ message: (e as Error).message });
      }
    }
  };

  const nothing = preview && preview.moves.length === 0 && preview.relabelled.length === 0 && preview.emptied.length === 0;
  return (
    <section
      className="sort-preview"
      aria-label={t('board.previewTitle')}
      data-testid="sort-preview"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h3>{t('board.previewTitle')}</h3>
      {note && (
        <p className="capture-problem" role="alert">
          {note}
        </p>
      )}
      {!preview ? (
        <p role="status">{t('common.loading')}</p>
      ) : nothing ? (
        <p>{t('board.previewNothing')}</p>
      ) : (
        <>
          <p data-testid="preview-summary">
            {t('board.previewSummary', {
              moves: t('board.previewMoves', { n: preview.moves.length }),
              stay: t('board.previewStay', { n: preview.unchanged }),
            })}
            {preview.pinned > 0 && ` ${t('board.previewPinned', { n: preview.pinned })}`}
          </p>
          {preview.newClusters.length > 0 && <p>{t('board.previewNew', { list: preview.newClusters.map((c) => `„${c.label}“ (${c.cards})`).join(', ') })}</p>}
          {preview.emptied.length > 0 && <p>{t('board.previewEmptied', { list: preview.emptied.map((c) => `„${c.label}“`).join(', ') })}</p>}
          {preview.relabelled.length > 0 && <p>{t('board.previewRelabel', { list: preview.relabelled.map((c) => `„${c.from}“ → „${c.to}“`).join(', ') })}</p>}
          {preview.moves.length > 0 && (
            <ul className="moves" data-testid="preview-moves">
              {preview.moves.map((m) => (
                <li key={m.cardId} lang="de">
                  <q>{m.text}</q>: <span className="from">{m.from?.label ?? t('cards.unclustered')}</span> → <strong>{m.to.label}</strong>
                  {m.to.id === null && <span className="badge">{t('board.previewNewTag')}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="dup-actions">
        {!nothing && (
          <button ref={applyRef} type="button" className="primary" disabled={!preview} onClick={() => void apply()} data-testid="sort-apply">
            {t('board.apply')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {nothing ? 'OK' : t('board.cancel')}
        </button>
      </div>
    </section>
  );
}
