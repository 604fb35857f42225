import { useRef, useState } from 'react';
import { ReferenceArea, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis, ZAxis } from 'recharts';
import { useT } from '../../i18n';

export interface MatrixPoint { id: number; label: string; impact: number; effort: number }

const MIN = 1, MAX = 5, MID = 3, PAD = 0.35;

/**
 * Impact/effort 2×2 (recharts). Effort runs left → right, impact bottom → top, both 1–5,
 * split at 3. With `onMove`, points can be dragged; the list next to it is the keyboard way.
 * Values are written on the chart (rank number in the dot), not in tooltips.
 */
export function Matrix({ points, onMove, large = false }: { points: MatrixPoint[]; onMove?: (id: number, impact: number, effort: number) => void; large?: boolean }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ id: number; impact: number; effort: number } | null>(null);
  const font = large ? '3.2cqh' : 13;
  const r = large ? 26 : 15;
  // Room for the axis names outside the plot, so they never cover a point.
  const MARGIN = large ? { top: 6, right: 6, bottom: 44, left: 44 } : { top: 6, right: 6, bottom: 28, left: 28 };
  // Steps on the same spot sit side by side instead of hiding each other.
  const spot = new Map<number, { k: number; n: number }>();
  const groups = new Map<string, number[]>();
  for (const p of points) {
    const g = `${p.impact}|${p.effort}`;
    groups.set(g, [...(groups.get(g) ?? []), p.id]);
  }
  for (const ids of groups.values()) ids.forEach((id, k) => spot.set(id, { k, n: ids.length }));

  const toValue = (clientX: number, clientY: number) => {
    const el = box.current!.getBoundingClientRect();
    const w = el.width - MARGIN.left - MARGIN.right, h = el.height - MARGIN.top - MARGIN.bottom;
    const fx = (clientX - el.left - MARGIN.left) / w, fy = (clientY - el.top - MARGIN.top) / h;
    const lo = MIN - PAD, span = MAX - MIN + 2 * PAD;
    const clamp = (v: number) => Math.min(MAX, Math.max(MIN, Math.round(v * 10) / 10));
    return { effort: clamp(lo + fx * span), impact: clamp(lo + (1 - fy) * span) };
  };

  const data = points.map((p) => (drag && drag.id === p.id ? { ...p, impact: drag.impact, effort: drag.effort } : p));
  const quad = (x1: number, x2: number, y1: number, y2: number, label: string, pos: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight', fill: string) => (
    <ReferenceArea x1={x1} x2={x2} y1={y1} y2={y2} fill={fill} fillOpacity={1} stroke="#555" strokeWidth={1}
      label={{ value: label, position: pos, fill: '#111', fontSize: font, fontWeight: 700 }} ifOverflow="visible" />
  );
  return (
    <div
      ref={box}
      className="matrix"
      data-testid="matrix"
      style={{ width: '100%', height: '100%', position: 'relative', touchAction: 'none' }}
      onPointerMove={(e) => drag && setDrag({ id: drag.id, ...toValue(e.clientX, e.clientY) })}
      onPointerUp={() => {
        if (drag && onMove) onMove(drag.id, drag.impact, drag.effort);
        setDrag(null);
      }}
      onPointerLeave={() => setDrag(null)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={MARGIN}>
          <XAxis type="number" dataKey="effort" domain={[MIN - PAD, MAX + PAD]} hide />
          <YAxis type="number" dataKey="impact" domain={[MIN - PAD, MAX + PAD]} hide />
          <ZAxis range={[1, 1]} />
          {quad(MIN - PAD, MID, MID, MAX + PAD, t('prio.q.quickWins'), 'insideTopLeft', '#e3f1ea')}
          {quad(MID, MAX + PAD, MID, MAX + PAD, t('prio.q.bigProjects'), 'insideTopRight', '#e6eef6')}
          {quad(MIN - PAD, MID, MIN - PAD, MID, t('prio.q.smallTasks'), 'insideBottomLeft', '#f5f5f5')}
          {quad(MID, MAX + PAD, MIN - PAD, MID, t('prio.q.reconsider'), 'insideBottomRight', '#fbf1e4')}
          <Scatter
            data={data}
            isAnimationActive={false}
            shape={(props: unknown) => {
              const { cx: x0, cy, payload } = props as { cx: number; cy: number; payload: MatrixPoint };
              const g = drag?.id === payload.id ? { k: 0, n: 1 } : spot.get(payload.id) ?? { k: 0, n: 1 };
              const cx = x0 + (g.k - (g.n - 1) / 2) * r * 2.1;
              return (
                <g
                  data-testid="matrix-point"
                  style={{ cursor: onMove ? 'grab' : 'default' }}
                  onPointerDown={(e) => {
                    if (!onMove) return;
                    e.preventDefault();
                    setDrag({ id: payload.id, impact: payload.impact, effort: payload.effort });
                  }}
                >
                  <circle cx={cx} cy={cy} r={r} fill="#0b4f8a" stroke="#fff" strokeWidth={2} />
                  <text x={cx} y={cy} textAnchor="middle" dominantBaseline="central" fill="#fff" fontSize={font} fontWeight={700}>{payload.label}</text>
                </g>
              );
            }}
          />
        </ScatterChart>
      </ResponsiveContainer>
      <span className="matrix-axis x" style={{ left: MARGIN.left, right: MARGIN.right, height: MARGIN.bottom }}>{t('prio.effort')} →</span>
      <span className="matrix-axis y" style={{ top: MARGIN.top, bottom: MARGIN.bottom, width: MARGIN.left }}><span>{t('prio.impact')} →</span></span>
    </div>
  );
}
