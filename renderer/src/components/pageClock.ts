import { createContext, useContext, useEffect, useState } from 'react';
import { create } from 'zustand';
import { useApp } from '../stores/app';

/** How long a projector page stays when pages turn by themselves. */
export const PAGE_MS = 12000;

/** True inside the facilitator's scaled preview (it reports the page count to the controls). */
export const PreviewContext = createContext(false);

/** How many pages the current projector view needs, as the preview measured it. */
export const useProjectorPages = create<{ pages: number; shown: number }>(() => ({ pages: 1, shown: 0 }));

/**
 * The page number from the wall clock, so the projector and the facilitator's preview (two
 * separate renders, maybe two windows) always show the same page while pages turn by themselves.
 */
export function usePageClock(active: boolean): number {
  const [tick, setTick] = useState(() => Math.floor(Date.now() / PAGE_MS));
  useEffect(() => {
    if (!active) return undefined;
    const id = setInterval(() => setTick(Math.floor(Date.now() / PAGE_MS)), 500);
    return () => clearInterval(id);
  }, [active]);
  return tick;
}

/**
 * Which of `pages` pages the room sees. The facilitator holds a page and turns it (stored in the
 * session, so every window shows the same page); only with "Automatisch blättern" on do pages
 * turn by themselves, from the wall clock. The preview reports the count, so the controls can say
 * "Seite 2 von 3" and stop at the last page.
 */
export function useProjectorPage(pages: number): number {
  const projector = useApp((s) => s.status?.session?.projector);
  const preview = useContext(PreviewContext);
  const auto = !!projector?.auto;
  const tick = usePageClock(auto && pages > 1);
  const page = pages <= 1 ? 0 : auto ? tick % pages : Math.min(projector?.page ?? 0, pages - 1);
  useEffect(() => {
    if (!preview) return undefined;
    useProjectorPages.setState({ pages: Math.max(1, pages), shown: page });
    return () => useProjectorPages.setState({ pages: 1, shown: 0 });
  }, [preview, pages, page]);
  return page;
}
