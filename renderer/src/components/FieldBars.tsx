import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { FieldResult } from '../../../shared/domain/schemas';
import { FIELDS } from '../../../shared/domain/fields';
import { useT } from '../i18n';
import { formatPercent } from '../format';

// One bar per Handlungsfeld in the questionnaire's fixed order, value and n written on the
// chart (a projector has no hover). Neutral blue, never red: low scores are potentials.
export function FieldBars({ fields, large = false, selected }: { fields: FieldResult[]; large?: boolean; selected?: string | null }) {
  const t = useT();
  const data = FIELDS.map((f) => {
    const r = fields.find((x) => x.key === f.key);
    return {
      key: f.key,
      name: `${f.number}. ${t.fieldShort(f.key)}`,
      score: r?.score ?? 0,
      none: r?.score == null,
      label: r?.score == null ? t('results.noScore') : `${formatPercent(r.score, t.locale)} · n = ${r.answered}`,
    };
  });
  const font = large ? '3.4cqh' : 14;
  return (
    <div className="field-bars" data-testid="field-bars" style={{ width: '100%', height: '100%' }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: large ? 24 : 8, bottom: 4, left: 4 }} barCategoryGap="18%">
          <XAxis type="number" domain={[0, 100]} hide />
          <YAxis type="category" dataKey="name" width={large ? 330 : 150} tick={{ fontSize: font, fill: '#111' }} tickLine={false} axisLine={false} />
          {/* minPointSize: a 0 % or "no score" bar still gets its label written next to it. */}
          <Bar dataKey="score" isAnimationActive={false} background={{ fill: '#e8edf3' }} minPointSize={1}>
            {data.map((d) => (
              <Cell key={d.key} fill={d.none ? 'transparent' : selected && selected !== d.key ? '#9db5cc' : '#0b4f8a'} />
            ))}
            <LabelList
              dataKey="label"
              content={(p) => {
                // Inside the bar (white) when it is long enough, else right after it (dark),
                // so the number is always readable at 7:1 contrast.
                const x = Number(p.x),
                  y = Number(p.y),
                  w = Number(p.width),
                  h = Number(p.height);
                const score = data[Number(p.index)]?.score ?? 0;
                const inside = score >= 50;
                return (
                  <text
                    x={inside ? x + 10 : x + w + 10}
                    y={y + h / 2}
                    dominantBaseline="central"
                    fontSize={font}
                    fontWeight={700}
                    fill={inside ? '#fff' : '#111'}
                  >
                    {String(p.value)}
                  </text>
                );
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
