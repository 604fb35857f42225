/** A score or weight with at most two decimals, "–" when there is none. */
export function formatScore(n: number | null, locale: 'de' | 'en'): string {
  return n === null ? '–' : n.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2 });
}
