import { useEffect, useId, useRef, useState } from 'react';
import { PHASES, type Phase } from '../../../../shared/domain/fields';
import { clock, type AgendaItem, type AgendaKind } from '../../../../shared/agenda/timer';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { useMsg, useRunOfShow } from './agendaStore';
import { parseClock } from './clock';
import './agenda.css';

/** One text/number cell that saves on Enter or when it loses focus (one undo entry per change). */
export function Cell({
  value,
  label,
  onSave,
  type = 'text',
  width,
  maxLength,
  placeholder,
  testId,
  className,
  required = false,
}: {
  value: string;
  label: string;
  onSave: (v: string) => void;
  type?: 'text' | 'number';
  width?: string;
  maxLength?: number;
  placeholder?: string;
  testId?: string;
  className?: string;
  /** an emptied cell goes back to its saved value (and onSave('') lets the core say why) */
  required?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  // A new saved value (this cell's own save, or another window's) replaces the draft only while it
  // is not being edited: a refresh landing mid-typing must not swallow what was typed.
  const shown = useRef(value);
  useEffect(() => {
    setDraft((d) => (d === shown.current ? value : d));
    shown.current = value;
  }, [value]);
  const commit = () => {
    if (required && !draft.trim()) setDraft(value);
    if (draft.trim() !== value) onSave(draft.trim());
  };
  return (
    <input
      aria-label={label}
      type={type}
      min={type === 'number' ? 0 : undefined}
      max={type === 'number' ? 600 : undefined}
      value={draft}
      maxLength={maxLength}
      placeholder={placeholder}
      data-testid={testId}
      className={className}
      style={width ? { width } : undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape' && draft !== value) {
          // Esc undoes the typing in this cell first; a second Esc closes the dialog.
          e.preventDefault();
          setDraft(value);
        }
      }}
    />
  );
}

/**
 * "Beginn" as a text field in 24-hour time. Not <input type=time>: Chromium shows that in the
 * system's format ("02:00 PM" on an English system) whatever the page's language (like DateField,
 * which is a text field for the same reason). See parseClock for what it reads.
 */
function TimeField({ label, value, onSave }: { label: string; value: string | null; onSave: (time: string | null) => void }) {
  const m = useMsg();
  const msgId = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [bad, setBad] = useState(false);
  const shown = useRef(value ?? '');
  useEffect(() => {
    // another window's change replaces the text only while it is not being edited
    setDraft((d) => (d === shown.current ? (value ?? '') : d));
    shown.current = value ?? '';
  }, [value]);
  const commit = () => {
    const time = parseClock(draft);
    if (time === undefined) return setBad(true);
    setBad(false);
    setDraft(time ?? '');
    if (time !== value) onSave(time);
  };
  return (
    <span className="agenda-time">
      <label>
        {label}{' '}
        <input
          value={draft}
          inputMode="numeric"
          autoComplete="off"
          placeholder="HH:MM"
          maxLength={5}
          aria-invalid={bad || undefined}
          aria-describedby={bad ? msgId : undefined}
          data-testid="agenda-start-time"
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Escape' && draft !== (value ?? '')) {
              e.preventDefault();
              setDraft(value ?? '');
              setBad(false);
            }
          }}
        />
      </label>
      {bad && (
        <span id={msgId} className="date-problem" role="alert" data-testid="agenda-time-problem">
          {m('validation.clockTime')}
        </span>
      )}
    </span>
  );
}

