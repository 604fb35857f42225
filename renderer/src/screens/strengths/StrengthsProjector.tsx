import type React from 'react';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useBoardStore } from '../../stores/data';
import { SectorLegend, SectorTag } from '../../components/SectorTag';
import { groupBoard, packProjectorPages, pageOfCard, projectorGroups, type ColumnPiece, type MeasuredGroup, type ProjectorGroup } from './board';
import { softHyphens, useHyphenation } from '../../components/hyphenate';
import './strengths.css';
import { useProjectorPage } from '../../components/pageClock';
import { useApp } from '../../stores/app';

const HIGHLIGHT_MS = 6000;
/** Type sizes for one table's cards, tried in turn; the last is the board's own size. */
const SIZE_STEPS = ['is-large', 'is-mid', ''];

/** The card that arrived last while this view was open (null at first load and after a while). */
function useNewestArrival(ids: number[]): number | null {
  const seen = useRef<number | null>(null);
  const [newest, setNewest] = useState<number | null>(null);
  const max = ids.length ? Math.max(...ids) : 0;
  useEffect(() => {
    if (!ids.length) return undefined; // not loaded yet: the first cards are not "new"
    if (seen.current !== null && max > seen.current) {
      setNewest(max);
      const timer = setTimeout(() => setNewest(null), HIGHLIGHT_MS);
      seen.current = max;
      return () => clearTimeout(timer);
    }
    seen.current = Math.max(seen.current ?? 0, max);
    return undefined;
  }, [max]); // eslint-disable-line react-hooks/exhaustive-deps
  return newest;
}

