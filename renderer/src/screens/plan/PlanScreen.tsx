import { memo, useDeferredValue, useMemo, useState } from 'react';
import { ACTION_STATUSES, FIELDS } from '../../../../shared/domain/fields';
import { useResource } from '../../stores/resource';
import { useActionsStore } from '../../stores/data';
import { zoomProjector } from '../../components/ProjectorControls';
import { useApp } from '../../stores/app';
import { useT, type MessageKey } from '../../i18n';
import { QuickInput } from '../../components/QuickInput';
import { formatDate, todayIso } from '../../format';
import { ActionEditor } from './ActionEditor';
import { ExportMenu } from './ExportMenu';
import { ExchangeButton } from '../programme/ExchangeDialog';
import { DateField } from '../../components/DateField';
import { PlanCharts } from './PlanCharts';
import {
  EMPTY_FILTER,
  filterActions,
  isOverdue,
  NONE,
  responsibleOptions,
  sortActions,
  type PlanAction,
  type PlanFilter,
  type PlanSort,
  type SortKey,
} from './planModel';
import './plan.css';
import { Hy } from '../../components/hyphenate';

const COLUMNS: { key: SortKey; label: MessageKey; className?: string }[] = [
  { key: 'priority', label: 'plan.col.priority', className: 'num c-prio' },
  { key: 'title', label: 'plan.col.title', className: 'c-title' },
  { key: 'field', label: 'plan.col.field', className: 'c-field' },
  { key: 'responsible', label: 'plan.col.responsible', className: 'c-resp' },
  { key: 'due', label: 'plan.col.due', className: 'c-due' },
  { key: 'status', label: 'plan.col.status', className: 'c-status' },
  { key: 'updates', label: 'plan.col.updates', className: 'num c-notes' },
];

/** The plan's next review, typed as 15.02.2027; saved on Enter or when the field is left. */
function ReviewDate() {
  const t = useT();
  const { status, run } = useApp();
  const current = status?.workshop?.meta.nextReview ?? '';
  return (
    <label className="plan-review">
      <span>{t('plan.review.label')}</span>
      <DateField testId="next-review" locale={t.locale} value={current} onChange={(v) => void run('workshop.updateMeta', { nextReview: v || null })} />
      {!current && <span className="hint">{t('plan.review.none')}</span>}
    </label>
  );
}

const Row = memo(function Row({
  a,
  overdue,
  onOpen,
  locale,
  fieldLabel,
  statusLabel,
  overdueLabel,
  editLabel,
  zoomed,
  zoomLabel,
}: {
  a: PlanAction;
  overdue: boolean;
  onOpen: (id: number) => void;
  locale: 'de' | 'en';
  fieldLabel: string;
  statusLabel: string;
  overdueLabel: string;
  editLabel: string;
  zoomed: boolean;
  zoomLabel: string;
}) {
  return (
    <tr data-testid="action-row" data-id={a.id} className={overdue ? 'overdue' : undefined}>
      <td className="num c-prio">{a.priority ?? ''}</td>
      <td className="c-title" lang="de">
        <button type="button" className="row-open" onClick={() => onOpen(a.id)} aria-label={`${a.title} – ${editLabel}`}>
          {a.title}
        </button>
        {/* a plain button (no store hooks): 200 rows must filter and sort fast */}
        <button
          type="button"
          className="zoom-button"
          aria-pressed={zoomed}
          data-testid="zoom"
          aria-label={`${zoomLabel}: ${a.title}`}
          title={zoomLabel}
          onClick={() => zoomProjector(zoomed ? null : { kind: 'action', id: a.id })}
        >
          {zoomLabel}
        </button>
      </td>
      <td className="c-field">{fieldLabel}</td>
      <td className="c-resp" lang="de">
        <Hy>{a.responsible}</Hy>
      </td>
      <td className="c-due">
        {formatDate(a.due, locale)}
        {overdue && <span className="badge warn">{overdueLabel}</span>}
      </td>
      <td className="c-status">
        <span className={`status-pill s-${a.status}`}>{statusLabel}</span>
      </td>
      <td className="num c-notes">{a.updates.length || ''}</td>
    </tr>
  );
});

