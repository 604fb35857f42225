import type React from 'react';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { useHyphenation } from './hyphenate';
import { useProjectorPage } from './pageClock';

/** Greedy: items in order into columns of height `h`; an item taller than `h` gets a column of its own. */
export function packColumns(heights: number[], h: number, gap: number): number[][] {
  const cols: number[][] = [];
  let cur: number[] = [];
  let used = 0;
  heights.forEach((ht, i) => {
    if (cur.length && used + gap + ht > h + 0.5) {
      cols.push(cur);
      cur = [];
      used = 0;
    }
    used = cur.length ? used + gap + ht : ht;
    cur.push(i);
  });
  if (cur.length) cols.push(cur);
  return cols.length ? cols : [[]];
}

/**
 * A projector list that never cuts text: every item is measured at the real column width with
 * its whole text, then the items are packed in order into `cols` columns per page; what does not
 * fit goes to the next page ("Seite 2 von 3"), which the facilitator turns (useProjectorPage).
 * Layout sizes, not getBoundingClientRect: the preview is the same view scaled by a transform.
 */
export function PagedColumns({
  items,
  cols = 1,
  listClass,
  testId,
  foot,
}: {
  items: { key: string | number; node: ReactNode }[];
  cols?: number;
  listClass: string;
  testId?: string;
  /** Shown under the list on every page (a legend). */
  foot?: ReactNode;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(0);
  const hy = useHyphenation();
  const [pages, setPages] = useState<number[][][]>([[items.map((_, i) => i)]]);
  const sig = items.map((x) => x.key).join(',');

  useLayoutEffect(() => {
    const el = box.current;
    const m = measure.current;
    if (!el || !m) return;
    const H = el.clientHeight;
    if (!H) return;
    const list = m.querySelector<HTMLElement>('ul')!;
    const gap = parseFloat(getComputedStyle(list).rowGap) || 0;
    const heights = [...list.children].map((li) => (li as HTMLElement).offsetHeight);
    // The page footer sits outside the box: once it appears the box shrinks and this runs again.
    const columns = packColumns(heights, H, gap);
    const next: number[][][] = [];
    for (let i = 0; i < columns.length; i += cols) next.push(columns.slice(i, i + cols));
    setPages((cur) => (JSON.stringify(cur) === JSON.stringify(next) ? cur : next));
  }, [sig, size, hy, cols, t.locale, items]);
  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const ro = new ResizeObserver(() => setSize(el.clientWidth * 10000 + el.clientHeight));
    ro.observe(el);
    void document.fonts?.ready.then(() => setSize((s) => s + 0.5));
    return () => ro.disconnect();
  }, []);

  const page = useProjectorPage(pages.length);
  const shown = pages[Math.min(page, pages.length - 1)] ?? [[]];
  return (
    <div className="pg" data-testid={testId} data-page={page + 1} data-pages={pages.length} style={{ '--pg-cols': cols } as React.CSSProperties}>
      <div className="pg-box" ref={box}>
        <div className="pg-cols">
          {shown.map((col, c) => (
            <ul className={`pg-col ${listClass}`} key={c}>
              {col
                .filter((i) => i < items.length)
                .map((i) => (
                  <li key={items[i].key}>{items[i].node}</li>
                ))}
            </ul>
          ))}
        </div>
        <div ref={measure} className="pg-measure" aria-hidden="true">
          <ul className={`pg-col ${listClass}`}>
            {items.map((x) => (
              <li key={x.key}>{x.node}</li>
            ))}
          </ul>
        </div>
      </div>
      {(pages.length > 1 || foot) && (
        <div className="pg-foot">
          {foot}
          {pages.length > 1 && (
            <p className="pg-page" data-testid="proj-page">
              {t('projector.page', { page: page + 1, pages: pages.length })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
