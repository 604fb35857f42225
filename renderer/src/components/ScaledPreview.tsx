import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its child at a real projector size (1280×800) and scales it down to fit, so the
 * facilitator's preview is pixel for pixel what the room sees, charts included.
 */
export function ScaledPreview({ children, width = 1280, height = 800 }: { children: ReactNode; width?: number; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.2);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setScale(el.clientWidth / width));
    ro.observe(el);
    return () => ro.disconnect();
  }, [width]);
  return (
    <div ref={ref} className="preview-frame" style={{ aspectRatio: `${width} / ${height}` }}>
      <div style={{ width, height, transform: `scale(${scale})`, transformOrigin: '0 0' }}>{children}</div>
    </div>
  );
}

const SIZE_KEY = 'werkstatt-projector-size';

/** The projector window tells every other window its size, so the preview lays out the same pages. */
export function useReportProjectorSize(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const report = () => localStorage.setItem(SIZE_KEY, `${window.innerWidth}x${window.innerHeight}`);
    report();
    window.addEventListener('resize', report);
    return () => window.removeEventListener('resize', report);
  }, [active]);
}

/** The room's screen size as the projector window last reported it (1280×800 until one opens). */
export function useProjectorSize(): { width: number; height: number } {
  const read = () => {
    const m = /^(\d+)x(\d+)$/.exec(localStorage.getItem(SIZE_KEY) ?? '');
    const w = m ? Number(m[1]) : 0,
      h = m ? Number(m[2]) : 0;
    return w >= 320 && h >= 200 ? { width: w, height: h } : { width: 1280, height: 800 };
  };
  const [size, setSize] = useState(read);
  useEffect(() => {
    const on = (e: StorageEvent) => e.key === SIZE_KEY && setSize(read());
    window.addEventListener('storage', on);
    return () => window.removeEventListener('storage', on);
  }, []);
  return size;
}
