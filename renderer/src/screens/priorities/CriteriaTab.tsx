import { useState } from 'react';
import type { RankingView } from '../../../../shared/api/ranking';
import { useResource } from '../../stores/resource';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { useCriteriaStore } from './stores';
import { formatScore } from './format';

const DEFAULTS = [
  { de: 'Wirkung', en: 'Impact', w: 2 },
  { de: 'Machbarkeit', en: 'Feasibility', w: 1 },
  { de: 'Dringlichkeit', en: 'Urgency', w: 1 },
];

type Idea = RankingView['ideas'][number];
/**
 * What the matrix already says about a criterion, so nobody is asked twice: "Wirkung" is the
 * idea's impact, "Machbarkeit" the inverse of its effort (effort 1 → 5), "Aufwand" its effort.
 */
export function fromMatrix(criterion: string, s: Pick<Idea, 'impact' | 'effort'>): number | null {
  const n = criterion.trim().toLocaleLowerCase('de-DE');
  const round = (v: number) => Math.min(5, Math.max(1, Math.round(v)));
  if (/^(wirkung|impact)/.test(n)) return s.impact === null ? null : round(s.impact);
  if (/^(machbarkeit|feasibility)/.test(n)) return s.effort === null ? null : round(6 - s.effort);
  if (/^(aufwand|effort)/.test(n)) return s.effort === null ? null : round(s.effort);
  return null;
}

export function CriteriaTab({ r }: { r: RankingView }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const { data: criteria } = useResource(useCriteriaStore);
  const [name, setName] = useState('');
  const add = async () => {
    const sent = name;
    // clear only what was sent: text typed while it was saved stays
    if (sent.trim() && (await run('criteria.add', { name: sent.trim() }))) setName((cur) => (cur === sent ? '' : cur));
  };
  const ideas = [...r.ideas].sort((a, b) => a.position - b.position);
  // Ratings the matrix already gives and nobody has entered yet.
  const missing = (criteria ?? [])
    .flatMap((c) => ideas.map((s) => ({ c, s, v: s.scores[String(c.id)] === undefined || s.scores[String(c.id)] === null ? fromMatrix(c.name, s) : null })))
    .filter((x) => x.v !== null);
  const takeOver = async (list: { c: { id: number }; s: Idea; v: number | null }[]) => {
    // sent together: the service runs them one after another, without a round trip in between
    await Promise.all(list.map((x) => run('criteria.rate', { ideaId: x.s.id, criterionId: x.c.id, value: x.v! })));
  };
  const addDefaults = async () => {
    const made: { id: number; name: string }[] = [];
    for (const d of DEFAULTS) {
      const c = await run('criteria.add', { name: d[t.locale], weight: d.w });
      if (c) made.push(c);
    }
    // impact and effort placed in the matrix count at once
    await takeOver(made.flatMap((c) => ideas.map((s) => ({ c, s, v: fromMatrix(c.name, s) }))).filter((x) => x.v !== null));
  };
  return (
    <div>
      <p className="hint">{t('prio.criteriaHint')}</p>
      <div className="criteria-head">
        {criteria?.map((c) => (
          <span key={c.id} className="criterion">
            <b>{c.name}</b>
            <label>
              {t('prio.weight')}
              <input
                className="num-input"
                type="number"
                min={0}
                max={10}
                step={0.5}
                defaultValue={c.weight}
                key={`${c.id}-${c.weight}`}
                onBlur={(e) => Number(e.target.value) !== c.weight && void run('criteria.update', { id: c.id, weight: Number(e.target.value) })}
                onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
              />
            </label>
            <button type="button" className="small" onClick={() => void run('criteria.delete', { id: c.id })}>
              {t('prio.delete')}
            </button>
          </span>
        ))}
        <input
          aria-label={t('prio.criterionName')}
          placeholder={t('prio.criterionName')}
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && void add()}
        />
        {!criteria?.length && (
          <button type="button" data-testid="criteria-defaults" onClick={() => void addDefaults()}>
            {t('prio.criteriaDefaults')}
          </button>
        )}
        {missing.length > 0 && (
          <button type="button" data-testid="criteria-from-matrix" onClick={() => void takeOver(missing)}>
            {t('prio.fromMatrix', { n: missing.length })}
          </button>
        )}
      </div>
      {criteria?.length ? (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('prio.idea')}</th>
              {criteria.map((c) => (
                <th key={c.id} scope="col">
                  {c.name} <span className="count">× {formatScore(c.weight, t.locale)}</span>
                </th>
              ))}
              <th scope="col" className="num">
                {t('prio.score')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ideas.map((s) => (
              <tr key={s.id}>
                <td lang="de">{s.text}</td>
                {criteria.map((c) => (
                  <td key={c.id}>
                    <select
                      aria-label={`${c.name}: ${s.text}`}
                      value={s.scores[String(c.id)] ?? ''}
                      onChange={(e) =>
                        void run('criteria.rate', { ideaId: s.id, criterionId: c.id, value: e.target.value === '' ? null : Number(e.target.value) })
                      }
                    >
                      <option value="">–</option>
                      {[1, 2, 3, 4, 5].map((v) => (
                        <option key={v} value={v}>
                          {v}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
                <td className="num">{formatScore(s.criteriaScore, t.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">{t('prio.criteriaEmpty')}</p>
      )}
    </div>
  );
}
