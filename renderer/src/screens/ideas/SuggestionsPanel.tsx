import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { FIELDS, type FieldKey } from '../../../../shared/domain/fields';
import type { Idea } from '../../../../shared/domain/schemas';
import { errorText } from '../../../../shared/domain/errors';
import type { Output } from '../../../../shared/api';
import { api } from '../../api/client';
import { createResource, useResource } from '../../stores/resource';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { useChosenTableId } from '../strengths/TableChoice';
import './suggestions.css';

type Suggestions = Output<'exchange.suggestions'>;
type Suggestion = Suggestions['suggestions'][number];

/** The workshop's suggestions for its own fields; reloads when its sources, next steps or results change. */
export const useSuggestionsStore = createResource('exchange.suggestions');

/** "Ü" (or "U" on keyboards without it) adopts the focused suggestion, like "M" moves a focused card. */
const isAdoptKey = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey && ['ü', 'Ü', 'u', 'U'].includes(e.key);

/**
 * "Anregungen aus anderen Kommunen" (issue #14): the facilitator loads folders of exchange packages
 * or single package files (kept in the workshop file), sees actions and strength themes of other
 * municipalities for this workshop's fields, and adopts one as a next step with one key. The
 * packages are read by the core's refusing reader; skipped files are listed with their reason.
 */
