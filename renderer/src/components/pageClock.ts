import { useEffect, useState } from 'react';

/** How long a projector page stays when a view needs more than one. */
export const PAGE_MS = 12000;

/**
 * The page number from the wall clock, so the projector and the facilitator's preview (two
 * separate renders, maybe two windows) always show the same page.
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