export function AgendaDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const m = useMsg();
  const t = useT();
  const run = useApp((s) => s.run);
  const rs = useRunOfShow();
  const [dragId, setDragId] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const items = rs?.items ?? [];
  const move = async (it: AgendaItem, toIndex: number) => {
    if (toIndex < 0 || toIndex >= items.length) return;
    const r = await run('agenda.move', { id: it.id, toIndex });
    if (r) setAnnounce(m('agenda.movedTo', { title: it.title, n: toIndex + 1 }));
  };
  const update = (id: number, patch: { title?: string; minutes?: number; kind?: AgendaKind; phase?: Phase | null; note?: string | null }) =>
    void run('agenda.update', { id, ...patch });

  return (
    <dialog ref={ref} className="dialog agenda-dialog" aria-labelledby="agenda-h" onClose={onClose} data-testid="agenda-dialog">
      <h2 id="agenda-h">{m('agenda.title')}</h2>
      <div className="agenda-top">
        <TimeField label={m('agenda.startTime')} value={rs?.startTime ?? null} onSave={(time) => void run('agenda.setStart', { time })} />
        <span data-testid="agenda-total">
          {m('agenda.total', { minutes: rs?.totalMinutes ?? 0 })}
          {rs?.plannedEnd != null && <> · {m('agenda.plannedEnd', { time: clock(rs.plannedEnd) })}</>}
        </span>
        {!items.length && (
          <button type="button" onClick={() => void run('agenda.useTemplate', { locale: t.locale })} data-testid="agenda-template">
            {m('agenda.useTemplate')}
          </button>
        )}
      </div>
      {!items.length ? (
        <p>{m('agenda.empty')}</p>
      ) : (
        <table className="table agenda-table">
          <thead>
            <tr>
              <th>
                <span className="sr-only">{m('agenda.dragHint')}</span>
              </th>
              <th>{m('agenda.colTitle')}</th>
              <th>{m('agenda.colMinutes')}</th>
              <th>{m('agenda.colKind')}</th>
              <th>{m('agenda.colPhase')}</th>
              <th>{m('agenda.colNote')}</th>
              <th>
                <span className="sr-only">{m('agenda.start')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((it, i) => {
              const state = it.id === rs?.current?.id ? 'running' : it.endedAt !== null ? 'done' : '';
              return (
                <tr
                  key={it.id}
                  data-testid="agenda-row"
                  className={state ? `is-${state}` : undefined}
                  draggable
                  onDragStart={() => setDragId(it.id)}
                  onDragOver={(e) => e.preventDefault()}
                  onDrop={(e) => {
                    e.preventDefault();
                    const dragged = items.find((x) => x.id === dragId);
                    if (dragged && dragged.id !== it.id) void move(dragged, i);
                    setDragId(null);
                  }}
                >
                  <td>
                    <button
                      type="button"
                      className="agenda-handle"
                      aria-label={`${it.title}: ${m('agenda.dragHint')}`}
                      title={m('agenda.dragHint')}
                      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                      data-testid="agenda-handle"
                      onKeyDown={(e) => {
                        if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                          e.preventDefault();
                          void move(it, i + (e.key === 'ArrowUp' ? -1 : 1));
                        }
                      }}
                    >
                      ⠿
                    </button>
                  </td>
                  <td>
                    <Cell value={it.title} label={m('agenda.colTitle')} onSave={(v) => v && update(it.id, { title: v })} />
                  </td>
                  <td>
                    <Cell
                      type="number"
                      width="5em"
                      value={String(it.minutes)}
                      label={`${it.title}: ${m('agenda.colMinutes')}`}
                      onSave={(v) => update(it.id, { minutes: Number(v) })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`${it.title}: ${m('agenda.colKind')}`}
                      value={it.kind}
                      onChange={(e) => update(it.id, { kind: e.target.value as AgendaKind })}
                    >
                      <option value="item">{m('agenda.kindItem')}</option>
                      <option value="pause">{m('agenda.kindPause')}</option>
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`${it.title}: ${m('agenda.colPhase')}`}
                      value={it.phase ?? ''}
                      onChange={(e) => update(it.id, { phase: (e.target.value || null) as Phase | null })}
                    >
                      <option value="">{m('agenda.noPhase')}</option>
                      {PHASES.map((p) => (
                        <option key={p} value={p}>
                          {t(`phase.${p}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <Cell value={it.note ?? ''} label={`${it.title}: ${m('agenda.colNote')}`} onSave={(v) => update(it.id, { note: v || null })} />
                  </td>
                  <td className="agenda-actions">
                    {state === 'running' ? (
                      <span className="agenda-state">{m('agenda.running')}</span>
                    ) : (
                      <button
                        type="button"
                        onClick={() => void run('agenda.start', { id: it.id })}
                        aria-label={m('agenda.startItem', { title: it.title })}
                        title={m('agenda.startItem', { title: it.title })}
                        data-testid="agenda-start"
                      >
                        ▶<span className="agenda-start-text"> {m('agenda.start')}</span>
                      </button>
                    )}
                    {state === 'done' && <span className="agenda-state">{m('agenda.done')}</span>}
                    <button type="button" onClick={() => void run('agenda.delete', { id: it.id })} aria-label={m('agenda.deleteItem', { title: it.title })}>
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => void run('agenda.add', { title: m('agenda.newTitle'), minutes: 15 })} data-testid="agenda-add">
          + {m('agenda.add')}
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          {m('agenda.close')}
        </button>
      </div>
    </dialog>
  );
}
