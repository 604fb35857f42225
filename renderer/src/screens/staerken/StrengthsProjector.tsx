import type React from 'react';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useBoardStore } from '../../stores/data';
import { SectorTag } from '../../components/SectorTag';
import { groupBoard, packProjectorPages, pageOfCard, projectorGroups, type ColumnPiece, type MeasuredGroup, type ProjectorGroup } from './board';
import { softHyphens, useHyphenation } from '../../components/hyphenate';
import './staerken.css';
import { usePageClock } from '../../components/pageClock';

const HIGHLIGHT_MS = 6000;

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


const ClusterBlock = memo(function ClusterBlock({ g, from, to, cont, newest, live }: {
  g: ProjectorGroup; from: number; to: number; cont: boolean; newest: number | null; live: boolean;
}) {
  const t = useT();
  return (
    <section className="pb-cluster" data-testid={live ? 'proj-cluster' : undefined} data-id={g.id ?? 'none'}>
      <h2 lang="de"><span>{softHyphens(g.label)}{cont && <span className="pb-cont"> {t('board.projCont')}</span>}</span> <span className="pb-count">{g.count}</span></h2>
      {to > from && (
        <ul>
          {g.shown.slice(from, to).map((c) => (
            <li key={c.id} lang="de" className={live && c.id === newest ? 'is-new' : undefined} data-testid={live ? 'proj-card' : undefined}>
              <SectorTag sector={c.sector} /> <span className="pb-text">{softHyphens(c.text)}</span>
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
export function ProjStrengths() {
  const t = useT();
  const { data } = useResource(useBoardStore);
  const groups = useMemo(() => (data ? projectorGroups(groupBoard(data, t('cards.unclustered')), 0, null).groups : []), [data, t]);
  const byId = useMemo(() => new Map(groups.map((g) => [g.id, g])), [groups]);
  const hyphensReady = useHyphenation();
  const visibleIds = useMemo(() => groups.flatMap((g) => g.shown.map((c) => c.id)), [groups]);
  const newest = useNewestArrival(visibleIds);
  const [size, setSize] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{ pages: ColumnPiece[][][]; cols: number }>({ pages: [[]], cols: 3 });

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
    const col = m.querySelector<HTMLElement>('.pb-col')!;
    const gap = parseFloat(getComputedStyle(col).rowGap) || 0;
    // layout offsets, not getBoundingClientRect: the facilitator's preview is a scaled-down copy
    // (CSS transform), and its pages must be the room's pages
    const measured: MeasuredGroup[] = [...col.querySelectorAll<HTMLElement>(':scope > .pb-cluster')].map((sec, i) => {
      const top = sec.offsetTop;
      const bottom = top + sec.offsetHeight;
      const tops = [...sec.querySelectorAll('li')].map((li) => li.offsetTop);
      const head = (tops[0] ?? bottom) - top;
      return { id: groups[i].id, head, cards: tops.map((y, k) => (tops[k + 1] ?? bottom) - y) };
    });
    const foot = m.querySelector<HTMLElement>('.pb-page')!.offsetHeight;
    let pages = packProjectorPages(measured, H, cols, gap);
    if (pages.length > 1) pages = packProjectorPages(measured, H - foot, cols, gap);
    setLayout((cur) => (cur.cols === cols && JSON.stringify(cur.pages) === JSON.stringify(pages) ? cur : { pages, cols }));
  }, [groups, size, hyphensReady]);
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
  const tick = usePageClock(pages.length > 1);
  if (!data) return null;
  if (!visibleIds.length) return <p className="proj-center">{t('cards.title')}</p>;
  const page = newest !== null
    ? pageOfCard(pages, groups.map((g) => ({ id: g.id, cards: g.shown })), newest)
    : tick % pages.length;
  const shown = pages[Math.min(page, pages.length - 1)] ?? [];
  return (
    <div ref={ref} className="pb" data-testid="proj-board" data-page={page + 1} data-pages={pages.length}>
      <div className="pb-cols" style={{ '--cols': cols } as React.CSSProperties}>
        {shown.map((column, ci) => (
          <div className="pb-col" key={ci}>
            {column.map((pc) => {
              const g = byId.get(pc.id);
              return g ? <ClusterBlock key={`${pc.id}:${pc.from}`} g={g} from={pc.from} to={Math.min(pc.to, g.shown.length)} cont={pc.cont} newest={newest} live /> : null;
            })}
          </div>
        ))}
      </div>
      {pages.length > 1 && <p className="pb-page" data-testid="proj-page">{t('board.projPage', { page: page + 1, pages: pages.length })}</p>}
      <div ref={measureRef} className="pb-measure" aria-hidden="true">
        <div className="pb-col">
          {groups.map((g) => <ClusterBlock key={g.id ?? 'none'} g={g} from={0} to={g.shown.length} cont={false} newest={null} live={false} />)}
        </div>
        <p className="pb-page">{t('board.projPage', { page: 1, pages: 2 })}</p>
      </div>
    </div>
  );
}
