import type React from 'react';
import { useEffect, useRef, useState } from 'react';
import { ACTION_STATUSES, FIELDS, effectLevelForWirkungsstufe, type ActionStatus } from '../../../../shared/domain/fields';
import type { Input } from '../../../../shared/api';
import { MAX_LEN } from '../../../../shared/domain/limits';
import { useT } from '../../i18n';
import { useApp } from '../../stores/app';
import { useBoardStore, useIdeasStore, useResultsStore } from '../../stores/data';
import { useResource } from '../../stores/resource';
import { formatDate, todayIso } from '../../format';
import type { PlanAction } from './planModel';
import { DateField, firstBadDate } from '../../components/DateField';
import { LinkAddSelect, linkKey } from '../../components/LinkAddSelect';

type Link = PlanAction['links'][number];
const same = (a: Link, b: Link) => a.kind === b.kind && a.ref === b.ref;

/**
 * Where the action came from, editable: the idea (the action's ideaId) and the potentials
 * and strength themes it builds on (its links). Every change is saved at once and is one undo
 * entry ('actions.update' / 'actions.setLinks'); links of other kinds (fields) are kept as they are.
 * Chips and the "+ Verknüpfen …" select follow the ideas screen.
 */
function OriginEditor({ action }: { action: PlanAction }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const ideas = useResource(useIdeasStore).data;
  const results = useResource(useResultsStore).data;
  const board = useResource(useBoardStore).data;
  const addRef = useRef<HTMLSelectElement>(null);

  const qText = new Map((results?.questions ?? []).map((q) => [q.id, q.text]));
  const clusterLabel = new Map((board?.clusters ?? []).map((c) => [String(c.id), c.label]));
  const linkText = (l: Link) => (l.kind === 'question' ? `${l.ref} ${qText.get(l.ref) ?? ''}`.trim() : clusterLabel.get(l.ref) || l.ref);
  const potentials = (results?.potentials.questions ?? []).map((q) => ({ kind: 'question' as const, ref: q.questionId }));
  const clusters = (board?.clusters ?? []).filter((c) => c.label).map((c) => ({ kind: 'cluster' as const, ref: String(c.id) }));
  const groups = [
    { label: t('plan.link.potentials'), links: potentials },
    { label: t('plan.link.clusters'), links: clusters },
  ]
    .map((g) => ({ ...g, links: g.links.filter((l) => !action.links.some((x) => same(x, l))) }))
    .filter((g) => g.links.length > 0);

  // The idea: the action's ideaId; an action made by an older version may only carry an 'idea' link.
  const ideaLinks = action.links.filter((l) => l.kind === 'idea');
  const originIdeaId = action.ideaId ?? (ideaLinks.length ? Number(ideaLinks[0].ref) : null);
  const setOriginIdea = async (value: string) => {
    const ideaId = value ? Number(value) : null;
    // A stale 'idea' link would bring the old idea back in the exports once ideaId is empty.
    if (ideaId === null && ideaLinks.length) await run('actions.setLinks', { id: action.id, links: action.links.filter((l) => l.kind !== 'idea') });
    await run('actions.update', { id: action.id, patch: { ideaId } });
  };
  const setLinks = (links: Link[]) => run('actions.setLinks', { id: action.id, links });

  const chips = (kind: 'question' | 'cluster', label: string) => {
    const own = action.links.filter((l) => l.kind === kind);
    return (
      <div className="ae-links" data-testid={`ae-links-${kind}`}>
        <span className="ae-links-label">{label}</span>
        {own.length === 0 ? (
          <span className="hint">{t('plan.link.none')}</span>
        ) : (
          own.map((l) => (
            <button
              key={linkKey(l)}
              type="button"
              className="chip ae-chip"
              lang="de"
              data-testid="ae-link-chip"
              aria-label={t('plan.link.remove', { what: linkText(l) })}
              onClick={async () => {
                await setLinks(action.links.filter((x) => !same(x, l)));
                requestAnimationFrame(() => addRef.current?.focus());
              }}
            >
              {linkText(l)} <span aria-hidden="true">×</span>
            </button>
          ))
        )}
      </div>
    );
  };

  return (
    <section className="ae-origin" aria-labelledby="ae-origin-h">
      <h3 id="ae-origin-h">{t('plan.origin')}</h3>
      <label className="ae-idea-origin">
        <span>{t('plan.link.idea')}</span>
        <select
          id="ae-idea"
          lang="de"
          value={originIdeaId ?? ''}
          title={ideas?.find((i) => i.id === originIdeaId)?.text}
          onChange={(e) => void setOriginIdea(e.target.value)}
        >
          <option value="">{t('plan.link.ideaNone')}</option>
          {originIdeaId !== null && ideas && !ideas.some((i) => i.id === originIdeaId) && <option value={originIdeaId}>{t('plan.link.ideaGone')}</option>}
          {(ideas ?? []).map((i) => (
            <option key={i.id} value={i.id}>
              {i.text.length > 90 ? `${i.text.slice(0, 88)} …` : i.text}
            </option>
          ))}
        </select>
      </label>
      {chips('question', t('plan.link.potentials'))}
      {chips('cluster', t('plan.link.clusters'))}
      {groups.length > 0 && (
        <LinkAddSelect
          selectRef={addRef}
          className="chip link-add ae-link-add"
          groups={groups}
          text={linkText}
          placeholder={t('plan.link.add')}
          label={t('plan.link.addLabel')}
          testId="ae-add-link"
          onAdd={(l) => void setLinks([...action.links, l])}
        />
      )}
      <p className="hint">{t('plan.link.hint')}</p>
    </section>
  );
}

