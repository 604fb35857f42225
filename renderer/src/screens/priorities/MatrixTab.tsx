import type { RankingView } from '../../../../shared/api/ranking';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { Matrix, MatrixRule } from './Matrix';

const LEVELS = [1, 2, 3, 4, 5];

/** The matrix (drag) and, next to it, the same placement by keyboard. */
export function MatrixTab({ r }: { r: RankingView }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const ideas = [...r.ideas].sort((a, b) => a.position - b.position);
  const num = new Map(ideas.map((s, i) => [s.id, i + 1]));
  const place = (id: number, impact: number | null, effort: number | null) => void run('ideas.place', { id, impact, effort });
  const points = ideas
    .filter((s) => s.impact !== null && s.effort !== null)
    .map((s) => ({ id: s.id, label: String(num.get(s.id)), impact: s.impact!, effort: s.effort! }));
  return (
    <div className="matrix-tab">
      <div className="matrix-box">
        <Matrix
          points={points}
          onMove={(id, impact, effort) => place(id, impact, effort)}
          unplaced={ideas.filter((s) => s.impact === null || s.effort === null).map((s) => ({ id: s.id, label: String(num.get(s.id)), text: s.text }))}
        />
      </div>
      <div>
        <p className="hint">{t('prio.matrixHint')}</p>
        <p className="hint">
          <b>
            <MatrixRule />
          </b>
        </p>
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('prio.idea')}</th>
              <th scope="col">{t('prio.impact')}</th>
              <th scope="col">{t('prio.effort')}</th>
            </tr>
          </thead>
          <tbody>
            {ideas.map((s) => (
              <tr key={s.id}>
                <td>{num.get(s.id)}</td>
                <td lang="de">{s.text}</td>
                {(['impact', 'effort'] as const).map((k) => (
                  <td key={k}>
                    <select
                      aria-label={`${t(k === 'impact' ? 'prio.impact' : 'prio.effort')}: ${s.text}`}
                      value={s[k] === null ? '' : String(s[k])}
                      onChange={(e) => {
                        const v = e.target.value === '' ? null : Number(e.target.value);
                        place(s.id, k === 'impact' ? v : (s.impact ?? (v === null ? null : 3)), k === 'effort' ? v : (s.effort ?? (v === null ? null : 3)));
                      }}
                    >
                      <option value="">–</option>
                      {s[k] !== null && !LEVELS.includes(s[k]!) && <option value={String(s[k])}>{String(s[k]).replace('.', ',')}</option>}
                      {LEVELS.map((l) => (
                        <option key={l} value={l}>
                          {l}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
