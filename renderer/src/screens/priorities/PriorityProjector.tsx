import { useRef } from 'react';
import { SECTORS, type SectorKey } from '../../../../shared/domain/fields';
import { sectorColumn } from '../../../../shared/scoring/ranking';
import type { RankingView } from '../../../../shared/api/ranking';
import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useProjectorRankingStore } from './stores';
import { Matrix, MatrixRule } from './Matrix';
import { SectorBar } from './PriorityScreen';
import { useFit, usePage } from './useFit';
import { ProjIdeaList } from '../ideas/IdeasProjector';
import './priority.css';
import { Hy } from '../../components/hyphenate';
import { PagedColumns } from '../../components/PagedColumns';
import { SectorLegend } from '../../components/SectorTag';

/**
 * Projector part of this phase. It reads `ranking.projector`, which the service strips of
 * hidden ideas and — until "Punkte aufdecken" — of every dot, rank and score, so the room is
 * not anchored by early counts. No names of people ever reach this view. Every view fits the
 * screen (useFit): smaller type down to 3 % of the screen height, then fewer rows.
 */
export function ProjPriority() {
  const t = useT();
  const { data } = useResource(useProjectorRankingStore);
  if (!data) return null;
  const s = data.settings;
  const ideas = data.ideas;
  if (!ideas.length) return <p className="proj-center">{t('prio.empty')}</p>;
  if (s.projectorView === 'matrix') return <ProjMatrix data={data} />;
  if (!s.revealed) {
    // a neutral bullet, not "1., 2., 3.": numbers in the order entered read as a ranking before a dot is counted
    return <ProjIdeaList bullets testId="proj-prio-hidden" ideas={[...ideas].sort((a, b) => a.position - b.position)} note={t('projector.prioHidden')} />;
  }
  if (s.projectorView === 'sectors' && data.perspectives.sectors.length) return <ProjSectors data={data} />;
  return <ProjRanking data={data} />;
}

// Legend type size and chart width, tried in turn; then the legend shows pages in turn.
const MATRIX_LEVELS = [
  { font: 3.3, chart: 54 },
  { font: 3.1, chart: 52 },
  { font: 3.0, chart: 50 },
];

function ProjMatrix({ data }: { data: RankingView }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const ordered = [...data.ideas].sort((a, b) => a.position - b.position);
  const num = new Map(ordered.map((x, i) => [x.id, i + 1]));
  const points = ordered
    .filter((x) => x.impact !== null && x.effort !== null)
    .map((x) => ({ id: x.id, label: String(num.get(x.id)), impact: x.impact!, effort: x.effort! }));
  const paged = Math.max(0, ordered.length - 4);
  const level = useFit(box, MATRIX_LEVELS.length + paged, ordered.map((x) => `${x.id}:${x.text.length}:${x.impact === null}`).join(','));
  const { font, chart } = MATRIX_LEVELS[Math.min(level, MATRIX_LEVELS.length - 1)];
  const perPage = level < MATRIX_LEVELS.length ? ordered.length : ordered.length - (level - MATRIX_LEVELS.length + 1);
  const pages = Math.ceil(ordered.length / perPage);
  const page = usePage(pages);
  return (
    <div className="proj-matrix" data-testid="proj-matrix" ref={box} style={{ gridTemplateColumns: `${chart}% minmax(0, 1fr)` }}>
      <div className="proj-matrix-chart">
        <Matrix
          points={points}
          large
          unplaced={ordered.filter((x) => x.impact === null || x.effort === null).map((x) => ({ id: x.id, label: String(num.get(x.id)), text: x.text }))}
        />
      </div>
      <div className="proj-matrix-side" style={{ fontSize: `${font}cqh` }}>
        <ol className="proj-matrix-legend" lang="de" data-testid="proj-matrix-legend">
          {ordered.slice(page * perPage, page * perPage + perPage).map((x) => (
            <li key={x.id}>
              <b className="pm-num">{num.get(x.id)}</b>
              <span>
                <Hy>{x.text}</Hy>
                {x.impact === null && <i> – {t('prio.unplaced')}</i>}
              </span>
            </li>
          ))}
        </ol>
        <p className="proj-matrix-rule">
          <MatrixRule />
          {pages > 1 && <> · {t('ideas.page', { page: page + 1, pages })}</>}
        </p>
      </div>
    </div>
  );
}

// Rows per sector column and type size, tried in turn until the view fits.
const SECTOR_LEVELS = [
  { rows: 5, font: 3.3 },
  { rows: 5, font: 3.0 },
  { rows: 4, font: 3.0 },
  { rows: 3, font: 3.0 },
  { rows: 2, font: 3.0 },
];

