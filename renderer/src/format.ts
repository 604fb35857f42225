// German formats for people (24.11.2026, 72,5 %); machine formats stay in exports.
const NNBSP = '\u202f';

export function formatDate(iso: string | null | undefined, locale: 'de' | 'en' = 'de'): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (!y || !m || !d) return iso;
  return locale === 'de' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`;
}

export function formatPercent(value: number | null | undefined, locale: 'de' | 'en' = 'de'): string {
  if (value === null || value === undefined) return '–';
  const s = value.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 });
  return locale === 'de' ? `${s}${NNBSP}%` : `${s}%`;
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
