import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ACTION_STATUSES, FIELDS, type ActionStatus } from '../../../../shared/domain/fields';
import { useT } from '../../i18n';
import { countsByDue, countsByField, type PlanAction } from './planModel';

// Light fills so the black numbers on them keep ≥ 7:1; the status is also in the legend's words.
// No red: postponed is a warm amber, done a green, in progress a sky blue (Okabe–Ito hues).
export const STATUS_FILL: Record<ActionStatus, string> = {
  geplant: '#dde3ea',
  in_arbeit: '#8fd0f2',
  erledigt: '#8fd9b6',
  zurueckgestellt: '#f4cf7d',
};

const label = (v: unknown) => (Number(v) > 0 ? String(v) : '');
type Counts = Record<ActionStatus, number> & { total: number };
/** The last non-empty segment of a stack carries the total. */
const topOf = (r: Counts): ActionStatus | null => [...ACTION_STATUSES].reverse().find((s) => r[s] > 0) ?? null;
interface LabelProps {
  x?: unknown;
  y?: unknown;
  width?: unknown;
  height?: unknown;
  index?: unknown;
}
const totalLabel = (rows: Counts[], s: ActionStatus, horizontal: boolean) =>
  function Total(p: LabelProps) {
    const r = rows[Number(p.index)];
    if (!r || topOf(r) !== s) return null;
    const x = Number(p.x),
      y = Number(p.y),
      w = Number(p.width),
      h = Number(p.height);
    return horizontal ? (
      <text x={x + w + 6} y={y + h / 2} dominantBaseline="central" fontSize={13} fill="#111">{`= ${r.total}`}</text>
    ) : (
      <text x={x + w / 2} y={y - 6} textAnchor="middle" fontSize={12} fontWeight={700} fill="#111">
        {r.total}
      </text>
    );
  };

function Legend() {
  const t = useT();
  return (
    <ul className="plan-legend">
      {ACTION_STATUSES.map((s) => (
        <li key={s}>
          <span className="swatch" style={{ background: STATUS_FILL[s] }} aria-hidden="true" />
          {t(`status.${s}`)}
        </li>
      ))}
    </ul>
  );
}

export const PlanCharts = memo(function PlanCharts({ actions, today }: { actions: PlanAction[]; today: string }) {
  const t = useT();
  /* eslint-disable react-hooks/exhaustive-deps -- `t` changes only with t.locale */
  const byField = useMemo(
    () =>
      countsByField(actions).map((r) => ({
        name: r.field ? `${FIELDS.find((f) => f.key === r.field)!.number}. ${t.fieldShort(r.field)}` : t('plan.chart.noField'),
        total: r.total,
        ...r.counts,
      })),
    [actions, t.locale],
  );
  /* eslint-enable react-hooks/exhaustive-deps */
  const due = useMemo(() => countsByDue(actions), [actions]);
  const monthFmt = useMemo(
    () => new Intl.DateTimeFormat(t.locale === 'de' ? 'de-DE' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }),
    [t.locale],
  );
  const timeline = due.buckets.map((b) => ({
    ...b.counts,
    total: b.total,
    key: b.key,
    name: due.quarters ? b.key.replace('-', ' ') : monthFmt.format(new Date(`${b.from}-01T00:00:00Z`)),
  }));
  const todayKey = due.quarters ? `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}` : today.slice(0, 7);
  const todayBucket = timeline.find((b) => b.key === todayKey);

  return (
    <section className="plan-charts" aria-labelledby="plan-charts-h">
      <h3 id="plan-charts-h" className="visually-hidden">
        {t('plan.charts')}
      </h3>
      <Legend />
      <div className="plan-chart-grid">
        <figure className="plan-chart" data-testid="chart-fields">
          <figcaption>
            <strong>{t('plan.chart.fields')}</strong> <span className="hint">{t('plan.chart.fieldsDesc')}</span>
          </figcaption>
          <div style={{ height: 36 + byField.length * 30 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={byField} layout="vertical" margin={{ top: 4, right: 36, bottom: 4, left: 4 }} barCategoryGap="16%">
                <XAxis type="number" allowDecimals={false} hide />
                <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 13, fill: '#111' }} tickLine={false} axisLine={false} interval={0} />
                {ACTION_STATUSES.map((s) => (
                  <Bar
                    key={s}
                    dataKey={s}
                    stackId="s"
                    fill={STATUS_FILL[s]}
                    stroke="#5b6670"
                    strokeWidth={0.5}
                    isAnimationActive={false}
                    name={t(`status.${s}`)}
                  >
                    <LabelList dataKey={s} position="center" fill="#111" fontSize={13} fontWeight={700} formatter={label} />
                    <LabelList dataKey="total" content={totalLabel(byField, s, true)} />
                  </Bar>
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
        <figure className="plan-chart" data-testid="chart-timeline">
          <figcaption>
            <strong>{t('plan.chart.timeline')}</strong> <span className="hint">{t('plan.chart.timelineDesc')}</span>
            {due.withoutDue > 0 && <span className="hint"> {t('plan.chart.withoutDue', { n: due.withoutDue })}</span>}
          </figcaption>
          {!timeline.length ? (
            <p className="empty">{t('plan.chart.noDue')}</p>
          ) : (
            <div style={{ height: 260 }}>
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={timeline} margin={{ top: 20, right: 8, bottom: 4, left: 0 }} barCategoryGap="12%">
                  <CartesianGrid vertical={false} stroke="#e3e7ec" />
                  <XAxis dataKey="name" tick={{ fontSize: 12, fill: '#111' }} interval="preserveStartEnd" tickLine={false} />
                  <YAxis allowDecimals={false} width={28} tick={{ fontSize: 12, fill: '#111' }} tickLine={false} axisLine={false} />
                  {todayBucket && (
                    <ReferenceLine
                      x={todayBucket.name}
                      stroke="#111"
                      strokeDasharray="4 3"
                      label={{ value: t.locale === 'de' ? 'heute' : 'today', position: 'top', fill: '#111', fontSize: 12 }}
                    />
                  )}
                  {ACTION_STATUSES.map((s) => (
                    <Bar
                      key={s}
                      dataKey={s}
                      stackId="s"
                      fill={STATUS_FILL[s]}
                      stroke="#5b6670"
                      strokeWidth={0.5}
                      isAnimationActive={false}
                      name={t(`status.${s}`)}
                    >
                      <LabelList dataKey="total" content={totalLabel(timeline, s, false)} />
                    </Bar>
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
        </figure>
      </div>
    </section>
  );
});
