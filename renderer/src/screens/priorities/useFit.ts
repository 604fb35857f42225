import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { useProjectorPage } from '../../components/pageClock';

/**
 * Fit a projector view to the screen: level 0 is the roomiest layout; while the element still
 * overflows (scrollHeight > clientHeight), the next level is tried (smaller type, fewer rows,
 * more pages — the caller decides what a level means). Starts over at level 0 when `key` or
 * the element's size changes, and once the fonts have loaded. The facilitator's preview is the
 * same view scaled (container units), so it picks the same level as the projector.
 */
export function useFit(ref: RefObject<HTMLElement | null>, levels: number, key: string): number {
  const [size, setSize] = useState('');
  const [st, setSt] = useState({ key: '', level: 0 });
  const full = `${key}|${size}`;
  const level = st.key === full ? st.level : 0;

  // No dependency list on purpose: after every render, check whether the view still overflows.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (el.scrollHeight > el.clientHeight + 1 && level < levels - 1) setSt({ key: full, level: level + 1 });
    else if (st.key !== full) setSt({ key: full, level });
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let alive = true;
    const measure = () => alive && setSize(`${Math.round(el.clientWidth)}x${Math.round(el.clientHeight)}|${document.fonts?.status ?? ''}`);
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    void document.fonts?.ready.then(measure);
    return () => {
      alive = false;
      ro.disconnect();
    };
  }, [ref]);

  return Math.min(level, levels - 1);
}

/** Which page of `pages` the room sees: held and turned by the facilitator (see useProjectorPage). */
export const usePage = useProjectorPage;