type Patch = Input<'actions.update'>['patch'];
type Draft = Record<
  | 'title'
  | 'description'
  | 'field'
  | 'effect'
  | 'effectLevel'
  | 'wirkungsstufe'
  | 'indicator'
  | 'responsible'
  | 'partners'
  | 'start'
  | 'due'
  | 'resources'
  | 'priority'
  | 'status',
  string
>;

const toDraft = (a: PlanAction): Draft => ({
  title: a.title,
  description: a.description ?? '',
  field: a.field ?? '',
  effect: a.effect ?? '',
  effectLevel: a.effectLevel ?? '',
  wirkungsstufe: a.wirkungsstufe ? String(a.wirkungsstufe) : '',
  indicator: a.indicator ?? '',
  responsible: a.responsible ?? '',
  partners: a.partners ?? '',
  start: a.start ?? '',
  due: a.due ?? '',
  resources: a.resources ?? '',
  priority: a.priority ? String(a.priority) : '',
  status: a.status,
});

/** Only what changed; empty text becomes null (an empty field, not an empty string). */
function diff(a: PlanAction, d: Draft): Patch {
  const before = toDraft(a);
  const p: Record<string, unknown> = {};
  for (const k of Object.keys(d) as (keyof Draft)[]) {
    if (d[k] === before[k]) continue;
    const v = d[k].trim();
    if (k === 'title') p.title = v;
    else if (k === 'status') p.status = v;
    else if (k === 'priority' || k === 'wirkungsstufe') p[k] = v ? Number(v) : null;
    else p[k] = v ? (k === 'start' || k === 'due' ? v : d[k]) : null;
  }
  return p as Patch;
}

/**
 * Side dialog for one action: every field, keyboard first. Enter in a one-line field or
 * Ctrl+Enter saves; Esc closes (native <dialog> cancel) and asks first when something was changed. Progress notes are
 * saved one by one, each an undo entry.
 */
