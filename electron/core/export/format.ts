// Formatting shared by all exports: German dates and numbers, field/sector names, the personal-data
// line, and the canonical order of things.
import { FIELDS, FIELD_KEYS, SECTORS, isOverdue as isOverdueRule, type FieldKey, type SectorKey } from '../../../shared/domain/fields';
import type { Action, ExportLocale, ExportModel, FieldResult, Idea } from './model';
import { exportText, joinList } from './strings';

/** Narrow no-break space, used before % in German (ux.md: "72,5 %"). */
export const NNBSP = '\u202F';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` strictly (also rejects 2026-02-30); `null` otherwise. */
export function parseIsoDate(s: string | null | undefined): { y: number; m: number; d: number } | null {
  if (!s) return null;
  const m = ISO_DATE.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return { y, m: mo, d };
}

/** UTC midnight of an ISO date: spreadsheet libraries turn this into a whole-day serial. */
export function isoDateToUtc(s: string | null | undefined): Date | null {
  const p = parseIsoDate(s);
  return p ? new Date(Date.UTC(p.y, p.m - 1, p.d)) : null;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 24.11.2026 (de) / 24 Nov 2026 (en). Unparseable input is shown as given rather than dropped. */
export function formatDate(s: string | null | undefined, locale: ExportLocale): string {
  if (!s) return '';
  const p = parseIsoDate(s);
  if (!p) return s;
  if (locale === 'en') return `${p.d} ${EN_MONTHS[p.m - 1]} ${p.y}`;
  return `${String(p.d).padStart(2, '0')}.${String(p.m).padStart(2, '0')}.${p.y}`;
}

/** Date and time of an ISO timestamp in Europe/Berlin: "24.11.2026, 14:30". */
export function formatTimestamp(iso: string, locale: ExportLocale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const loc = locale === 'de' ? 'de-DE' : 'en-GB';
  const parts = new Intl.DateTimeFormat(loc, {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: locale === 'de' ? '2-digit' : 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const time = `${get('hour')}:${get('minute')}`;
  if (locale === 'de') return `${get('day')}.${get('month')}.${get('year')}, ${time}`;
  return `${Number(get('day'))} ${get('month')} ${get('year')}, ${time}`;
}

export function formatNumber(n: number, locale: ExportLocale, maxFraction = 1): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: maxFraction }).format(n);
}

/** 72,5 % (narrow no-break space) / 72.5% */
export function formatPercent(n: number, locale: ExportLocale): string {
  const v = formatNumber(n, locale, 1);
  return locale === 'de' ? `${v}${NNBSP}%` : `${v}%`;
}

export function fieldName(key: FieldKey | null | undefined, locale: ExportLocale): string {
  if (!key) return '';
  const f = FIELDS.find((x) => x.key === key);
  return f ? f[locale] : String(key);
}

export function fieldNumbered(key: FieldKey | null | undefined, locale: ExportLocale): string {
  if (!key) return '';
  const f = FIELDS.find((x) => x.key === key);
  return f ? `${f.number}. ${f[locale]}` : String(key);
}

export function sectorInfo(key: SectorKey | null | undefined) {
  return SECTORS.find((s) => s.key === key) ?? null;
}

export function sectorName(key: SectorKey | null | undefined, locale: ExportLocale): string {
  const s = sectorInfo(key);
  return s ? s[locale] : '';
}

/** Field results in the questionnaire's fixed order; missing fields appear with no score. */
export function orderedFieldResults(fields: FieldResult[]): FieldResult[] {
  return FIELD_KEYS.map((key) => {
    const f = fields.find((x) => x.key === key);
    if (!f) return { key, score: null, answered: 0, dontKnow: 0, skipped: 0 };
    // A NaN/Infinity score from a broken import must not print "NaN %".
    return { ...f, score: typeof f.score === 'number' && Number.isFinite(f.score) ? f.score : null };
  });
}

/** Attendance in the fixed sector order, zero counts dropped. */
export function orderedAttendance(model: ExportModel) {
  return SECTORS.map((s) => ({
    sector: s,
    count: model.workshop.attendance.filter((a) => a.sector === s.key).reduce((n, a) => n + (a.count || 0), 0),
  })).filter((a) => a.count > 0);
}

/** Ideas ("Nächste Schritte") by rank (ties keep their input order), unranked last. */
export function orderedIdeas(model: ExportModel) {
  return model.ideas.items
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.rank ?? Infinity) - (b.s.rank ?? Infinity) || a.i - b.i)
    .map((x) => x.s);
}

/**
 * The columns of the next-steps table: rank, step, field, dots, and the criteria columns only when
 * a method produced values ("Wert" only with a score: never an empty column).
 */
export function ideaColumns(ideaList: readonly Idea[], locale: ExportLocale): { hasRating: boolean; hasScore: boolean; headers: string[] } {
  const t = exportText(locale);
  const hasRating = ideaList.some((s) => s.impact != null || s.effort != null || s.score != null);
  const hasScore = ideaList.some((s) => s.score != null);
  const headers = [
    t('exportText.rankCol'),
    t('exportText.ideaCol'),
    t('exportText.fieldCol'),
    t('exportText.dotsCol'),
    ...(hasRating ? [t('exportText.impactCol'), t('exportText.effortCol')] : []),
    ...(hasScore ? [t('exportText.ideaScoreCol')] : []),
  ];
  return { hasRating, hasScore, headers };
}

/** A next step's title, with "(aus: Musterstadt)" when it was adopted from another municipality's package. */
export function ideaTitle(s: Idea, locale: ExportLocale): string {
  return s.source?.trim() ? `${s.title} (${exportText(locale)('exportText.ideaSource', { municipality: s.source.trim() })})` : s.title;
}

/** Number shown for an action ("1", "2", …): its position in the plan as given. */
export function actionNumber(index: number): string {
  return String(index + 1);
}

/** The personal-data line every export carries (ux.md "Trust"). */
export function personalDataLine(model: ExportModel): string {
  const t = exportText(model.locale);
  if (model.personalData && model.personalData.trim()) return model.personalData.trim();
  const parts: string[] = [];
  if (model.workshop.facilitator?.trim()) parts.push(t('exportText.pdFacilitator'));
  if (model.actions.some((a) => a.responsible?.trim())) parts.push(t('exportText.pdResponsible'));
  if (model.actions.some((a) => a.partners?.trim())) parts.push(t('exportText.pdPartners'));
  if (model.actions.some((a) => a.updates.some((u) => u.note?.trim()))) parts.push(t('exportText.pdUpdates'));
  return parts.length ? t('exportText.personalDataSome', { parts: joinList(parts, t('exportText.and')) }) : t('exportText.personalDataNone');
}

export function wirkungsstufeLabel(a: Action, locale: ExportLocale): string {
  if (!a.wirkungsstufe) return '';
  const t = exportText(locale);
  const label = a.wirkungsstufe >= 1 && a.wirkungsstufe <= 7 ? t(`exportText.wirkungsstufe.${a.wirkungsstufe}`) : '';
  return `${t('exportText.stufe', { stufe: a.wirkungsstufe })}: ${label}`;
}

export function originLine(a: Action, locale: ExportLocale): string {
  const o = a.origin;
  if (!o) return '';
  const t = exportText(locale);
  const q = (s: string) => t('exportText.quote', { text: s });
  const parts: string[] = [];
  if (o.idea?.trim()) parts.push(`${t('exportText.fromIdea')} ${q(o.idea.trim())}`);
  if (o.clusters?.length) parts.push(`${t('exportText.clusters')}: ${o.clusters.join(', ')}`);
  if (o.potentials?.length) parts.push(`${t('exportText.potentials')}: ${o.potentials.join(', ')}`);
  return parts.join('; ');
}

export function periodText(a: Action, locale: ExportLocale): string {
  const t = exportText(locale);
  const s = formatDate(a.start, locale);
  const d = formatDate(a.due, locale);
  if (s && d) return `${s} – ${d}`;
  if (s) return t('exportText.since', { date: s });
  if (d) return t('exportText.until', { date: d });
  return '';
}

/**
 * "Today" of an export: the calendar date of `generatedAt` in Europe/Berlin (the app's time zone),
 * so an export at 00:30 local time counts the new day. Unparseable timestamps fall back to their
 * first ten characters.
 */
export function exportToday(model: Pick<ExportModel, 'generatedAt'>): string {
  const d = new Date(model.generatedAt);
  if (Number.isNaN(d.getTime())) return String(model.generatedAt ?? '').slice(0, 10);
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/**
 * Overdue as the app marks it ("überfällig"): a valid due date before `today` and the action is
 * neither done nor postponed.
 */
export function isOverdue(a: Pick<Action, 'due' | 'status'>, today: string): boolean {
  // One rule for app and exports (shared/domain); a due date that is no real date is never overdue.
  return !!parseIsoDate(a.due) && isOverdueRule(a.due, a.status, today);
}

/** Most recent update by date (stable for equal dates: the later entry wins). */
export function lastUpdate(a: Action) {
  let best: Action['updates'][number] | null = null;
  for (const u of a.updates) if (!best || (u.date ?? '') >= (best.date ?? '')) best = u;
  return best;
}

/**
 * User text as every export wants it: CRLF/CR to LF, control characters that XML (DOCX, XLSX)
 * forbids and bidi controls removed, lone surrogates replaced, trimmed.
 */
export function txt(s: string | null | undefined): string {
  return (
    String(s ?? '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
      // Bidi embeddings, overrides, isolates and marks (see sanitize.ts): never in an export.
      .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
      .trim()
  );
}

/** A file-name-safe slug for suggested file names ("Maßnahmenplan_Beispielstadt_2026-11-24"). */
export function fileBaseName(model: ExportModel): string {
  const t = exportText(model.locale);
  const muni = model.workshop.municipality
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '')
    .trim()
    .replace(/\s+/g, '_');
  return [t('exportText.docTitle').replace(/\s+/g, '_'), muni, model.workshop.date].filter(Boolean).join('_');
}
