import type { FieldKey } from '../../../../shared/domain/fields';
import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { chosenTable, useTablesStore, useTableUi } from './tables';
import './tables.css';

/** The id of the table chosen for the next card or step, or null (none chosen, or it was deleted). */
export function useChosenTableId(): number | null {
  const { data } = useResource(useTablesStore);
  const current = useTableUi((s) => s.current);
  return chosenTable(data, current)?.id ?? null;
}

/**
 * "Tisch der nächsten Karten": one choice shared by the strengths and the next-steps capture, kept
 * until changed, so typing one table's paper cards means picking the table once. A table with a
 * Handlungsfeld also sets the capture's field (`onField`); the field can still be changed after.
 * Shown only when tables exist.
 */
export function TableChoice({ label, className, testId, onField }: { label: string; className: string; testId: string; onField?: (f: FieldKey) => void }) {
  const t = useT();
  const { data: tables } = useResource(useTablesStore);
  const current = useTableUi((s) => s.current);
  const setCurrent = useTableUi((s) => s.setCurrent);
  const chosen = chosenTable(tables, current);
  if (!tables?.length) return null;
  return (
    <select
      aria-label={label}
      title={t('tables.captureHint')}
      className={`${className}${chosen ? ' is-set' : ''}`}
      value={chosen?.id ?? ''}
      data-testid={testId}
      onChange={(e) => {
        const next = tables.find((x) => x.id === Number(e.target.value)) ?? null;
        setCurrent(next?.id ?? null);
        if (next?.field) onField?.(next.field);
      }}
    >
      <option value="">{t('tables.none')}</option>
      {tables.map((x) => (
        <option key={x.id} value={x.id}>
          {x.name}
        </option>
      ))}
    </select>
  );
}
