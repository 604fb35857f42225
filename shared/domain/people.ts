/**
 * The responsible office without a person's name, for what the room sees (projector) and what
 * leaves the municipality (exchange packages). The plan's convention is "Office (Person)", e.g.
 * "Integrationsbeauftragte (Dilara Sommerfeld)": text in round brackets is left out. A name
 * typed without brackets cannot be told from an office; the plan editor asks for the office.
 */
export function officeOnly(responsible: string | null | undefined): string | null {
  if (!responsible) return null;
  const office = responsible
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return office || null;
}