export function ActionEditor({ action, onClose }: { action: PlanAction; onClose: () => void }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<Draft>(() => toDraft(action));
  // The action as the draft last saw it. When it changes underneath (Ctrl+Z in this dialog, another
  // window), every field the user has not touched takes the new value; typed ones stay. Without
  // this, "Speichern" after an undo wrote the undone values back.
  const seen = useRef<Draft>(draft);
  useEffect(() => {
    const now = toDraft(action);
    const was = seen.current;
    seen.current = now;
    setDraft((d) => {
      const next = { ...d };
      for (const k of Object.keys(now) as (keyof Draft)[]) if (d[k] === was[k]) next[k] = now[k];
      return next;
    });
  }, [action]);
  const [saving, setSaving] = useState(false);
  // The app's error banner sits behind the modal dialog: repeat the message here.
  const [failed, setFailed] = useState(false);
  const error = useApp((st) => st.error);
  const [note, setNote] = useState({ date: todayIso(), note: '', status: '' });

  useEffect(() => {
    const d = dialog.current!;
    if (!d.open) d.showModal();
    d.querySelector<HTMLInputElement>('#ae-title')?.focus();
  }, []);

  const set = (k: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [k]: e.target.value }));

  // Esc, "Schließen" and "Abbrechen" ask before unsaved changes are thrown away.
  const [confirm, setConfirm] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const dirty = () => Object.keys(diff(action, draft)).length > 0 || note.note.trim() !== '' || firstBadDate(dialog.current) !== null;
  const requestClose = () => {
    if (!dirty()) return onClose();
    setConfirm(true);
    requestAnimationFrame(() => keepRef.current?.focus());
  };

  const save = async () => {
    // A date that is not one (31.02.2027) is refused, never saved as "no date".
    const bad = firstBadDate(dialog.current);
    if (bad) {
      bad.focus();
      bad.blur();
      bad.focus();
      return;
    }
    const patch = diff(action, draft);
    if (!Object.keys(patch).length) return onClose();
    setSaving(true);
    const out = await run('actions.update', { id: action.id, patch });
    setSaving(false);
    setFailed(!out);
    if (out) onClose();
  };

  const addNote = async (form: HTMLFormElement) => {
    if (!note.note.trim() || !note.date) return;
    const bad = firstBadDate(form);
    if (bad) return bad.focus();
    const out = await run('actions.addUpdate', {
      actionId: action.id,
      date: note.date,
      note: note.note.trim(),
      status: (note.status || null) as ActionStatus | null,
    });
    setFailed(!out);
    if (out) {
      setNote({ date: todayIso(), note: '', status: '' });
      if (note.status) setDraft((d) => ({ ...d, status: note.status }));
    }
  };

  const ctrlEnter = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  const text = (k: keyof Draft, label: string, opts: { area?: boolean; max?: number; required?: boolean } = {}) => (
    <label className={opts.area || k === 'title' ? 'wide' : undefined}>
      <span>{label}</span>
      {opts.area ? (
        <textarea id={`ae-${k}`} lang="de" rows={3} value={draft[k]} maxLength={opts.max} onChange={set(k)} onKeyDown={ctrlEnter} />
      ) : (
        <input id={`ae-${k}`} lang="de" value={draft[k]} maxLength={opts.max} required={opts.required} onChange={set(k)} />
      )}
    </label>
  );

  return (
    <dialog
      ref={dialog}
      className="action-editor"
      aria-labelledby="ae-h"
      data-testid="action-editor"
      onCancel={(e) => {
        e.preventDefault();
        if (!confirm) requestClose();
      }}
      onClose={onClose}
    >
      <div className="ae-head">
        <h2 id="ae-h">{t('plan.editTitle')}</h2>
        <button type="button" className="link-button" onClick={requestClose} aria-keyshortcuts="Escape">
          {t('plan.close')}
        </button>
      </div>
      {confirm && (
        <div className="ae-confirm" role="alertdialog" aria-labelledby="ae-confirm-q" data-testid="discard-confirm">
          <p id="ae-confirm-q">{t('plan.discardQ')}</p>
          <button type="button" ref={keepRef} className="primary" onClick={() => setConfirm(false)}>
            {t('plan.keepEditing')}
          </button>
          <button type="button" data-testid="discard" onClick={onClose}>
            {t('plan.discard')}
          </button>
        </div>
      )}
      {failed && error && (
        <p className="ae-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="ae-body">
        <form
          className="ae-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={ctrlEnter}
        >
          {text('title', t('plan.f.title'), { max: 300, required: true })}
          {text('description', t('plan.f.description'), { area: true, max: 5000 })}
          <label>
            <span>{t('plan.f.field')}</span>
            <select id="ae-field" value={draft.field} onChange={set('field')}>
              <option value="">{t('plan.f.none')}</option>
              {FIELDS.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.number}. {t.field(f.key)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('plan.f.status')}</span>
            <select id="ae-status" value={draft.status} onChange={set('status')}>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {text('effect', t('plan.f.effect'), { area: true, max: 2000 })}
          <label>
            <span>{t('plan.f.wirkungsstufe')}</span>
            <select
              id="ae-wirkungsstufe"
              value={draft.wirkungsstufe}
              // One field: the Wirkungsstufe decides the level (1–3 output, 4–6 outcome, 7 impact), so the two never contradict.
              onChange={(e) => {
                const v = e.target.value;
                setDraft((d) => ({ ...d, wirkungsstufe: v, effectLevel: v ? effectLevelForWirkungsstufe(Number(v)) : '' }));
              }}
            >
              <option value="">{t('plan.f.none')}</option>
              {([1, 2, 3, 4, 5, 6, 7] as const).map((n) => (
                <option key={n} value={n}>
                  {t(`plan.stufe.${n}`)}
                </option>
              ))}
            </select>
          </label>
          <p className="ae-level" data-testid="ae-level">
            <span>{t('plan.f.effectLevel')}:</span>{' '}
            <b>
              {draft.wirkungsstufe
                ? t(`plan.level.${effectLevelForWirkungsstufe(Number(draft.wirkungsstufe))}`)
                : draft.effectLevel
                  ? t(`plan.level.${draft.effectLevel as 'output'}`)
                  : t('plan.f.none')}
            </b>{' '}
            <span className="hint">{t('plan.levelFromWirkungsstufe')}</span>
          </p>
          {text('indicator', t('plan.f.indicator'), { area: true, max: 2000 })}
          {text('responsible', t('plan.f.responsible'), { max: 300 })}
          {text('partners', t('plan.f.partners'), { max: 1000 })}
          <label>
            <span>{t('plan.f.start')}</span>
            <DateField id="ae-start" locale={t.locale} value={draft.start} onChange={(v) => setDraft((d) => ({ ...d, start: v }))} />
          </label>
          <label>
            <span>{t('plan.f.due')}</span>
            <DateField id="ae-due" locale={t.locale} value={draft.due} onChange={(v) => setDraft((d) => ({ ...d, due: v }))} />
          </label>
          {text('resources', t('plan.f.resources'), { max: 1000 })}
          <label>
            <span>{t('plan.f.priority')}</span>
            <input id="ae-priority" type="number" min={1} step={1} value={draft.priority} onChange={set('priority')} />
          </label>
          <p className="hint wide">{t('plan.saveHint')}</p>
          <div className="ae-buttons wide">
            <button type="submit" className="primary" disabled={saving || !draft.title.trim()}>
              {t('plan.save')}
            </button>
            <button type="button" onClick={requestClose}>
              {t('plan.cancel')}
            </button>
            <button
              type="button"
              className="ae-delete"
              onClick={async () => {
                if (await run('actions.delete', { id: action.id })) onClose();
              }}
            >
              {t('plan.delete')}
            </button>
          </div>
        </form>

        <aside className="ae-side">
          <OriginEditor action={action} />
          <h3>{t('plan.updates')}</h3>
          {action.updates.length === 0 ? (
            <p className="hint">{t('plan.updatesEmpty')}</p>
          ) : (
            <ol className="ae-updates" data-testid="action-updates">
              {[...action.updates].reverse().map((u) => (
                <li key={u.id}>
                  <div className="ae-update-head">
                    <strong>{formatDate(u.date, t.locale)}</strong>
                    {u.status && <span className="badge">{t('plan.update.statusSet', { status: t(`status.${u.status}`) })}</span>}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void run('actions.deleteUpdate', { id: u.id })}
                      aria-label={`${t('plan.update.delete')} (${formatDate(u.date, t.locale)})`}
                    >
                      {t('plan.update.delete')}
                    </button>
                  </div>
                  <p lang="de">{u.note}</p>
                </li>
              ))}
            </ol>
          )}
          <form
            className="ae-note"
            onSubmit={(e) => {
              e.preventDefault();
              void addNote(e.currentTarget);
            }}
          >
            <label>
              <span>{t('plan.update.date')}</span>
              <DateField locale={t.locale} value={note.date} required onChange={(v) => setNote((n) => ({ ...n, date: v }))} />
            </label>
            <label>
              <span>{t('plan.update.status')}</span>
              <select value={note.status} onChange={(e) => setNote((n) => ({ ...n, status: e.target.value }))}>
                <option value="">{t('plan.update.keep')}</option>
                {ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="wide">
              <span>{t('plan.update.note')}</span>
              <input
                lang="de"
                data-testid="note-input"
                value={note.note}
                maxLength={MAX_LEN.note}
                onChange={(e) => setNote((n) => ({ ...n, note: e.target.value }))}
              />
            </label>
            <button type="submit" disabled={!note.note.trim()}>
              {t('plan.update.add')}
            </button>
          </form>
        </aside>
      </div>
    </dialog>
  );
}
