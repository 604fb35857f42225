import { useState } from 'react';
import type { RankingView } from '../../../../shared/api/ideas';
import { useResource } from '../../stores/resource';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { useCriteriaStore } from './stores';
import { formatScore } from './format';

const DEFAULTS = [{ de: 'Wirkung', en: 'Impact', w: 2 }, { de: 'Machbarkeit', en: 'Feasibility', w: 1 }, { de: 'Dringlichkeit', en: 'Urgency', w: 1 }];

export function CriteriaTab({ r }: { r: RankingView }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const { data: criteria } = useResource(useCriteriaStore);
  const [name, setName] = useState('');
  const add = async () => {
    if (name.trim() && (await run('criteria.add', { name: name.trim() }))) setName('');
  };
  const steps = [...r.steps].sort((a, b) => a.position - b.position);
  return (
    <div>
      <p className="hint">{t('prio.criteriaHint')}</p>
      <div className="criteria-head">
        {criteria?.map((c) => (
          <span key={c.id} className="criterion">
            <b>{c.name}</b>
            <label>{t('prio.weight')}
              <input className="num-input" type="number" min={0} max={10} step={0.5} defaultValue={c.weight} key={`${c.id}-${c.weight}`}
                onBlur={(e) => Number(e.target.value) !== c.weight && void run('criteria.update', { id: c.id, weight: Number(e.target.value) })}
                onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()} />
            </label>
            <button type="button" className="small" onClick={() => void run('criteria.delete', { id: c.id })}>{t('prio.delete')}</button>
          </span>
        ))}
        <input aria-label={t('prio.criterionName')} placeholder={t('prio.criterionName')} value={name} maxLength={80}
          onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void add()} />
        {!criteria?.length && (
          <button type="button" onClick={async () => { for (const d of DEFAULTS) await run('criteria.add', { name: d[t.locale], weight: d.w }); }}>
            {t('prio.criteriaDefaults')}
          </button>
        )}
      </div>
      {criteria?.length ? (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('prio.step')}</th>
              {criteria.map((c) => <th key={c.id} scope="col">{c.name} <span className="count">× {formatScore(c.weight, t.locale)}</span></th>)}
              <th scope="col" className="num">{t('prio.score')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.id}>
                <td lang="de">{s.text}</td>
                {criteria.map((c) => (
                  <td key={c.id}>
                    <select aria-label={`${c.name}: ${s.text}`} value={s.scores[String(c.id)] ?? ''}
                      onChange={(e) => void run('criteria.rate', { ideaId: s.id, criterionId: c.id, value: e.target.value === '' ? null : Number(e.target.value) })}>
                      <option value="">–</option>
                      {[1, 2, 3, 4, 5].map((v) => <option key={v} value={v}>{v}</option>)}
                    </select>
                  </td>
                ))}
                <td className="num">{formatScore(s.criteriaScore, t.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p className="empty">{t('prio.criteriaEmpty')}</p>}
    </div>
  );
}
