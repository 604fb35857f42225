/** The join QR code from the module matrix the core computed (no inline markup, CSP-safe). */
export function QrCode({
  size,
  modules,
  label,
  className,
  testId = 'join-qr',
}: {
  size: number;
  modules: string;
  label: string;
  className?: string;
  testId?: string;
}) {
  // one path of unit squares; a quiet zone of 4 modules as the standard asks
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (modules[y * size + x] === '1') d += `M${x + 4} ${y + 4}h1v1h-1z`;
  }
  const n = size + 8;
  return (
    <svg className={className} viewBox={`0 0 ${n} ${n}`} role="img" aria-label={label} shapeRendering="crispEdges" data-testid={testId}>
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