export function SuggestionsPanel() {
  const t = useT();
  const run = useApp((s) => s.run);
  const tableId = useChosenTableId(); // an adopted step joins the table chosen for typing, like a typed one
  const setError = useApp((s) => s.setError);
  const { data: base, load } = useResource(useSuggestionsStore);
  const [field, setField] = useState<FieldKey | ''>('');
  const [filtered, setFiltered] = useState<Suggestions | null>(null);
  const [path, setPath] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const desktop = api.transport === 'electron';

  // Another field than the workshop's own: asked for separately, again whenever the store reloads.
  useEffect(() => {
    if (!field) return;
    let live = true;
    void api
      .call('exchange.suggestions', { field })
      .then((r) => live && setFiltered(r))
      .catch(() => live && setFiltered(null));
    return () => {
      live = false;
    };
  }, [field, base]);
  const data = field ? filtered : base;
  const sources = base?.sources.map((s) => s.path) ?? [];

  const setSources = async (next: string[]) => {
    const r = await run('exchange.setSources', { sources: next });
    if (r) {
      setProblem(null);
      return true;
    }
    // The folder is missing or unreadable: say so here, beside the path typed.
    const err = useApp.getState().error;
    setProblem(err ? errorText(err, t.locale) : null);
    setError(null);
    return false;
  };
  const addPath = async (p: string) => {
    const clean = p.trim();
    if (!clean) return;
    if (sources.includes(clean)) return void load();
    if (await setSources([...sources, clean])) setPath('');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void addPath(path);
  };
  const pick = async (kind: 'folder' | 'package') => {
    const chosen = (await api.shell('shell.pickPath', { kind }).catch(() => null)) as string | null;
    if (chosen) await addPath(chosen);
  };

  const list = data?.suggestions ?? [];
  const adopt = async (s: Suggestion, i: number) => {
    if (s.adoptedIdeaId !== null) return;
    const idea = await run('exchange.adopt', { packageHash: s.packageHash, kind: s.kind, index: s.index, tableId });
    if (!idea) return;
    // Keep the keyboard flowing: on to the next suggestion not yet adopted.
    const next = list.slice(i + 1).find((x) => x.adoptedIdeaId === null) ?? list.slice(0, i).find((x) => x.adoptedIdeaId === null);
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-suggestion="${CSS.escape(next?.id ?? '')}"] button`)?.focus());
  };
  const onKey = (e: KeyboardEvent<HTMLLIElement>, s: Suggestion, i: number) => {
    if ((e.target as HTMLElement).closest('input, select, textarea')) return;
    if (isAdoptKey(e)) {
      e.preventDefault();
      void adopt(s, i);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const items = [...document.querySelectorAll<HTMLElement>('[data-suggestion] button')];
      const at = items.indexOf(document.activeElement as HTMLElement);
      items[Math.max(0, Math.min(items.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    }
  };

  return (
    <section className="suggest-panel" aria-labelledby="suggest-h" data-testid="suggestions">
      <h3 id="suggest-h">{t('suggest.title')}</h3>
      <p className="hint">{t('suggest.intro')}</p>
      <form className="suggest-add" onSubmit={submit}>
        <label>
          {t('suggest.path')}
          <input
            name="suggest-path"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder={t('suggest.pathHint')}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'suggest-problem' : undefined}
            data-testid="suggest-path"
          />
        </label>
        <button type="submit">{t('suggest.add')}</button>
        {desktop && (
          <>
            <button type="button" onClick={() => void pick('folder')}>
              {t('suggest.pickFolder')}
            </button>
            <button type="button" onClick={() => void pick('package')}>
              {t('suggest.pickFile')}
            </button>
          </>
        )}
      </form>
      {problem && (
        <p className="problem" role="alert" id="suggest-problem" data-testid="suggest-problem">
          {problem}
        </p>
      )}
      {base && base.sources.length > 0 && (
        <div className="suggest-sources">
          <h4>{t('suggest.sources')}</h4>
          <ul>
            {base.sources.map((s) => (
              <li key={s.path} data-testid="suggest-source">
                <span className="path">{s.path}</span>{' '}
                {s.kind === 'unconfirmed' ? (
                  // Named by a workshop file from elsewhere: read only once the facilitator here says so.
                  <>
                    <span>({t('suggest.unconfirmed')})</span>{' '}
                    <button type="button" className="chip" aria-label={t('suggest.confirmLabel', { path: s.path })} onClick={() => void setSources(sources)}>
                      {t('suggest.confirm')}
                    </button>
                  </>
                ) : s.problem ? (
                  <span className="problem">{errorText(s.problem, t.locale)}</span>
                ) : (
                  <span>({t('suggest.sourcePackages', { n: s.packages })})</span>
                )}{' '}
                <button
                  type="button"
                  className="chip"
                  aria-label={t('suggest.removeLabel', { path: s.path })}
                  onClick={() => void setSources(sources.filter((x) => x !== s.path))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => void load()}>
            {t('suggest.reload')}
          </button>
        </div>
      )}
      {base && base.refused.length > 0 && (
        <div className="notice suggest-refused" role="status" data-testid="suggest-refused">
          <p>{t('suggest.refused', { n: base.refused.length })}</p>
          <ul>
            {base.refused.map((r) => (
              <li key={r.file}>{errorText({ message: r.message, key: r.key, params: r.params }, t.locale)}</li>
            ))}
          </ul>
        </div>
      )}
      {base && base.sources.length === 0 ? (
        <p className="hint">{t('suggest.noSources')}</p>
      ) : (
        base && (
          <>
            <label className="suggest-field">
              {t('suggest.field')}{' '}
              <select value={field} onChange={(e) => setField(e.target.value as FieldKey | '')} data-testid="suggest-field">
                <option value="">{t('suggest.ownFields')}</option>
                {FIELDS.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.number}. {t.fieldShort(f.key)}
                  </option>
                ))}
              </select>
            </label>
            {data && (
              <p className="hint" data-testid="suggest-count">
                {t('suggest.count', { total: data.total })}
                {data.total > list.length ? ` ${t('suggest.more', { shown: list.length })}` : ''}
              </p>
            )}
            {data && list.length === 0 && <p className="hint">{t('suggest.none')}</p>}
            {list.length > 0 && (
              <>
                <p className="hint">{t('suggest.keyHint')}</p>
                <ul className="suggest-list">
                  {list.map((s, i) => (
                    <li key={s.id} data-suggestion={s.id} data-testid="suggestion" onKeyDown={(e) => onKey(e, s, i)}>
                      <div className="suggest-main">
                        <span className="field-tag">{t.fieldShort(s.field)}</span>{' '}
                        <span className="suggest-kind">{t(s.kind === 'action' ? 'suggest.kindAction' : 'suggest.kindTheme')}</span>{' '}
                        <span lang="de" className="suggest-title">
                          {s.title}
                        </span>{' '}
                        <span className="suggest-from">
                          {t('suggest.from', { municipality: s.municipality })}
                          {s.pseudonymised ? ` (${t('suggest.pseudonym')})` : ''}
                        </span>
                        {s.words.length > 0 && <span className="suggest-why">{t('suggest.words', { words: s.words.join(', ') })}</span>}
                        {s.potentials.length > 0 && <span className="suggest-why">{t('suggest.potentials', { potentials: s.potentials.join('; ') })}</span>}
                      </div>
                      {s.adoptedIdeaId !== null ? (
                        <span className="badge">{t('suggest.adopted')}</span>
                      ) : (
                        <button
                          type="button"
                          aria-keyshortcuts="Enter Ü"
                          aria-label={t('suggest.adoptLabel', { title: s.title, municipality: s.municipality })}
                          onClick={() => void adopt(s, i)}
                        >
                          {t('suggest.adopt')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )
      )}
    </section>
  );
}

/** On a next step adopted from another municipality: "aus: Musterstadt", the origin in full on hover. */
export function IdeaSourceBadge({ idea }: { idea: Idea }) {
  const t = useT();
  if (!idea.source) return null;
  return (
    <span
      className="badge origin-exchange"
      title={t('suggest.originTitle', { municipality: idea.source.municipality, title: idea.source.title })}
      data-testid="idea-origin"
    >
      {t('suggest.from', { municipality: idea.source.municipality })}
    </span>
  );
}
