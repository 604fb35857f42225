import { useRef, useState } from 'react';
import { FIELDS, type FieldKey } from '../../../../shared/domain/fields';
import type { Idea } from '../../../../shared/domain/schemas';
import { useResource } from '../../stores/resource';
import { useBoardStore, useIdeasStore, useResultsStore } from '../../stores/data';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { QuickInput } from '../../components/QuickInput';
import { formatPercent } from '../../format';
import { IdeaSourceBadge, SuggestionsPanel } from './SuggestionsPanel';
import './ideas.css';
import { TableChoice, useChosenTableId } from '../strengths/TableChoice';
import { ProjectTableSelect, TableTag } from '../strengths/TableBoard';
import { TablesButton } from '../agenda/TablesDialog';
import { LinkAddSelect, linkKey, type LinkGroup as LinkGroupOf } from '../../components/LinkAddSelect';

type Link = Idea['links'][number];
const same = (a: Link, b: Link) => a.kind === b.kind && a.ref === b.ref;

/**
 * Next ideas, captured like cards: Enter saves and keeps the focus. The Handlungsfeld stays for
 * the next idea, so a table group working on one field types without touching the mouse; the
 * links chosen on the right belong to one idea and are cleared after Enter (carrying them over
 * silently linked later ideas to the wrong potential). Linking a potential sets the field.
 */
