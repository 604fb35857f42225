import { SECTORS, type SectorKey } from '../../../../shared/domain/fields';
import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useProjectorRankingStore } from './stores';
import { Matrix } from './Matrix';
import { SectorBar } from './PriorityScreen';
import './priority.css';
import { Hy } from '../../components/hyphenate';

const MAX_ROWS = 8;

/**
 * Projector part of this phase. It reads `ranking.projector`, which the service strips of
 * hidden steps and — until "Punkte aufdecken" — of every dot, rank and score, so the room is
 * not anchored by early counts. No names of people ever reach this view.
 */
export function ProjPriority() {
  const t = useT();
  const { data } = useResource(useProjectorRankingStore);
  if (!data) return null;
  const s = data.settings;
  const steps = data.steps;
  if (!steps.length) return <p className="proj-center">{t('prio.empty')}</p>;

  if (s.projectorView === 'matrix') {
    const ordered = [...steps].sort((a, b) => a.position - b.position);
    const num = new Map(ordered.map((x, i) => [x.id, i + 1]));
    const points = ordered.filter((x) => x.impact !== null && x.effort !== null).map((x) => ({ id: x.id, label: String(num.get(x.id)), impact: x.impact!, effort: x.effort! }));
    return (
      <div className="proj-matrix" data-testid="proj-matrix">
        <div className="proj-matrix-chart"><Matrix points={points} large /></div>
        <ol className="proj-matrix-legend" lang="de">
          {ordered.map((x) => <li key={x.id}><b>{num.get(x.id)}.</b> {x.text}{x.impact === null && <i> – {t('prio.unplaced')}</i>}</li>)}
        </ol>
      </div>
    );
  }

  if (!s.revealed) {
    return (
      <div data-testid="proj-prio-hidden">
        <ol className="proj-list">{[...steps].sort((a, b) => a.position - b.position).map((i) => <li key={i.id} lang="de"><Hy>{i.text}</Hy></li>)}</ol>
        <p className="proj-note">{t('projector.prioHidden')}</p>
      </div>
    );
  }

  if (s.projectorView === 'sectors' && data.perspectives.sectors.length) {
    const byId = new Map(steps.map((x) => [x.id, x]));
    return (
      <div className="proj-sectors" data-testid="proj-sectors">
        <h2>{t('projector.prioSectors')}</h2>
        <div className="proj-sector-cols">
          {data.perspectives.sectors.map((sec) => {
            const info = SECTORS.find((x) => x.key === sec.sector);
            const ranks = data.perspectives.steps;
            return (
              <section key={sec.sector}>
                <h3><span className="proj-letter" style={{ background: info?.color, color: info?.ink }}>{info?.letter}</span> {t.sector(sec.sector as SectorKey)}</h3>
                <ol>
                  {sec.top.map((id) => (
                    <li key={id} lang="de"><b>{ranks.find((r) => r.id === id)?.ranks[sec.sector]}.</b> {byId.get(id)?.text}</li>
                  ))}
                </ol>
              </section>
            );
          })}
        </div>
      </div>
    );
  }

  const rows = steps.filter((x) => x.rank !== null && x.rank <= MAX_ROWS).slice(0, MAX_ROWS + 2);
  const rest = steps.length - rows.length;
  const max = Math.max(1, ...steps.map((x) => x.dots));
  const showScore = data.method !== 'dots';
  return (
    <div className="proj-ranking" data-testid="proj-ranking">
      <ol>
        {rows.map((x) => (
          <li key={x.id} data-testid="proj-rank-row">
            <span className="pr-rank">{x.rank}{x.tied ? '=' : ''}</span>
            <span className="pr-text" lang="de">
              {x.text}
              <SectorBar step={x} max={max} />
            </span>
            <span className="pr-dots">{showScore ? (x.score ?? 0).toLocaleString(t.locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }) : x.dots}</span>
          </li>
        ))}
      </ol>
      <p className="proj-method">
        {data.methodText[t.locale]}
        {rest > 0 && <> · {t.locale === 'de' ? `${rest} weitere Schritte` : `${rest} more steps`}</>}
      </p>
    </div>
  );
}
