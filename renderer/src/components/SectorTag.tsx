import { SECTORS, type SectorKey } from '../../../shared/domain/fields';
import { useT } from '../i18n';

/** Sector colour (Okabe–Ito) plus its letter, so it survives greyscale and a weak beamer. */
export function SectorTag({ sector }: { sector: SectorKey | null }) {
  const t = useT();
  if (!sector) return null;
  const s = SECTORS.find((x) => x.key === sector)!;
  return (
    <span className="sector-tag" style={{ background: s.color, color: s.ink }} title={t.sector(sector)} aria-label={t.sector(sector)}>
      {s.letter}
    </span>
  );
}