function ProjSectors({ data }: { data: RankingView }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const p = data.perspectives;
  const byId = new Map(data.ideas.map((x) => [x.id, x]));
  const divergent = new Set(p.ideas.filter((x) => x.divergent).map((x) => x.id));
  const level = useFit(box, SECTOR_LEVELS.length, `${data.ideas.map((x) => `${x.id}:${x.text.length}`).join(',')}|${p.sectors.map((x) => x.sector).join(',')}`);
  const { rows, font } = SECTOR_LEVELS[level];
  const columns = p.sectors.map((sec) => ({ sec, col: sectorColumn(data.ideas, sec.sector, rows) }));
  const anyDivergent = columns.some(({ col }) => col.items.some((x) => divergent.has(x.id)));
  return (
    <div className="proj-sectors" data-testid="proj-sectors">
      <h2>{t('projector.prioSectors')}</h2>
      <div className="proj-sector-box" ref={box}>
        <div className="proj-sector-cols" style={{ fontSize: `${font}cqh` }}>
          {columns.map(({ sec, col }) => {
            const info = SECTORS.find((x) => x.key === sec.sector);
            return (
              <section key={sec.sector} data-testid="proj-sector">
                <h3>
                  <span className="proj-letter" style={{ background: info?.color, color: info?.ink }}>
                    {info?.letter}
                  </span>{' '}
                  <span className="ps-name">{t.sector(sec.sector as SectorKey)}</span>
                </h3>
                <ol>
                  {col.items.map((x) => (
                    <li key={x.id} lang="de" data-testid="proj-sector-item">
                      <b className="ps-rank" data-testid="proj-rank">
                        {x.rank}.
                      </b>
                      <span>
                        <Hy>{byId.get(x.id)?.text ?? ''}</Hy>
                        {x.tied && <i className="ps-tied"> ({t('projector.tied')})</i>}
                        {divergent.has(x.id) && (
                          <b className="ps-diff" data-testid="proj-differs" aria-label={t('prio.differs')}>
                            {' '}
                            ≠
                          </b>
                        )}
                      </span>
                    </li>
                  ))}
                </ol>
                {col.cutTies > 0 && <p className="ps-more">{t('prio.projMoreTied', { n: col.cutTies })}</p>}
              </section>
            );
          })}
        </div>
      </div>
      <p className="proj-note proj-legend" data-testid="proj-sectors-legend">
        {anyDivergent && (
          <span className="nowrap">
            <b>≠</b> {t('prio.projDiffersLegend', { pp: Math.round(p.divergenceThreshold * 100) })}
          </span>
        )}
      </p>
    </div>
  );
}

/** A rank the German way: "4." — with "gleichauf" when others share it (never "4="). */
export function Rank({ rank, tied, className }: { rank: number | null; tied: boolean; className: string }) {
  const t = useT();
  if (rank === null) return <span className={className}>–</span>;
  return (
    <span className={className} data-testid="proj-rank">
      {rank}.{tied && <span className="rank-tied"> {t('projector.tied')}</span>}
    </span>
  );
}

/**
 * Every ranked idea, paged (never "+ 5 more"): measured rows packed into pages the facilitator
 * turns. Each row's bar is as long as its dots, split by sector, and adds up to the number.
 */
function ProjRanking({ data }: { data: RankingView }) {
  const t = useT();
  const ideas = data.ideas;
  const max = Math.max(1, ...ideas.map((x) => x.dots));
  const showScore = data.method !== 'dots';
  const sectors = new Set(ideas.flatMap((x) => Object.keys(x.dotsBySector).filter((k) => x.dotsBySector[k] > 0)));
  const without = ideas.some((x) => x.dots > Object.values(x.dotsBySector).reduce((n, v) => n + v, 0));
  const items = ideas.map((x) => ({
    key: x.id,
    node: (
      <div className="pr-row" data-testid="proj-rank-row">
        <Rank className="pr-rank" rank={x.rank} tied={x.tied} />
        <span className="pr-text" lang="de">
          <Hy>{x.text}</Hy>
          <SectorBar idea={x} max={max} />
        </span>
        <span className="pr-dots">
          {showScore ? (x.score ?? 0).toLocaleString(t.locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }) : x.dots}
        </span>
      </div>
    ),
  }));
  return (
    <div className="proj-ranking" data-testid="proj-ranking">
      <PagedColumns
        items={items}
        listClass="pr-list"
        foot={
          <div className="pr-foot">
            {(sectors.size > 0 || without) && <SectorLegend only={sectors} none={without} />}
            <p className="proj-method">{data.methodText[t.locale]}</p>
          </div>
        }
      />
    </div>
  );
}
