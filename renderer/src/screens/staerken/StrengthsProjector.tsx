import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useBoardStore } from '../../stores/data';
import { SectorTag } from '../../components/SectorTag';
import { groupBoard, projectorGroups, PROJECTOR_LEVELS } from './board';
import { softHyphens, useHyphenation } from '../../components/hyphenate';
import './staerken.css';

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

/**
 * Projector part of this phase: themes with labels and counts, visible cards only, large type.
 * It never overflows: after each change it measures itself and steps down to compact tiles
 * (newest cards per theme, then labels with counts only, then the largest themes).
 */
export function ProjStrengths() {
  const t = useT();
  const { data } = useResource(useBoardStore);
  const groups = useMemo(() => (data ? groupBoard(data, t('cards.unclustered')) : []), [data, t]);
  const hyphensReady = useHyphenation();
  const visibleIds = useMemo(() => (data ? data.cards.filter((c) => !c.hidden).map((c) => c.id) : []), [data]);
  const newest = useNewestArrival(visibleIds);
  const [size, setSize] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  // Fitting starts from the fullest view whenever the content or the screen changes.
  const key = useMemo(() => ({}), [data, size, newest, hyphensReady]); // eslint-disable-line react-hooks/exhaustive-deps
  const [fitState, setFit] = useState<{ key: object; level: number; maxTiles: number } | null>(null);
  // When cards were only added, start from the density that fitted last time (a level with fewer
  // cards cannot fit more); otherwise start again from the fullest view.
  const last = useRef({ level: 0, maxTiles: Infinity, count: 0, size: 0, hyph: false });
  const grew = last.current.count > 0 && visibleIds.length >= last.current.count && size === last.current.size && hyphensReady === last.current.hyph;
  const fit = fitState && fitState.key === key ? fitState : { key, level: grew ? last.current.level : 0, maxTiles: grew ? last.current.maxTiles : Infinity };
  last.current = { level: fit.level, maxTiles: fit.maxTiles, count: visibleIds.length, size, hyph: hyphensReady };

  const { groups: shown, hiddenGroups } = useMemo(() => projectorGroups(groups, fit.level, newest, fit.maxTiles), [groups, fit.level, fit.maxTiles, newest]);

  // Step down until it fits (runs before paint, so the room never sees an overflow).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const over = el.scrollWidth > el.clientWidth + 2 || el.scrollHeight > el.clientHeight + 2;
    if (!over) return;
    if (fit.level < PROJECTOR_LEVELS.length - 1) setFit({ key, level: fit.level + 1, maxTiles: Infinity });
    else if (shown.length > 1) setFit({ key, level: fit.level, maxTiles: Math.max(1, Math.floor(shown.length * 0.8)) });
  }, [key, fit.level, fit.maxTiles, shown]);
  useEffect(() => {
    const el = ref.current?.parentElement;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize(el.clientWidth * 10000 + el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  if (!data) return null;
  if (!visibleIds.length) return <p className="proj-center">{t('cards.title')}</p>;
  const tiles = PROJECTOR_LEVELS[fit.level] === 0;
  const compact = fit.level > 0;
  // compact: the first two terms of a label are enough to recognise the theme
  const label = (l: string) => softHyphens(compact ? l.split(', ').slice(0, 2).join(', ') : l);
  const cols = shown.length <= 2 ? 'cols-2' : tiles && shown.length > 16 ? 'cols-4' : '';
  return (
    <div ref={ref} className={`pb ${cols}${compact ? ' is-compact' : ''}${fit.level === 3 ? ' is-tight' : ''}${fit.level === 4 ? ' is-oneline' : ''}${tiles ? ' is-tiles' : ''}`} data-testid="proj-board" data-level={fit.level}>
      {shown.map((g) => (
        <section key={g.id ?? 'none'} className="pb-cluster" data-testid="proj-cluster">
          <h2 lang="de"><span>{label(g.label)}</span> <span className="pb-count">{g.count}</span></h2>
          {g.shown.length > 0 && (
            <ul>
              {g.shown.map((c) => (
                <li key={c.id} lang="de" className={c.id === newest ? 'is-new' : undefined} data-testid="proj-card">
                  <SectorTag sector={c.sector} /> <span className="pb-text">{softHyphens(c.text)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {hiddenGroups > 0 && <p className="pb-tiles-more">{t('board.projMore', { n: hiddenGroups })}</p>}
    </div>
  );
}
