// The action plan as a flat table (one row per action). CSV, XLSX and Markdown share these
// columns so a plan looks the same wherever it is opened.
import type { Action, ExportLocale } from './model';
import { exportText, statusText, effectLevelText } from './strings';
import { actionNumber, fieldName, isOverdue, lastUpdate, originLine, txt, formatDate } from './format';

export type CellValue = string | number | { date: string } | null;

export interface Column {
  key: string;
  header: string;
  /** Approximate width in characters (XLSX). */
  width: number;
  value: (a: Action, index: number) => CellValue;
}

export interface ColumnOptions {
  /** `YYYY-MM-DD` the "Überfällig" column compares due dates with (the export date). */
  today: string;
  /** Dates inside text cells as ISO (CSV: machine formats stay machine formats) instead of 24.11.2026. */
  isoDates?: boolean;
}

export function actionColumns(locale: ExportLocale, opts: ColumnOptions): Column[] {
  const t = exportText(locale);
  const date = (d: string) => (opts.isoDates ? d : formatDate(d, locale));
  return [
    { key: 'no', header: t('exportText.noCol'), width: 5, value: (_a, i) => Number(actionNumber(i)) },
    { key: 'title', header: t('exportText.actionCol'), width: 40, value: (a) => txt(a.title) },
    { key: 'description', header: t('exportText.descriptionCol'), width: 50, value: (a) => txt(a.description) },
    { key: 'field', header: t('exportText.fieldCol'), width: 28, value: (a) => fieldName(a.field, locale) },
    { key: 'effect', header: t('exportText.effectCol'), width: 40, value: (a) => txt(a.effect) },
    { key: 'effectLevel', header: t('exportText.effectLevelCol'), width: 12, value: (a) => (a.effectLevel ? effectLevelText(t, a.effectLevel) : '') },
    { key: 'wirkungsstufe', header: t('exportText.wirkungsstufeCol'), width: 12, value: (a) => a.wirkungsstufe ?? null },
    { key: 'indicator', header: t('exportText.indicatorCol'), width: 36, value: (a) => txt(a.indicator) },
    { key: 'responsible', header: t('exportText.responsibleCol'), width: 28, value: (a) => txt(a.responsible) },
    { key: 'partners', header: t('exportText.partnersCol'), width: 30, value: (a) => txt(a.partners) },
    { key: 'start', header: t('exportText.startCol'), width: 12, value: (a) => (a.start ? { date: a.start } : null) },
    { key: 'due', header: t('exportText.dueCol'), width: 12, value: (a) => (a.due ? { date: a.due } : null) },
    { key: 'overdue', header: t('exportText.overdueCol'), width: 10, value: (a) => (isOverdue(a, opts.today) ? t('exportText.yes') : t('exportText.no')) },
    { key: 'resources', header: t('exportText.resourcesCol'), width: 28, value: (a) => txt(a.resources) },
    { key: 'priority', header: t('exportText.priorityCol'), width: 10, value: (a) => a.priority ?? null },
    { key: 'status', header: t('exportText.statusCol'), width: 14, value: (a) => statusText(t, a.status) },
    { key: 'origin', header: t('exportText.originCol'), width: 36, value: (a) => originLine(a, locale) },
    {
      key: 'lastUpdate',
      header: t('exportText.lastUpdateCol'),
      width: 40,
      value: (a) => {
        const u = lastUpdate(a);
        return u ? `${date(u.date)}: ${txt(u.note)}` : '';
      },
    },
  ];
}

export interface UpdateRow {
  no: number;
  title: string;
  date: string;
  status: string;
  note: string;
}

/** All updates of all actions, by action then date. */
export function updateRows(actions: Action[], locale: ExportLocale): UpdateRow[] {
  const t = exportText(locale);
  const rows: UpdateRow[] = [];
  actions.forEach((a, i) => {
    const ups = a.updates.map((u, k) => ({ u, k })).sort((x, y) => (x.u.date ?? '').localeCompare(y.u.date ?? '') || x.k - y.k);
    for (const { u } of ups) {
      rows.push({ no: i + 1, title: txt(a.title), date: u.date, status: u.status ? statusText(t, u.status) : '', note: txt(u.note) });
    }
  });
  return rows;
}
