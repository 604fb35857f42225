// Pure helpers of the coordinator view: filter, sort, overdue, chart data. No React, so the
// 200-action case can be measured without rendering, and every screen counts the same way.
import { ACTION_STATUSES, FIELD_KEYS, isOverdue as isOverdueRule, type ActionStatus, type FieldKey } from '../../../../shared/domain/fields';
import type { Output } from '../../../../shared/api';

export type PlanAction = Output<'actions.list'>[number];

export const NONE = '\u0000none';

export interface PlanFilter {
  field: '' | FieldKey | typeof NONE;
  status: '' | ActionStatus;
  responsible: string; // '' = all, NONE = not set
  overdue: boolean;
  search: string;
}
export const EMPTY_FILTER: PlanFilter = { field: '', status: '', responsible: '', overdue: false, search: '' };

export type SortKey = 'priority' | 'title' | 'field' | 'responsible' | 'due' | 'status' | 'updates';
export interface PlanSort {
  key: SortKey;
  dir: 1 | -1;
}

/** Open (not done, not postponed) and past its due date. */
export function isOverdue(a: Pick<PlanAction, 'due' | 'status'>, today: string): boolean {
  return isOverdueRule(a.due, a.status, today); // the same rule as the exports (shared/domain)
}

export function filterActions(list: PlanAction[], f: PlanFilter, today: string): PlanAction[] {
  const q = f.search.trim().toLocaleLowerCase('de');
  return list.filter((a) => {
    if (f.field === NONE ? a.field !== null : f.field && a.field !== f.field) return false;
    if (f.status && a.status !== f.status) return false;
    if (f.responsible === NONE ? !!a.responsible?.trim() : f.responsible && (a.responsible ?? '').trim() !== f.responsible) return false;
    if (f.overdue && !isOverdue(a, today)) return false;
    if (q && !`${a.title}\n${a.description ?? ''}\n${a.responsible ?? ''}\n${a.partners ?? ''}`.toLocaleLowerCase('de').includes(q)) return false;
    return true;
  });
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Sorted copy; empty values always last, whatever the direction. Ties keep the plan's order. */
export function sortActions(list: PlanAction[], s: PlanSort): PlanAction[] {
  const val = (a: PlanAction): string | number | null => {
    switch (s.key) {
      case 'priority':
        return a.priority;
      case 'title':
        return a.title;
      case 'field':
        return a.field ? FIELD_KEYS.indexOf(a.field) : null;
      case 'responsible':
        return a.responsible?.trim() || null;
      case 'due':
        return a.due;
      case 'status':
        return ACTION_STATUSES.indexOf(a.status);
      case 'updates':
        return a.updates.length;
    }
  };
  return list
    .map((a, i) => ({ a, i, v: val(a) }))
    .sort((x, y) => {
      if (x.v === null || y.v === null) return x.v === y.v ? x.i - y.i : x.v === null ? 1 : -1;
      const c = typeof x.v === 'number' && typeof y.v === 'number' ? x.v - y.v : collator.compare(String(x.v), String(y.v));
      return c !== 0 ? c * s.dir : x.i - y.i;
    })
    .map((x) => x.a);
}

export function responsibleOptions(list: PlanAction[]): string[] {
  return [...new Set(list.map((a) => a.responsible?.trim()).filter((r): r is string => !!r))].sort(collator.compare);
}

export type StatusCounts = Record<ActionStatus, number>;
const zero = (): StatusCounts => ({ geplant: 0, in_arbeit: 0, erledigt: 0, zurueckgestellt: 0 });

/** Per field in questionnaire order (plus "no field" when any), counts by status. */
export function countsByField(list: PlanAction[]): { field: FieldKey | null; counts: StatusCounts; total: number }[] {
  const m = new Map<FieldKey | null, StatusCounts>();
  for (const k of FIELD_KEYS) m.set(k, zero());
  for (const a of list) {
    const c = m.get(a.field) ?? zero();
    c[a.status]++;
    m.set(a.field, c);
  }
  return [...m.entries()]
    .filter(([k, c]) => k !== null || Object.values(c).some((n) => n > 0))
    .map(([field, counts]) => ({ field, counts, total: Object.values(counts).reduce((s, n) => s + n, 0) }));
}

/** Due dates bucketed per month (per quarter when they span more than two years), counts by status. */
export function countsByDue(list: PlanAction[]): {
  buckets: { key: string; from: string; counts: StatusCounts; total: number }[];
  withoutDue: number;
  quarters: boolean;
} {
  const dated = list.filter((a) => a.due && /^\d{4}-\d{2}/.test(a.due));
  const withoutDue = list.length - dated.length;
  if (!dated.length) return { buckets: [], withoutDue, quarters: false };
  const months = dated.map((a) => Number(a.due!.slice(0, 4)) * 12 + Number(a.due!.slice(5, 7)) - 1);
  const min = Math.min(...months),
    max = Math.max(...months);
  const quarters = max - min > 24;
  const step = quarters ? 3 : 1;
  const start = quarters ? min - (min % 3) : min;
  const buckets: { key: string; from: string; counts: StatusCounts; total: number }[] = [];
  for (let m = start; m <= max; m += step) {
    const y = Math.floor(m / 12),
      mo = (m % 12) + 1;
    buckets.push({
      key: quarters ? `${y}-Q${Math.floor((mo - 1) / 3) + 1}` : `${y}-${String(mo).padStart(2, '0')}`,
      from: `${y}-${String(mo).padStart(2, '0')}`,
      counts: zero(),
      total: 0,
    });
  }
  dated.forEach((a, i) => {
    const b = buckets[Math.floor((months[i] - start) / step)];
    b.counts[a.status]++;
    b.total++;
  });
  return { buckets, withoutDue, quarters };
}
