import { useState } from 'react';
import { FIELDS, type FieldKey } from '../../../../shared/domain/fields';
import type { Idea } from '../../../../shared/domain/schemas';
import { useResource } from '../../stores/resource';
import { useBoardStore, useIdeasStore, useResultsStore } from '../../stores/data';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { QuickInput } from '../../components/QuickInput';
import { formatPercent } from '../../format';
import './steps.css';

type Link = Idea['links'][number];
const same = (a: Link, b: Link) => a.kind === b.kind && a.ref === b.ref;

/**
 * Next steps, captured like cards: Enter saves and keeps the focus. The Handlungsfeld and the
 * potentials/strength themes chosen on the right stay selected for the next step, so a table
 * group working on one field types without touching the mouse.
 */
export function StepsScreen() {
  const t = useT();
  const { data: ideas } = useResource(useIdeasStore);
  const { data: results } = useResource(useResultsStore);
  const { data: board } = useResource(useBoardStore);
  const run = useApp((s) => s.run);
  const [field, setField] = useState<FieldKey | ''>('');
  const [links, setLinks] = useState<Link[]>([]);

  const qText = new Map((results?.questions ?? []).map((q) => [q.id, q.text]));
  const clusterLabel = new Map((board?.clusters ?? []).map((c) => [String(c.id), c.label]));
  const linkText = (l: Link) => (l.kind === 'question' ? `${l.ref} ${qText.get(l.ref) ?? ''}` : l.kind === 'cluster' ? clusterLabel.get(l.ref) ?? l.ref : t.fieldShort(l.ref as FieldKey));
  const toggle = (l: Link, f?: FieldKey) => {
    setLinks((ls) => (ls.some((x) => same(x, l)) ? ls.filter((x) => !same(x, l)) : [...ls, l]));
    if (f && !field) setField(f);
  };
  const potentials = results?.potentials.questions ?? [];
  const clusters = (board?.clusters ?? []).filter((c) => c.label);

  return (
    <section className="steps two-col wide-left">
      <div>
        <div className="screen-head">
          <h2>{t('steps.title')}</h2>
          {ideas && <span className="count">{t('steps.count', { n: ideas.length })}</span>}
        </div>
        <div className="step-entry">
          <select aria-label={t('steps.field')} value={field} onChange={(e) => setField(e.target.value as FieldKey | '')} data-testid="step-field">
            <option value="">{t('steps.noField')}</option>
            {FIELDS.map((f) => <option key={f.key} value={f.key}>{f.number}. {t.fieldShort(f.key)}</option>)}
          </select>
          <QuickInput label={t('steps.placeholder')} placeholder={t('steps.placeholder')} testId="step-input"
            onSubmit={async (text) => (await run('ideas.add', { text, field: field || null, links })) !== null} />
        </div>
        {links.length > 0 && (
          <p className="pending-links">
            {t('steps.buildsOn')}{' '}
            {links.map((l) => (
              <button key={`${l.kind}:${l.ref}`} type="button" className="chip" onClick={() => toggle(l)} aria-label={`${t('steps.unlink')}: ${linkText(l)}`}>
                {linkText(l)} ×
              </button>
            ))}
          </p>
        )}
        {!ideas ? <p role="status">{t('common.loading')}</p> : ideas.length === 0 ? <p className="empty">{t('steps.empty')}</p> : (
          <ol className="idea-list">
            {ideas.map((i) => <StepItem key={i.id} idea={i} linkText={linkText} />)}
          </ol>
        )}
      </div>
      <aside className="step-prompts">
        <h3>{t('steps.prompts')}</h3>
        <p className="hint">{t('steps.buildsOnHint')}</p>
        {potentials.length ? (
          <ul className="prompt-list">
            {potentials.map((q) => {
              const l: Link = { kind: 'question', ref: q.questionId };
              const on = links.some((x) => same(x, l));
              return (
                <li key={q.questionId}>
                  <button type="button" aria-pressed={on} onClick={() => toggle(l, q.field)} data-testid="potential">
                    <span className="field-tag">{t.fieldShort(q.field)}</span> <span lang="de">{q.text ?? q.questionId}</span> <b>{formatPercent(q.score, t.locale)}</b>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : <p className="hint">{t('steps.promptsEmpty')}</p>}
        {clusters.length > 0 && (
          <>
            <h3>{t('steps.clusters')}</h3>
            <ul className="prompt-list">
              {clusters.map((c) => {
                const l: Link = { kind: 'cluster', ref: String(c.id) };
                return (
                  <li key={c.id}>
                    <button type="button" aria-pressed={links.some((x) => same(x, l))} onClick={() => toggle(l)}><span lang="de">{c.label}</span></button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </aside>
    </section>
  );
}

function StepItem({ idea, linkText }: { idea: Idea; linkText: (l: Link) => string }) {
  const t = useT();
  const run = useApp((s) => s.run);
  return (
    <li data-testid="idea" className={idea.hidden ? 'is-hidden' : undefined}>
      <div className="idea-main">
        <span lang="de" className="idea-text">{idea.text}</span>
        {idea.hidden && <span className="badge">{t('steps.hidden')}</span>}
        {idea.links.length > 0 && (
          <span className="idea-links">
            {idea.links.map((l) => (
              <button key={`${l.kind}:${l.ref}`} type="button" className="chip" aria-label={`${t('steps.unlink')}: ${linkText(l)}`}
                onClick={() => void run('ideas.update', { id: idea.id, links: idea.links.filter((x) => !same(x, l)) })}>
                {l.kind === 'question' ? l.ref : linkText(l)} ×
              </button>
            ))}
          </span>
        )}
      </div>
      <div className="idea-actions">
        <select aria-label={`${t('steps.field')}: ${idea.text}`} value={idea.field ?? ''} onChange={(e) => void run('ideas.update', { id: idea.id, field: (e.target.value || null) as FieldKey | null })}>
          <option value="">–</option>
          {FIELDS.map((f) => <option key={f.key} value={f.key}>{f.number}. {t.fieldShort(f.key)}</option>)}
        </select>
        <button type="button" onClick={() => void run('ideas.update', { id: idea.id, hidden: !idea.hidden })}>{idea.hidden ? t('steps.show') : t('steps.hide')}</button>
        <button type="button" onClick={() => void run('ideas.delete', { id: idea.id })}>{t('steps.delete')}</button>
      </div>
    </li>
  );
}
