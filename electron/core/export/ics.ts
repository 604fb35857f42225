// iCalendar (RFC 5545) by hand: the `ics` package folds lines by characters, not octets, so a
// line with umlauts can exceed the 75-octet limit; the format is small enough to write directly.
import type { Action, ExportModel } from './model';
import { exportText, statusText } from './strings';
import { fieldName, formatDate, parseIsoDate, personalDataLine, txt } from './format';
import { boundedModel } from './sanitize';

const PRODID = '-//Selbstcheck-Werkstatt//Massnahmenplan-Export//DE';
const UID_DOMAIN = 'selbstcheck-werkstatt.invalid';

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function icsEscape(s: string): string {
  return (
    s
      .replace(/\r\n?/g, '\n')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
      // Other control characters are not allowed in TEXT values.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 sequence or a
 * surrogate pair; continuation lines start with one space, which counts towards their 75.
 */
export function icsFold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let curBytes = 0;
  let limit = 75;
  for (const ch of line) {
    // UTF-8 length from the code point (encoding each character allocated millions of arrays).
    const cp = ch.codePointAt(0)!;
    const b = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (curBytes + b > limit) {
      out.push(cur);
      cur = '';
      curBytes = 0;
      limit = 74;
    }
    cur += ch;
    curBytes += b;
  }
  out.push(cur);
  return out.join('\r\n ');
}

function dateValue(iso: string): string {
  return iso.replace(/-/g, '');
}

function nextDay(iso: string): string {
  const p = parseIsoDate(iso)!;
  const d = new Date(Date.UTC(p.y, p.m - 1, p.d + 1));
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

function utcStamp(iso: string): string {
  const d = new Date(iso);
  const v = Number.isNaN(d.getTime()) ? new Date(0) : d;
  return v
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function uidPart(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The workshop's identifier as a UID prefix ("ws-3f2a9c…-"), or '' when the model has none. */
function workshopPrefix(uid: string | null | undefined): string {
  const clean = String(uid ?? '')
    .replace(/[^A-Za-z0-9-]/g, '')
    .slice(0, 64);
  return clean ? `ws-${clean}-` : '';
}

/**
 * Stable UID from the workshop's uid and the action id: re-exporting updates the same calendar
 * entry, and the same action number in another workshop is another entry.
 */
export function actionUid(a: Action, workshopUid?: string | null): string {
  return `${workshopPrefix(workshopUid)}massnahme-${uidPart(a.id)}-frist@${UID_DOMAIN}`;
}

function event(lines: string[], props: [string, string][]) {
  lines.push('BEGIN:VEVENT');
  for (const [k, v] of props) lines.push(`${k}:${v}`);
  lines.push('END:VEVENT');
}

export function exportIcs(input: ExportModel): string {
  const model = boundedModel(input);
  const L = model.locale;
  const t = exportText(L);
  const stamp = utcStamp(model.generatedAt);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsEscape(t('exportText.icsCalendarName', { municipality: model.workshop.municipality }))}`,
    `X-WR-CALDESC:${icsEscape(`${t('exportText.personalDataLabel')}: ${personalDataLine(model)}`)}`,
  ];
  model.actions.forEach((a, i) => {
    // Invalid dates are skipped rather than guessed: a wrong deadline is worse than none.
    if (!parseIsoDate(a.due)) return;
    const due = a.due!.trim();
    const desc = [
      txt(a.description),
      a.field ? `${t('exportText.fieldCol')}: ${fieldName(a.field, L)}` : '',
      txt(a.responsible) ? `${t('exportText.responsibleCol')}: ${txt(a.responsible)}` : '',
      txt(a.partners) ? `${t('exportText.partnersCol')}: ${txt(a.partners)}` : '',
      txt(a.indicator) ? `${t('exportText.indicatorCol')}: ${txt(a.indicator)}` : '',
      a.start && parseIsoDate(a.start) ? `${t('exportText.startCol')}: ${formatDate(a.start, L)}` : '',
      `${t('exportText.statusCol')}: ${statusText(t, a.status)}`,
      `${t('exportText.noCol')} ${i + 1} – ${model.workshop.name}`,
    ]
      .filter(Boolean)
      .join('\n');
    const props: [string, string][] = [
      ['UID', actionUid(a, model.workshop.uid)],
      ['DTSTAMP', stamp],
      ['DTSTART;VALUE=DATE', dateValue(due)],
      ['DTEND;VALUE=DATE', nextDay(due)],
      ['SUMMARY', icsEscape(t('exportText.icsDueSummary', { title: txt(a.title) }))],
      ['DESCRIPTION', icsEscape(desc)],
      // A deadline should not block the day in anyone's free/busy view.
      ['TRANSP', 'TRANSPARENT'],
    ];
    if (a.field) props.push(['CATEGORIES', icsEscape(fieldName(a.field, L))]);
    if (a.status === 'zurueckgestellt') props.push(['STATUS', 'TENTATIVE']);
    else props.push(['STATUS', 'CONFIRMED']);
    event(lines, props);
  });
  const review = model.workshop.nextReview;
  if (review && parseIsoDate(review)) {
    event(lines, [
      [
        'UID',
        `${workshopPrefix(model.workshop.uid)}ueberpruefung-${dateValue(model.workshop.date)}-${encodeURIComponent(model.workshop.municipality).slice(0, 60)}@${UID_DOMAIN}`,
      ],
      ['DTSTAMP', stamp],
      ['DTSTART;VALUE=DATE', dateValue(review.trim())],
      ['DTEND;VALUE=DATE', nextDay(review.trim())],
      ['SUMMARY', icsEscape(t('exportText.icsReviewSummary', { municipality: model.workshop.municipality }))],
      ['DESCRIPTION', icsEscape(`${t('exportText.icsReviewDescription')}\n${model.workshop.name}`)],
      ['TRANSP', 'TRANSPARENT'],
    ]);
  }
  lines.push('END:VCALENDAR');
  return lines.map(icsFold).join('\r\n') + '\r\n';
}