export function IdeasScreen() {
  const t = useT();
  const { data: ideas } = useResource(useIdeasStore);
  const { data: results } = useResource(useResultsStore);
  const { data: board } = useResource(useBoardStore);
  const run = useApp((s) => s.run);
  const [field, setField] = useState<FieldKey | ''>('');
  const [links, setLinks] = useState<Link[]>([]);
  const tableId = useChosenTableId(); // the same table choice as the strengths capture

  const qText = new Map((results?.questions ?? []).map((q) => [q.id, q.text]));
  const clusterLabel = new Map((board?.clusters ?? []).map((c) => [String(c.id), c.label]));
  const linkText = (l: Link) =>
    l.kind === 'question' ? `${l.ref} ${qText.get(l.ref) ?? ''}` : l.kind === 'cluster' ? (clusterLabel.get(l.ref) ?? l.ref) : t.fieldShort(l.ref as FieldKey);
  const qField = new Map((results?.questions ?? []).map((q) => [q.id, q.field]));
  // Fields the linked questions belong to: one → the idea's field follows it (every time);
  // several → the facilitator is asked which one, and the idea waits for the answer.
  const [ask, setAsk] = useState<FieldKey[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The pending links, also as a ref: a step saved while another is still on its way reads them now.
  const linksRef = useRef<Link[]>([]);
  const applyLinks = (next: Link[]) => {
    linksRef.current = next;
    setLinks(next);
    const fields = [
      ...new Set(
        next
          .filter((x) => x.kind === 'question')
          .map((x) => qField.get(x.ref))
          .filter((f): f is FieldKey => !!f),
      ),
    ];
    setProblem(null);
    if (fields.length === 1) {
      setField(fields[0]);
      setAsk(null);
    } else setAsk(fields.length > 1 ? fields : null);
  };
  const toggle = (l: Link) => {
    const cur = linksRef.current;
    applyLinks(cur.some((x) => same(x, l)) ? cur.filter((x) => !same(x, l)) : [...cur, l]);
  };
  const chooseField = (f: FieldKey) => {
    setField(f);
    setAsk(null);
    setProblem(null);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid=idea-input]')?.focus());
  };
  const add = async (text: string) => {
    if (ask) {
      setProblem(t('ideas.askField'));
      return false;
    }
    // The links go with this step and are cleared at once: a step typed while this one is being
    // saved must not carry them, and a link chosen meanwhile belongs to the next step.
    const sent = linksRef.current;
    linksRef.current = [];
    setLinks([]);
    if ((await run('ideas.add', { text, field: field || null, links: sent, tableId })) === null) {
      // refused (the text is back in the field): so are its links, beside any chosen meanwhile
      applyLinks([...sent, ...linksRef.current.filter((l) => !sent.some((s) => same(s, l)))]);
      return false;
    }
    return true;
  };
  const potentials = results?.potentials.questions ?? [];
  const clusters = (board?.clusters ?? []).filter((c) => c.label);
  // What an existing idea can be linked to (its own links are left out in IdeaItem).
  const potentialIds = new Set(potentials.map((q) => q.questionId));
  const linkOptions: LinkGroup[] = [
    { label: t('ideas.prompts'), links: potentials.map((q) => ({ kind: 'question' as const, ref: q.questionId })) },
    { label: t('ideas.clusters'), links: clusters.map((c) => ({ kind: 'cluster' as const, ref: String(c.id) })) },
    {
      label: t('ideas.otherQuestions'),
      links: (results?.questions ?? []).filter((q) => !potentialIds.has(q.id)).map((q) => ({ kind: 'question' as const, ref: q.id })),
    },
  ].filter((g) => g.links.length > 0);

  return (
    <section className="ideas two-col wide-left">
      <div>
        <div className="screen-head">
          <h2>{t('ideas.title')}</h2>
          {ideas && <span className="count">{t('ideas.count', { n: ideas.length })}</span>}
          <TablesButton />
          <ProjectTableSelect />
        </div>
        <div className="idea-entry">
          <TableChoice label={t('tables.chooseIdea')} className="idea-table" testId="idea-table" onField={setField} />
          <select aria-label={t('ideas.field')} value={field} onChange={(e) => setField(e.target.value as FieldKey | '')} data-testid="idea-field">
            <option value="">{t('ideas.noField')}</option>
            {FIELDS.map((f) => (
              <option key={f.key} value={f.key}>
                {f.number}. {t.fieldShort(f.key)}
              </option>
            ))}
          </select>
          <QuickInput label={t('ideas.placeholder')} placeholder={t('ideas.placeholder')} testId="idea-input" onSubmit={add} />
        </div>
        {ask && (
          <div className="notice idea-ask" role="group" aria-label={t('ideas.askField')} data-testid="idea-ask">
            <p className={problem ? 'problem' : undefined} role={problem ? 'alert' : undefined}>
              {t('ideas.askField')}
            </p>
            {ask.map((f) => (
              <button key={f} type="button" onClick={() => chooseField(f)}>
                {FIELDS.find((x) => x.key === f)!.number}. {t.fieldShort(f)}
              </button>
            ))}
          </div>
        )}
        {links.length > 0 && (
          <p className="pending-links">
            {t('ideas.buildsOn')}{' '}
            {links.map((l) => (
              <button key={`${l.kind}:${l.ref}`} type="button" className="chip" onClick={() => toggle(l)} aria-label={`${t('ideas.unlink')}: ${linkText(l)}`}>
                {linkText(l)} ×
              </button>
            ))}
          </p>
        )}
        {!ideas ? (
          <p role="status">{t('common.loading')}</p>
        ) : ideas.length === 0 ? (
          <p className="empty">{t('ideas.empty')}</p>
        ) : (
          <ol className="idea-list">
            {ideas.map((i) => (
              <IdeaItem key={i.id} idea={i} linkText={linkText} linkOptions={linkOptions} />
            ))}
          </ol>
        )}
      </div>
      <aside className="idea-prompts">
        <h3>{t('ideas.prompts')}</h3>
        <p className="hint">{t('ideas.buildsOnHint')}</p>
        {potentials.length ? (
          <ul className="prompt-list">
            {potentials.map((q) => {
              const l: Link = { kind: 'question', ref: q.questionId };
              const on = links.some((x) => same(x, l));
              return (
                <li key={q.questionId}>
                  <button type="button" aria-pressed={on} onClick={() => toggle(l)} data-testid="potential">
                    <span className="field-tag">{t.fieldShort(q.field)}</span> <span lang="de">{q.text ?? q.questionId}</span>{' '}
                    <b>{formatPercent(q.score, t.locale)}</b>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="hint">{t('ideas.promptsEmpty')}</p>
        )}
        {clusters.length > 0 && (
          <>
            <h3>{t('ideas.clusters')}</h3>
            <ul className="prompt-list">
              {clusters.map((c) => {
                const l: Link = { kind: 'cluster', ref: String(c.id) };
                return (
                  <li key={c.id}>
                    <button type="button" aria-pressed={links.some((x) => same(x, l))} onClick={() => toggle(l)}>
                      <span lang="de">{c.label}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <SuggestionsPanel />
      </aside>
    </section>
  );
}

type LinkGroup = LinkGroupOf<Link>;

/**
 * One idea. Its text is edited in place: the "Bearbeiten" button, a double-click on the text or
 * F2 anywhere in the row; Enter saves (one undo idea), Esc cancels. Links can be removed (×) and
 * added (select "+ Verknüpfen …", keyboard-operable like any select).
 */
function IdeaItem({ idea, linkText, linkOptions }: { idea: Idea; linkText: (l: Link) => string; linkOptions: LinkGroup[] }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const [draft, setDraft] = useState<string | null>(null);
  const editBtn = useRef<HTMLButtonElement>(null);
  const done = useRef(false);
  const startEdit = () => {
    done.current = false;
    setDraft(idea.text);
  };
  const finish = () => {
    done.current = true;
    setDraft(null);
    requestAnimationFrame(() => editBtn.current?.focus());
  };
  const save = async () => {
    if (draft === null || done.current) return;
    const text = draft.trim();
    if (text === '' || text === idea.text) return finish();
    done.current = true; // Enter and the blur that follows save once
    if (await run('ideas.update', { id: idea.id, text })) finish();
    else done.current = false; // the message says why; the typed text stays
  };
  const addable = linkOptions.map((g) => ({ ...g, links: g.links.filter((l) => !idea.links.some((x) => same(x, l))) })).filter((g) => g.links.length > 0);
  return (
    <li
      data-testid="idea"
      className={idea.hidden ? 'is-hidden' : undefined}
      onKeyDown={(e) => {
        if (e.key === 'F2' && draft === null) {
          e.preventDefault();
          startEdit();
        }
      }}
    >
      <div className="idea-main">
        {draft !== null ? (
          <input
            className="idea-edit"
            lang="de"
            autoFocus
            value={draft}
            maxLength={500}
            aria-label={t('ideas.editLabel')}
            data-testid="idea-edit"
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => void save()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void save();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                finish();
              }
            }}
          />
        ) : (
          <span lang="de" className="idea-text" title={t('ideas.editTitle')} onDoubleClick={startEdit}>
            {idea.text}
          </span>
        )}
        <IdeaSourceBadge idea={idea} />
        {idea.tableId !== null && <TableTag id={idea.tableId} />}
        {idea.origin === 'phone' && (
          <span className="badge origin-phone" title={t('phones.fromPhoneHint')}>
            {t('phones.fromPhone')}
          </span>
        )}
        {idea.moderation ? (
          <button type="button" className="badge is-review" onClick={() => void run('participants.approve', { kind: 'idea', id: idea.id })}>
            {t(idea.moderation === 'flagged' ? 'phones.flagged' : 'phones.pending')} · {t('phones.approve')}
          </button>
        ) : (
          idea.hidden && <span className="badge">{t('ideas.hidden')}</span>
        )}
        <span className="idea-links">
          {idea.links.map((l) => (
            <button
              key={linkKey(l)}
              type="button"
              className="chip"
              aria-label={`${t('ideas.unlink')}: ${linkText(l)}`}
              onClick={() => void run('ideas.update', { id: idea.id, links: idea.links.filter((x) => !same(x, l)) })}
            >
              {l.kind === 'question' ? l.ref : linkText(l)} ×
            </button>
          ))}
          {addable.length > 0 && (
            <LinkAddSelect
              groups={addable}
              text={linkText}
              placeholder={t('ideas.addLink')}
              label={t('ideas.addLinkLabel', { idea: idea.text })}
              testId="idea-add-link"
              onAdd={(l) => void run('ideas.update', { id: idea.id, links: [...idea.links, l] })}
            />
          )}
        </span>
      </div>
      <div className="idea-actions">
        <button type="button" ref={editBtn} onClick={startEdit} disabled={draft !== null} aria-label={`${t('ideas.edit')}: ${idea.text}`}>
          {t('ideas.edit')}
        </button>
        <select
          aria-label={`${t('ideas.field')}: ${idea.text}`}
          value={idea.field ?? ''}
          onChange={(e) => void run('ideas.update', { id: idea.id, field: (e.target.value || null) as FieldKey | null })}
        >
          <option value="">–</option>
          {FIELDS.map((f) => (
            <option key={f.key} value={f.key}>
              {f.number}. {t.fieldShort(f.key)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void run('ideas.update', { id: idea.id, hidden: !idea.hidden })}>
          {idea.hidden ? t('ideas.show') : t('ideas.hide')}
        </button>
        <button type="button" onClick={() => void run('ideas.delete', { id: idea.id })}>
          {t('ideas.delete')}
        </button>
      </div>
    </li>
  );
}