export function PlanScreen() {
  const t = useT();
  const { data } = useResource(useActionsStore);
  const run = useApp((s) => s.run);
  const today = todayIso();
  const [filter, setFilter] = useState<PlanFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<PlanSort>({ key: 'priority', dir: 1 });
  const [editing, setEditing] = useState<number | null>(null);
  const zoomedId = useApp((st) => {
    const f = st.status?.session?.projector.focus;
    return f?.kind === 'action' ? f.id : null;
  });
  const search = useDeferredValue(filter.search);

  const all = useMemo(() => data ?? [], [data]);
  const responsibles = useMemo(() => responsibleOptions(all), [all]);
  // Deliberately not on `filter`: its search text counts only once deferred (`search`).
  /* eslint-disable react-hooks/exhaustive-deps */
  const rows = useMemo(
    () => sortActions(filterActions(all, { ...filter, search }, today), sort),
    [all, filter.field, filter.status, filter.responsible, filter.overdue, search, sort, today],
  );
  /* eslint-enable react-hooks/exhaustive-deps */
  const editingAction = editing !== null ? all.find((a) => a.id === editing) : undefined;
  const filtered = filter.field || filter.status || filter.responsible || filter.overdue || filter.search;
  const overdueCount = useMemo(() => all.filter((a) => isOverdue(a, today)).length, [all, today]);

  const setF = <K extends keyof PlanFilter>(k: K, v: PlanFilter[K]) => setFilter((f) => ({ ...f, [k]: v }));
  const onOpen = useMemo(() => (id: number) => setEditing(id), []);
  const sortBy = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: 1 }));

  return (
    <section className="plan" lang={t.locale}>
      <div className="screen-head plan-head">
        <h2>{t('plan.title')}</h2>
        <ReviewDate />
        <ExportMenu />
        <ExchangeButton />
      </div>
      <QuickInput
        label={t('plan.placeholder')}
        placeholder={t('plan.placeholder')}
        testId="action-input"
        onSubmit={async (title) => (await run('actions.add', { title })) !== null}
      />

      {!data ? (
        <p role="status">{t('common.loading')}</p>
      ) : data.length === 0 ? (
        <p className="empty">{t('plan.empty')}</p>
      ) : (
        <>
          <fieldset className="plan-filters">
            <legend className="visually-hidden">{t('plan.filter.label')}</legend>
            <label>
              <span>{t('plan.filter.field')}</span>
              <select data-testid="filter-field" value={filter.field} onChange={(e) => setF('field', e.target.value as PlanFilter['field'])}>
                <option value="">{t('plan.filter.all')}</option>
                {FIELDS.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.number}. {t.fieldShort(f.key)}
                  </option>
                ))}
                <option value={NONE}>{t('plan.filter.none')}</option>
              </select>
            </label>
            <label>
              <span>{t('plan.filter.status')}</span>
              <select data-testid="filter-status" value={filter.status} onChange={(e) => setF('status', e.target.value as PlanFilter['status'])}>
                <option value="">{t('plan.filter.all')}</option>
                {ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="f-resp">
              <span>{t('plan.filter.responsible')}</span>
              <select data-testid="filter-responsible" value={filter.responsible} onChange={(e) => setF('responsible', e.target.value)}>
                <option value="">{t('plan.filter.all')}</option>
                {responsibles.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
                <option value={NONE}>{t('plan.filter.none')}</option>
              </select>
            </label>
            <label className="f-search">
              <span>{t('plan.filter.search')}</span>
              <input type="search" value={filter.search} onChange={(e) => setF('search', e.target.value)} />
            </label>
            <label className="check">
              <input type="checkbox" data-testid="filter-overdue" checked={filter.overdue} onChange={(e) => setF('overdue', e.target.checked)} />
              <span>
                {t('plan.filter.overdue')} ({overdueCount})
              </span>
            </label>
            {filtered && (
              <button type="button" className="link-button" onClick={() => setFilter(EMPTY_FILTER)}>
                {t('plan.filter.reset')}
              </button>
            )}
            <span className="plan-count" role="status" data-testid="plan-count">
              {t('plan.countOf', { shown: rows.length, total: all.length })}
            </span>
          </fieldset>

          <table className="table plan-table" data-testid="plan-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.className}
                    aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
                  >
                    <button type="button" className="sort" onClick={() => sortBy(c.key)} title={t('plan.sortBy', { col: t(c.label) })}>
                      {t(c.label)}
                      <span aria-hidden="true" className="sort-mark">
                        {sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <Row
                  key={a.id}
                  a={a}
                  overdue={isOverdue(a, today)}
                  onOpen={onOpen}
                  locale={t.locale}
                  fieldLabel={t.fieldShort(a.field)}
                  statusLabel={t(`status.${a.status}`)}
                  overdueLabel={t('plan.overdue')}
                  editLabel={t('plan.edit')}
                  zoomed={zoomedId === a.id}
                  zoomLabel={t('projector.zoomShort')}
                />
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="empty">{t('plan.filter.noMatch')}</p>}

          <PlanCharts actions={all} today={today} />
        </>
      )}
      {editingAction && (
        <ActionEditor
          key={editingAction.id}
          action={editingAction}
          onClose={() => {
            const id = editingAction.id;
            setEditing(null);
            // Back to the row the dialog was opened from (keyboard users keep their place).
            requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`tr[data-id="${id}"] .row-open`)?.focus());
          }}
        />
      )}
    </section>
  );
}
