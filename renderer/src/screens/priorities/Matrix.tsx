import { useRef, useState } from 'react';
import { ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis, ZAxis } from 'recharts';
import { MATRIX_SPLIT, quadrantCounts } from '../../../../shared/scoring/ranking';
import { useT } from '../../i18n';

export interface MatrixPoint {
  id: number;
  label: string;
  impact: number;
  effort: number;
}

const MIN = 1,
  MAX = 5,
  MID = MATRIX_SPLIT,
  PAD = 0.5;

/** The split rule in words, shown next to every matrix ("1–3 = gering, 4–5 = hoch"). */
export function MatrixRule() {
  const t = useT();
  return <span data-testid="matrix-rule">{t('prio.matrixRule')}</span>;
}

/**
 * Impact/effort 2×2 (recharts). Effort runs left → right, impact bottom → top, both 1–5.
 * The lines lie at 3.5 (MATRIX_SPLIT): 1–3 counts as low, 4–5 as high, so no point sits on a
 * line; each quadrant names how many ideas it holds, counted by the same rule. Dragging snaps to
 * whole values; the list next to it is the keyboard way. Values are written on the chart (the
 * idea's number in the dot), not in tooltips.
 */
export function Matrix({
  points,
  onMove,
  large = false,
  unplaced = [],
}: {
  points: MatrixPoint[];
  onMove?: (id: number, impact: number, effort: number) => void;
  large?: boolean;
  /** Ideas without a place yet: a visible row under the grid, dragged from there into it. */
  unplaced?: { id: number; label: string; text: string }[];
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ id: number; impact: number; effort: number; inside: boolean } | null>(null);
  const font = large ? '3.2cqh' : 13;
  const pad = large ? 0.75 : PAD; // room above and beside the outer values for the quadrant names
  const r = large ? 26 : 15;
  // Room for the axis names outside the plot, so they never cover a point.
  const MARGIN = large ? { top: 6, right: 6, bottom: 44, left: 44 } : { top: 6, right: 6, bottom: 28, left: 28 };
  // Ideas on the same spot sit side by side (in a small grid, smaller if need be) instead of
  // hiding each other, and always stay within ±0.45 of their value: never across a line.
  const spot = new Map<number, { k: number; n: number }>();
  const groups = new Map<string, number[]>();
  for (const p of points) {
    const g = `${p.impact}|${p.effort}`;
    groups.set(g, [...(groups.get(g) ?? []), p.id]);
  }
  for (const ids of groups.values()) ids.forEach((id, k) => spot.set(id, { k, n: ids.length }));

  const toValue = (clientX: number, clientY: number) => {
    const el = box.current!.getBoundingClientRect();
    const w = el.width - MARGIN.left - MARGIN.right,
      h = el.height - MARGIN.top - MARGIN.bottom;
    const fx = (clientX - el.left - MARGIN.left) / w,
      fy = (clientY - el.top - MARGIN.top) / h;
    const lo = MIN - pad,
      span = MAX - MIN + 2 * pad;
    const clamp = (v: number) => Math.min(MAX, Math.max(MIN, Math.round(v)));
    return { effort: clamp(lo + fx * span), impact: clamp(lo + (1 - fy) * span), inside: fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1 };
  };

  const fromTray = drag ? unplaced.find((u) => u.id === drag.id) : undefined;
  const data = [
    ...points.map((p) => (drag && drag.id === p.id ? { ...p, impact: drag.impact, effort: drag.effort } : p)),
    ...(fromTray && drag?.inside ? [{ id: fromTray.id, label: fromTray.label, impact: drag.impact, effort: drag.effort }] : []),
  ];
  const n = quadrantCounts(data);
  // The facilitator's matrix names the count per quadrant; on the projector the names alone
  // (large type) must fit the narrower right-hand quadrants.
  const c = (k: keyof typeof n) => (large ? '' : ` (${n[k]})`);
  const quad = (
    x1: number,
    x2: number,
    y1: number,
    y2: number,
    label: string,
    pos: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight',
    fill: string,
  ) => (
    <ReferenceArea
      x1={x1}
      x2={x2}
      y1={y1}
      y2={y2}
      fill={fill}
      fillOpacity={1}
      stroke="#555"
      strokeWidth={1}
      label={{ value: label, position: pos, fill: '#111', fontSize: font, fontWeight: 700 }}
      ifOverflow="visible"
    />
  );
  return (
    <div
      className="matrix-wrap"
      style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', touchAction: 'none' }}
      onPointerMove={(e) => drag && setDrag({ id: drag.id, ...toValue(e.clientX, e.clientY) })}
      onPointerUp={() => {
        // an idea dragged out of the "not yet placed" row counts only once it is over the grid
        if (drag && onMove && drag.inside) onMove(drag.id, drag.impact, drag.effort);
        setDrag(null);
      }}
      onPointerLeave={() => setDrag(null)}
    >
      <div ref={box} className="matrix" data-testid="matrix" style={{ width: '100%', flex: '1 1 auto', minHeight: 0, position: 'relative' }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={MARGIN}>
            <XAxis type="number" dataKey="effort" domain={[MIN - pad, MAX + pad]} hide />
            <YAxis type="number" dataKey="impact" domain={[MIN - pad, MAX + pad]} hide />
            <ZAxis range={[1, 1]} />
            {quad(MIN - pad, MID, MID, MAX + pad, `${t('prio.q.quickWins')}${c('quickWins')}`, 'insideTopLeft', '#e3f1ea')}
            {quad(MID, MAX + pad, MID, MAX + pad, `${t('prio.q.bigProjects')}${c('bigProjects')}`, 'insideTopRight', '#e6eef6')}
            {quad(MIN - pad, MID, MIN - pad, MID, `${t('prio.q.smallTasks')}${c('smallTasks')}`, 'insideBottomLeft', '#f5f5f5')}
            {quad(MID, MAX + pad, MIN - pad, MID, `${t('prio.q.reconsider')}${c('reconsider')}`, 'insideBottomRight', '#fbf1e4')}
            {/* a light grid at every value 1–5, so a place reads as "Wirkung 4, Aufwand 2" */}
            {[1, 2, 3, 4, 5].map((v) => (
              <ReferenceLine key={`x${v}`} x={v} stroke="#9aa5b1" strokeDasharray="3 4" ifOverflow="visible" />
            ))}
            {[1, 2, 3, 4, 5].map((v) => (
              <ReferenceLine key={`y${v}`} y={v} stroke="#9aa5b1" strokeDasharray="3 4" ifOverflow="visible" />
            ))}
            <Scatter
              data={data}
              isAnimationActive={false}
              shape={(props: unknown) => {
                const { cx: x0, cy: y0, payload } = props as { cx: number; cy: number; payload: MatrixPoint };
                const g = drag?.id === payload.id ? { k: 0, n: 1 } : (spot.get(payload.id) ?? { k: 0, n: 1 });
                const el = box.current;
                const span = MAX - MIN + 2 * pad;
                const cellW = el ? (0.9 * (el.clientWidth - MARGIN.left - MARGIN.right)) / span : 4 * r;
                const cellH = el ? (0.9 * (el.clientHeight - MARGIN.top - MARGIN.bottom)) / span : 4 * r;
                let best = { rr: 0, cols: 1 };
                for (let c = 1; c <= g.n; c++) {
                  const rr = Math.min(r, cellW / (2.1 * c), cellH / (2.1 * Math.ceil(g.n / c)));
                  if (rr > best.rr) best = { rr, cols: c };
                }
                const rr = g.n === 1 ? r : best.rr;
                const cols = g.n === 1 ? 1 : best.cols;
                const rowsN = Math.ceil(g.n / cols);
                const col = g.k % cols,
                  row = Math.floor(g.k / cols);
                const inRow = row === rowsN - 1 ? g.n - row * cols : cols;
                const cx = x0 + (col - (inRow - 1) / 2) * rr * 2.1;
                const cy = y0 + (row - (rowsN - 1) / 2) * rr * 2.1;
                // on the projector the number never drops below 3 % of the screen height
                const fs = typeof font === 'number' ? font * (rr / r) : `max(3cqh, calc(${font} * ${(rr / r).toFixed(3)}))`;
                return (
                  <g
                    data-testid="matrix-point"
                    style={{ cursor: onMove ? 'grab' : 'default' }}
                    onPointerDown={(e) => {
                      if (!onMove) return;
                      e.preventDefault();
                      setDrag({ id: payload.id, impact: payload.impact, effort: payload.effort, inside: true });
                    }}
                  >
                    <circle cx={cx} cy={cy} r={rr} fill="#0b4f8a" stroke="#fff" strokeWidth={2} />
                    <text x={cx} y={cy} textAnchor="middle" dominantBaseline="central" fill="#fff" fontSize={fs} fontWeight={700}>
                      {payload.label}
                    </text>
                  </g>
                );
              }}
            />
          </ScatterChart>
        </ResponsiveContainer>
        <span className="matrix-axis x" style={{ left: MARGIN.left, right: MARGIN.right, height: MARGIN.bottom }}>
          {t('prio.effort')} →
        </span>
        <span className="matrix-axis y" style={{ top: MARGIN.top, bottom: MARGIN.bottom, width: MARGIN.left }}>
          <span>{t('prio.impact')} →</span>
        </span>
      </div>
      {unplaced.length > 0 && (
        <div className="matrix-tray" data-testid="matrix-unplaced" role="group" aria-label={t('prio.unplacedRow')}>
          <span className="matrix-tray-label">{t('prio.unplacedRow')}:</span>
          {unplaced.map((u) => (
            <span
              key={u.id}
              className="matrix-tray-dot"
              data-testid="matrix-unplaced-point"
              title={u.text}
              style={{ cursor: onMove ? 'grab' : 'default', opacity: drag?.id === u.id && drag.inside ? 0.3 : 1 }}
              onPointerDown={(e) => {
                if (!onMove) return;
                e.preventDefault();
                setDrag({ id: u.id, impact: 3, effort: 3, inside: false });
              }}
            >
              {u.label}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
