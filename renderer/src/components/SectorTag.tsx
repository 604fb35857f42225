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

/** A legend for the sector letters, on every projector view that shows them. */
export function SectorLegend({ only, none = false }: { only?: Iterable<string | null>; none?: boolean }) {
  const t = useT();
  const used = only ? new Set(only) : null;
  const list = SECTORS.filter((s) => !used || used.has(s.key));
  if (!list.length && !none) return null;
  return (
    <p className="proj-sector-legend" data-testid="proj-sector-legend">
      {list.map((s) => (
        <span key={s.key} className="nowrap">
          <SectorTag sector={s.key as SectorKey} /> {t.sector(s.key)}
        </span>
      ))}
      {none && (
        <span className="nowrap">
          <span className="sector-tag sb-none">–</span> {t('prio.noSector')}
        </span>
      )}
    </p>
  );
}