const ClusterBlock = memo(function ClusterBlock({
  g,
  from,
  to,
  cont,
  newest,
  live,
  indent,
}: {
  g: ProjectorGroup;
  from: number;
  to: number;
  cont: boolean;
  newest: number | null;
  live: boolean;
  /** some cards on the screen carry a sector badge: a card without one keeps its place */
  indent: boolean;
}) {
  const t = useT();
  return (
    <section className="pb-cluster" data-testid={live ? 'proj-cluster' : undefined} data-id={g.id ?? 'none'}>
      <h2 lang="de">
        <span>
          {softHyphens(g.label)}
          {/* an inline-block: a plain inline span's glyph box pokes 2 px above the heading's line
              box, and at the top of a column that is outside the clipping grid */}
          {cont && (
            <>
              {' '}
              <span className="pb-cont">{t('board.projCont')}</span>
            </>
          )}
        </span>{' '}
        <span className="pb-count">{g.count}</span>
      </h2>
      {to > from && (
        <ul>
          {g.shown.slice(from, to).map((c) => (
            <li key={c.id} lang="de" className={live && c.id === newest ? 'is-new' : undefined} data-testid={live ? 'proj-card' : undefined}>
              {c.sector ? <SectorTag sector={c.sector} /> : indent && <span className="sector-tag pb-no-sector" aria-hidden="true" />}{' '}
              <span className="pb-text">{softHyphens(c.text)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

/**
 * Projector part of this phase: every visible card, themes with labels and counts, in large type
 * (cards ≥ 3 % of the screen height). Themes are measured and packed whole into columns; when they
 * need more than one screen, the pages turn every 12 s ("Seite 1/3" in the corner), and a card that
 * just arrived brings its page to the front while it is highlighted.
 */
export function ProjStrengths({ only, table }: { only?: number; table?: number } = {}) {
  const t = useT();
  const { data } = useResource(useBoardStore);
  const groups = useMemo(() => {
    // one table presenting: its cards only, still grouped by theme and packed the same way
    const board = data && table !== undefined ? { ...data, cards: data.cards.filter((c) => c.tableId === table) } : data;
    const all = board ? projectorGroups(groupBoard(board, t('cards.unclustered')), 0, null).groups : [];
    return only === undefined ? all : all.filter((g) => g.id === only); // zoomed into one theme
  }, [data, t, only, table]);
  const sectors = useMemo(() => new Set(groups.flatMap((g) => g.shown.map((c) => c.sector)).filter(Boolean)), [groups]);
  const byId = useMemo(() => new Map(groups.map((g) => [g.id, g])), [groups]);
  const hyphensReady = useHyphenation();
  const visibleIds = useMemo(() => groups.flatMap((g) => g.shown.map((c) => c.id)), [groups]);
  const newest = useNewestArrival(visibleIds);
  const [size, setSize] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{ pages: ColumnPiece[][][]; cols: number }>({ pages: [[]], cols: 3 });
  // One table presenting has few cards: the largest type at which they fit on one screen, else the
  // board's size (SIZE_STEPS, from large to normal; tables.css sets the sizes).
  const [step, setStep] = useState(table !== undefined ? 0 : SIZE_STEPS.length - 1);
  // (keyed on the board data, not on `groups`: that is rebuilt on every render and would loop)
  useLayoutEffect(() => setStep(table !== undefined ? 0 : SIZE_STEPS.length - 1), [table, data, size]);

  // Measure every theme once in a hidden column of the real width, then pack (before paint).
  useLayoutEffect(() => {
    const el = ref.current;
    const m = measureRef.current;
    if (!el || !m || !groups.length) return;
    const W = el.clientWidth;
    const H = el.clientHeight;
    if (!W || !H) return;
    const cols = W / H >= 1.25 ? 3 : 2;
    m.style.setProperty('--cols', String(cols));
    const [col, contCol] = m.querySelectorAll<HTMLElement>(':scope > .pb-col');
    const gap = parseFloat(getComputedStyle(col).rowGap) || 0;
    // layout offsets, not getBoundingClientRect: the facilitator's preview is a scaled-down copy
    // (CSS transform), and its pages must be the room's pages
    const headOf = (sec: HTMLElement) => (sec.querySelector('li')?.offsetTop ?? sec.offsetTop + sec.offsetHeight) - sec.offsetTop;
    // the head of a continued piece carries "(Forts.)", which can take a line of its own
    const contHeads = [...contCol.querySelectorAll<HTMLElement>(':scope > .pb-cluster')].map(headOf);
    const measured: MeasuredGroup[] = [...col.querySelectorAll<HTMLElement>(':scope > .pb-cluster')].map((sec, i) => {
      const top = sec.offsetTop;
      const bottom = top + sec.offsetHeight;
      const tops = [...sec.querySelectorAll('li')].map((li) => li.offsetTop);
      const head = headOf(sec);
      return { id: groups[i].id, head, contHead: contHeads[i] ?? head, cards: tops.map((y, k) => (tops[k + 1] ?? bottom) - y) };
    });
    // the legend (when cards carry sectors) is always there, the page number only with pages
    const legend = m.querySelector<HTMLElement>('.pb-foot-legend')?.offsetHeight ?? 0;
    const foot = m.querySelector<HTMLElement>('.pb-foot-full')!.offsetHeight;
    let pages = packProjectorPages(measured, H - legend, cols, gap);
    if (pages.length > 1 && step < SIZE_STEPS.length - 1) {
      setStep(step + 1); // measured again one size smaller
      return;
    }
    if (pages.length > 1) pages = packProjectorPages(measured, H - foot, cols, gap);
    setLayout((cur) => (cur.cols === cols && JSON.stringify(cur.pages) === JSON.stringify(pages) ? cur : { pages, cols }));
  }, [groups, size, hyphensReady, sectors, step]);
  useEffect(() => {
    const el = ref.current?.parentElement;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize(el.clientWidth * 10000 + el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    void document.fonts?.ready.then(() => setSize((s) => s + 0.5));
  }, []);

  const { pages, cols } = layout;
  const held = useProjectorPage(pages.length);
  // While pages turn by themselves, a card that just arrived brings its page to the front; a held page stays.
  const auto = useApp((s) => !!s.status?.session?.projector.auto);
  if (!data) return null;
  if (!visibleIds.length)
    return <p className="proj-center">{t(table !== undefined ? 'tables.projEmpty' : only === undefined ? 'cards.title' : 'projector.gone')}</p>;
  const page =
    newest !== null && auto
      ? pageOfCard(
          pages,
          groups.map((g) => ({ id: g.id, cards: g.shown })),
          newest,
        )
      : held;
  const shown = pages[Math.min(page, pages.length - 1)] ?? [];
  return (
    <div
      ref={ref}
      className={`pb ${SIZE_STEPS[step]}`.trim()}
      data-testid={table !== undefined ? 'proj-table-cards' : only === undefined ? 'proj-board' : 'proj-focus'}
      data-kind={only === undefined ? undefined : 'cluster'}
      data-page={page + 1}
      data-pages={pages.length}
    >
      <div className="pb-cols" style={{ '--cols': cols } as React.CSSProperties}>
        {shown.map((column, ci) => (
          <div className="pb-col" key={ci}>
            {column.map((pc) => {
              const g = byId.get(pc.id);
              return g ? (
                <ClusterBlock
                  key={`${pc.id}:${pc.from}`}
                  g={g}
                  from={pc.from}
                  to={Math.min(pc.to, g.shown.length)}
                  cont={pc.cont}
                  newest={newest}
                  live
                  indent={sectors.size > 0}
                />
              ) : null;
            })}
          </div>
        ))}
      </div>
      {(pages.length > 1 || sectors.size > 0) && (
        <div className="pb-foot">
          {sectors.size > 0 && <SectorLegend only={sectors} />}
          {pages.length > 1 && (
            <p className="pb-page" data-testid="proj-page">
              {t('projector.page', { page: page + 1, pages: pages.length })}
            </p>
          )}
        </div>
      )}
      <div ref={measureRef} className="pb-measure" aria-hidden="true">
        <div className="pb-col">
          {groups.map((g) => (
            <ClusterBlock key={g.id ?? 'none'} g={g} from={0} to={g.shown.length} cont={false} newest={null} live={false} indent={sectors.size > 0} />
          ))}
        </div>
        <div className="pb-col">
          {groups.map((g) => (
            <ClusterBlock key={g.id ?? 'none'} g={g} from={0} to={Math.min(1, g.shown.length)} cont newest={null} live={false} indent={sectors.size > 0} />
          ))}
        </div>
        {sectors.size > 0 && (
          <div className="pb-foot pb-foot-legend">
            <SectorLegend only={sectors} />
          </div>
        )}
        <div className="pb-foot pb-foot-full">
          {sectors.size > 0 && <SectorLegend only={sectors} />}
          <p className="pb-page">{t('projector.page', { page: 1, pages: 2 })}</p>
        </div>
      </div>
    </div>
  );
}
