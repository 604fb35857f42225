import { Fragment, useEffect, useRef, useState } from 'react';
import { FIELDS, type FieldKey } from '../../../../shared/domain/fields';
import type { WorkshopTable } from '../../../../shared/api/agenda';
import { useApp } from '../../stores/app';
import { useResource } from '../../stores/resource';
import { useT } from '../../i18n';
import { useTablesStore } from '../strengths/tables';
import { Cell } from './AgendaDialog';
import '../strengths/tables.css';
import './agenda.css';

/**
 * "Tische": the table groups of the afternoon — name, Handlungsfeld or a free topic, who hosts the
 * table. Every change is one undo entry (tables.*); deleting a table keeps its cards and steps.
 * A native modal <dialog>: focus stays inside, Esc closes, every control is a real form control.
 */
export function TablesDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const t = useT();
  const run = useApp((s) => s.run);
  const { data: tables } = useResource(useTablesStore);
  const [announce, setAnnounce] = useState('');
  // after adding, the new row's name field gets the focus (type the name at once)
  const [focusId, setFocusId] = useState<number | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    if (focusId === null) return;
    const el = ref.current?.querySelector<HTMLInputElement>(`[data-table-id="${focusId}"] [data-testid=table-name]`);
    if (el) {
      el.focus();
      el.select();
      setFocusId(null);
    }
  }, [focusId, tables]);

  const list = tables ?? [];
  const update = (id: number, patch: { name?: string; field?: FieldKey | null; topic?: string | null; host?: string | null }) =>
    void run('tables.update', { id, ...patch });
  const add = async () => {
    // "Tisch 4" after three tables; a name already taken counts on
    let n = list.length + 1;
    while (list.some((x) => x.name === t('tables.newName', { n }))) n++;
    const made = await run('tables.add', { name: t('tables.newName', { n }) });
    if (made) {
      setAnnounce(t('tables.added', { name: made.name }));
      setFocusId(made.id);
    }
  };
  const remove = async (tb: WorkshopTable) => {
    if ((await run('tables.delete', { id: tb.id })) !== null) setAnnounce(t('tables.deleted', { name: tb.name }));
  };

  return (
    <dialog ref={ref} className="dialog tables-dialog" aria-labelledby="tables-h" aria-describedby="tables-intro" onClose={onClose} data-testid="tables-dialog">
      <h2 id="tables-h">{t('tables.title')}</h2>
      <p id="tables-intro" className="hint">
        {t('tables.intro')}
      </p>
      {!tables ? (
        <p role="status">{t('common.loading')}</p>
      ) : !list.length ? (
        <div className="tables-empty">
          <p>{t('tables.empty')}</p>
          <button type="button" className="primary" onClick={() => void run('tables.perField', {})} data-testid="tables-per-field">
            {t('tables.perField')}
          </button>
        </div>
      ) : (
        <table className="table tables-table">
          <thead>
            <tr>
              <th>{t('tables.colName')}</th>
              <th>{t('tables.colField')}</th>
              <th>{t('tables.colTopic')}</th>
              <th>{t('tables.colHost')}</th>
              <th>{t('tables.colItems')}</th>
              <th>
                <span className="sr-only">{t('cards.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((tb) => (
              <tr key={tb.id} data-testid="table-row" data-table-id={tb.id}>
                <td>
                  <Cell
                    value={tb.name}
                    label={t('tables.nameOf', { name: tb.name })}
                    maxLength={80}
                    testId="table-name"
                    required
                    onSave={(v) => update(tb.id, { name: v })}
                  />
                </td>
                <td>
                  <select
                    aria-label={t('tables.fieldOf', { name: tb.name })}
                    value={tb.field ?? ''}
                    data-testid="table-field"
                    onChange={(e) => update(tb.id, { field: (e.target.value || null) as FieldKey | null })}
                  >
                    <option value="">{t('tables.noField')}</option>
                    {FIELDS.map((f) => (
                      <option key={f.key} value={f.key}>
                        {f.number}. {t.fieldShort(f.key)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <Cell
                    value={tb.topic ?? ''}
                    label={t('tables.topicOf', { name: tb.name })}
                    maxLength={120}
                    testId="table-topic"
                    onSave={(v) => update(tb.id, { topic: v || null })}
                  />
                </td>
                <td>
                  <Cell
                    value={tb.host ?? ''}
                    label={t('tables.hostOf', { name: tb.name })}
                    maxLength={120}
                    testId="table-host"
                    className="table-host"
                    onSave={(v) => update(tb.id, { host: v || null })}
                  />
                </td>
                <td className="tables-items" data-testid="table-items">
                  {/* "10 Karten · 0 Schritte": on a narrow screen it breaks after the dot, never inside "0 Schritte" */}
                  {t('tables.items', { n: tb.cards, count: tb.ideas })
                    .split(' · ')
                    .map((part, i, all) => (
                      <Fragment key={i}>
                        {i > 0 && ' '}
                        <span className="tables-items-part">{i < all.length - 1 ? `${part} ·` : part}</span>
                      </Fragment>
                    ))}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => void remove(tb)}
                    aria-label={t('tables.delete', { name: tb.name })}
                    title={t('tables.delete', { name: tb.name })}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="sr-only" role="status" aria-live="polite" data-testid="tables-status">
        {announce}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => void add()} data-testid="tables-add">
          + {t('tables.add')}
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('tables.close')}
        </button>
      </div>
    </dialog>
  );
}

/** The button that opens the dialog (strengths screen, next steps, run-of-show bar). */
export function TablesButton({ className, testId = 'tables-open' }: { className?: string; testId?: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} aria-haspopup="dialog" data-testid={testId}>
        {t('tables.open')}
      </button>
      {open && <TablesDialog onClose={() => setOpen(false)} />}
    </>
  );
}
