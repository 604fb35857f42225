import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

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
