// DOCX via the `docx` package: the same structure as the PDF, but editable — real heading styles
// (navigation pane, table of contents), real tables whose header row repeats on every page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableLayoutType,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import hyphenDe from 'hyphen/de';
import hyphenEn from 'hyphen/en-gb';
import type { Action, ExportLocale, ExportModel } from './model';
import { exportText, statusText, effectLevelText, type ExportText } from './strings';
import {
  fieldName,
  fieldNumbered,
  formatDate,
  formatNumber,
  formatPercent,
  formatTimestamp,
  exportToday,
  isOverdue,
  orderedAttendance,
  orderedFieldResults,
  orderedIdeas,
  ideaColumns,
  ideaTitle,
  originLine,
  periodText,
  personalDataLine,
  sectorInfo,
  txt,
  wirkungsstufeLabel,
} from './format';
import { updateRows } from './table';
import { boundedModel } from './sanitize';
import { agendaRows, agendaSummary } from './agenda';

// Arial is on every Windows PC and maps to Liberation Sans in LibreOffice; Atkinson Hyperlegible
// is not installed on municipal PCs and Word cannot embed WOFF.
const FONT = 'Arial';
const HEADER_FILL = 'DCE6F0';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8A99A8' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
// A4 in twips (1/20 pt); margins 2 cm.
const A4_W = 11906;
const A4_H = 16838;
const MARGIN = 1134;

type RunOpts = Omit<IRunOptions, 'text' | 'children' | 'break'>;

const BAR = '2F5D7C'; // the PDF's neutral slate blue: low values are potentials, not alarms
const TRACK = 'E3E8EE';
const AMBER = '8A5300'; // "überfällig": a reminder, not an alarm (6.3:1 on white)
const MUTED = '4A5560';
/** Plan table: 9 pt text, 8 pt details (half-points). */
const PLAN_SIZE = 18;
const DETAIL_SIZE = 16;

// Soft hyphens (U+00AD) only where they are needed: words of 10+ letters in the plan's narrow
// columns (field, responsible/partners, resources, status). Word's and LibreOffice's own hyphenation
// (autoHyphenation below) needs an installed German dictionary, which a PC may lack; without one
// "Antidiskriminierungsberatungsstelle" breaks mid-word without a hyphen in a 4 cm column.
// Everywhere else (headings, body text, the wide action column) the text stays clean, so
// copying it into other systems does not carry invisible characters along.
let cellLocale: ExportLocale | null = null;
const LONG_WORD = /[\p{L}]{10,}/gu;
function softHyphens(s: string): string {
  if (!cellLocale) return s;
  const h = cellLocale === 'de' ? hyphenDe : hyphenEn;
  return s.replace(LONG_WORD, (w) => h.hyphenateSync(w));
}

/** Text with line breaks as runs: a Word line break (<w:br/>) per "\n". `narrow`: soft hyphens in long words. */
function runs(text: string, opts: RunOpts = {}, narrow = false): TextRun[] {
  const s = txt(text);
  return (narrow ? softHyphens(s) : s).split('\n').map((line, i) => new TextRun({ ...opts, text: line, break: i > 0 ? 1 : undefined }));
}

function p(text: string, opts: RunOpts = {}, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) {
  return new Paragraph({ ...extra, children: runs(text, opts) });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) {
  return new Paragraph({ heading: level, children: runs(text.replace(/\s*\n\s*/g, ' ')), keepNext: true });
}

function labelled(label: string, value: string, size?: number) {
  return new Paragraph({
    spacing: size ? { after: 0 } : undefined,
    children: [new TextRun({ text: `${label}: `, bold: true, size }), ...runs(value, { size })],
  });
}

interface CellOpts {
  header?: boolean;
  width?: number;
  align?: 'left' | 'right';
  /** Compact plan table: 9 pt, small padding. */
  compact?: boolean;
  /** Narrow column: soft hyphens in long words. */
  narrow?: boolean;
}

function cell(children: Paragraph[] | string, opts: CellOpts = {}) {
  const paras =
    typeof children === 'string'
      ? [
          new Paragraph({
            alignment: opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
            spacing: opts.compact ? { after: 0 } : undefined,
            children: runs(children, { bold: opts.header, size: opts.compact ? PLAN_SIZE : undefined }, opts.narrow),
          }),
        ]
      : children;
  return new TableCell({
    children: paras.length ? paras : [new Paragraph('')],
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    shading: opts.header ? { fill: HEADER_FILL, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    margins: opts.compact ? { top: 30, bottom: 30, left: 70, right: 70 } : { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** A table whose first row repeats on each page and whose rows never split across pages. */
function table(
  headers: string[],
  widths: number[],
  rows: (Paragraph[] | string)[][],
  align: ('left' | 'right')[] = [],
  o: { compact?: boolean; narrow?: boolean[] } = {},
) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell(h, { header: true, width: widths[i], compact: o.compact })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, i) => cell(c, { width: widths[i], align: align[i], compact: o.compact, narrow: o.narrow?.[i] })),
          }),
      ),
    ],
  });
}

/**
 * The self-check profile as a bar chart without images: one table row per field, the bar a shaded
 * cell spanning a share of 50 grid columns (2 % steps; Word allows 63 columns), the rest a light
 * track, the value next to it. Editable, readable by screen readers as a table, and the same in
 * Word and LibreOffice. White horizontal borders separate the bars.
 */
const CHART_UNITS = 50;
function profileChart(fields: ReturnType<typeof orderedFieldResults>, L: ExportLocale, noScore: string): Table {
  const total = A4_W - 2 * MARGIN;
  const labelW = 3400;
  const valueW = 1900;
  const unit = Math.floor((total - labelW - valueW) / CHART_UNITS);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
  const gap = { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' } as const;
  const m = { top: 20, bottom: 20, left: 0, right: 0 };
  const small = (text: string, extra: RunOpts = {}, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new Paragraph({ alignment: align, spacing: { after: 0 }, children: [new TextRun({ text, size: PLAN_SIZE, ...extra })] });
  const shaded = (fill: string, span: number) =>
    new TableCell({
      columnSpan: span,
      width: { size: span * unit, type: WidthType.DXA },
      shading: { fill, type: ShadingType.CLEAR, color: 'auto' },
      margins: m,
      children: [small('')],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: labelW + valueW + CHART_UNITS * unit, type: WidthType.DXA },
    columnWidths: [labelW, ...Array.from({ length: CHART_UNITS }, () => unit), valueW],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: gap, insideVertical: none },
    rows: fields.map((f) => {
      const k = f.score === null ? 0 : Math.max(0, Math.min(CHART_UNITS, Math.round((f.score / 100) * CHART_UNITS)));
      const value = f.score === null ? noScore : `${formatPercent(f.score, L)} · n = ${f.answered}`;
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: labelW, type: WidthType.DXA }, margins: { ...m, right: 100 }, children: [small(fieldNumbered(f.key, L))] }),
          ...(k > 0 ? [shaded(BAR, k)] : []),
          ...(k < CHART_UNITS ? [shaded(TRACK, CHART_UNITS - k)] : []),
          new TableCell({ width: { size: valueW, type: WidthType.DXA }, margins: { ...m, left: 100 }, children: [small(value, { bold: f.score !== null })] }),
        ],
      });
    }),
  });
}

function actionCell(a: Action, L: ExportModel['locale']): Paragraph[] {
  const t = exportText(L);
  const out: Paragraph[] = [new Paragraph({ spacing: { after: 20 }, children: runs(a.title, { bold: true, size: PLAN_SIZE }) })];
  if (txt(a.description)) out.push(p(a.description!, { size: PLAN_SIZE }, { spacing: { after: 20 } }));
  // Details in 8 pt, one labelled line each (like the PDF): effect, level, indicator; origin muted.
  const add = (label: string, v: string | null | undefined) => {
    if (txt(v)) out.push(labelled(label, txt(v), DETAIL_SIZE));
  };
  add(t('exportText.effectCol'), a.effect);
  const level = [a.effectLevel ? effectLevelText(t, a.effectLevel) : '', wirkungsstufeLabel(a, L)].filter(Boolean).join(' · ');
  add(t('exportText.effectLevelCol'), level);
  add(t('exportText.indicatorCol'), a.indicator);
  const o = originLine(a, L);
  if (o) out.push(p(`${t('exportText.originCol')}: ${o}`, { size: DETAIL_SIZE, color: MUTED }, { spacing: { after: 0 } }));
  return out;
}

/** The catalogue's "Seite {page} von {pages}" with Word's page fields in place of the numbers (control characters mark where they go). */
function pageOfFields(t: ExportText): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  const text = t('exportText.pageOf', { page: '\u0001', pages: '\u0002' });
  return text
    .split(/([\u0001\u0002])/)
    .filter(Boolean)
    .map((part) => (part === '\u0001' ? PageNumber.CURRENT : part === '\u0002' ? PageNumber.TOTAL_PAGES : part));
}

export async function exportDocx(input: ExportModel): Promise<Uint8Array> {
  const model = boundedModel(input);
  const L = model.locale;
  const t = exportText(L);
  const w = model.workshop;
  const lang = L === 'de' ? 'de-DE' : 'en-GB';
  cellLocale = L;
  const q = (s: string) => t('exportText.quote', { text: s });

  // --- Section 1: cover, results, strengths, next steps (portrait)
  const front: (Paragraph | Table)[] = [];
  front.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(`${t('exportText.docTitle')}: ${w.municipality}`.replace(/\n/g, ' ')) }));
  front.push(p(t('exportText.docSubtitle'), { size: 26 }));
  front.push(p(q(txt(w.name)), { size: 26, bold: true }, { spacing: { after: 240 } }));
  front.push(labelled(t('exportText.date'), formatDate(w.date, L)));
  if (txt(w.place)) front.push(labelled(t('exportText.place'), txt(w.place)));
  if (txt(w.facilitator)) front.push(labelled(t('exportText.facilitator'), txt(w.facilitator)));
  if (w.nextReview) front.push(labelled(t('exportText.nextReview'), formatDate(w.nextReview, L)));

  front.push(heading(t('exportText.participants'), HeadingLevel.HEADING_2));
  const att = orderedAttendance(model);
  if (att.length) {
    const total = att.reduce((n, a) => n + a.count, 0);
    front.push(
      table(
        [t('exportText.participants'), t('exportText.countCol')],
        [80, 20],
        att.map((a) => [
          [new Paragraph({ children: [new TextRun({ text: `${a.sector.letter}  `, bold: true, color: a.sector.color.slice(1) }), new TextRun(a.sector[L])] })],
          String(a.count),
        ]),
        ['left', 'right'],
      ),
    );
    front.push(p(t('exportText.participantsTotal', { count: total }), {}, { spacing: { before: 120 } }));
  } else front.push(p(t('exportText.noAttendance')));
  front.push(p(`${t('exportText.personalDataLabel')}: ${personalDataLine(model)}`, { italics: true, size: 18 }, { spacing: { before: 240 } }));

  front.push(heading(t('exportText.profileTitle'), HeadingLevel.HEADING_1));
  if (model.results) {
    const r = model.results;
    front.push(p(t('exportText.profileIntro', { respondents: r.respondents, questions: r.questions }), {}, { spacing: { after: 120 } }));
    front.push(profileChart(orderedFieldResults(r.fields), L, t('exportText.noScore')));
    front.push(p(t('exportText.profileChartCaption'), { italics: true, size: 18 }, { spacing: { before: 80, after: 200 } }));
    front.push(
      table(
        [t('exportText.fieldCol'), t('exportText.scoreCol'), t('exportText.answeredCol'), t('exportText.dontKnowCol'), t('exportText.skippedCol')],
        [36, 12, 18, 17, 17],
        orderedFieldResults(r.fields).map((f) => [
          fieldNumbered(f.key, L),
          f.score === null ? t('exportText.noScore') : formatPercent(f.score, L),
          String(f.answered),
          String(f.dontKnow),
          String(f.skipped),
        ]),
        ['left', 'right', 'right', 'right', 'right'],
      ),
    );
  } else front.push(p(t('exportText.noResults')));

  front.push(heading(t('exportText.strengthsTitle'), HeadingLevel.HEADING_1));
  if (model.strengths.themes.length) {
    for (const th of model.strengths.themes) {
      front.push(heading(th.label, HeadingLevel.HEADING_3));
      if (!th.cards.length) front.push(p(t('exportText.noCards')));
      for (const c of th.cards) {
        const s = sectorInfo(c.sector);
        const tags = [s ? `${s.letter} · ${s[L]}` : '', fieldName(c.field, L)].filter(Boolean).join('; ');
        front.push(
          new Paragraph({
            bullet: { level: 0 },
            children: [...runs(c.text), ...(tags ? [new TextRun({ text: ` (${tags})`, color: '4A5560', size: 18 })] : [])],
          }),
        );
      }
    }
  } else front.push(p(t('exportText.noStrengths')));

  front.push(heading(t('exportText.ideasTitle'), HeadingLevel.HEADING_1));
  if (txt(model.ideas.method)) front.push(labelled(t('exportText.method'), txt(model.ideas.method)));
  const ideaList = orderedIdeas(model);
  if (ideaList.length) {
    const { hasRating, hasScore, headers } = ideaColumns(ideaList, L);
    const widths = hasRating ? [8, 36, 24, 8, 8, 8, 8] : [8, 50, 30, 12];
    front.push(
      table(
        headers,
        widths,
        ideaList.map((s) => [
          s.rank == null ? '–' : String(s.rank),
          ideaTitle(s, L),
          fieldName(s.field, L),
          String(s.dots),
          ...(hasRating ? [s.impact == null ? '' : String(s.impact), s.effort == null ? '' : String(s.effort)] : []),
          ...(hasScore ? [s.score == null ? '' : formatNumber(s.score, L, 2)] : []),
        ]),
        ['right', 'left', 'left', 'right', 'right', 'right', 'right'],
      ),
    );
  } else front.push(p(t('exportText.noIdeas')));

  if (model.agenda?.items.length) {
    // The run of show: plan against the timer's times (no section without an agenda).
    const run = model.agenda;
    front.push(heading(t('exportText.agendaTitle'), HeadingLevel.HEADING_1));
    const lines = agendaSummary(run, t);
    lines.forEach((l, i) => front.push(p(l, {}, { spacing: { after: i === lines.length - 1 ? 120 : 0 } })));
    const rows = agendaRows(run, t);
    const title = (r: (typeof rows)[number]) => [new Paragraph({ spacing: { after: 0 }, children: runs(r.title, { italics: r.pause, size: PLAN_SIZE }) })];
    front.push(
      run.started
        ? table(
            [
              t('exportText.noCol'),
              t('exportText.agendaItemCol'),
              t('exportText.agendaPlannedCol'),
              t('exportText.agendaActualCol'),
              t('exportText.agendaDurationCol'),
              t('exportText.agendaDeltaCol'),
            ],
            [5, 33, 17, 16, 15, 14],
            rows.map((r) => [String(r.no), title(r), r.planned, r.actual, r.duration, r.delta]),
            ['right', 'left', 'left', 'left', 'left', 'right'],
            { compact: true },
          )
        : table(
            [t('exportText.noCol'), t('exportText.agendaItemCol'), t('exportText.agendaPlannedCol')],
            [6, 64, 30],
            rows.map((r) => [String(r.no), title(r), r.planned]),
            ['right'],
            { compact: true },
          ),
    );
  }

  // --- Section 2: action plan and updates (landscape: the table needs the width)
  const plan: (Paragraph | Table)[] = [heading(t('exportText.actionsTitle'), HeadingLevel.HEADING_1)];
  if (model.actions.length) {
    const today = exportToday(model);
    const small = (text: string, extra: RunOpts = {}, narrow = false) =>
      new Paragraph({ spacing: { after: 20 }, children: runs(text, { size: PLAN_SIZE, ...extra }, narrow) });
    plan.push(
      table(
        [
          t('exportText.noCol'),
          t('exportText.actionCol'),
          t('exportText.fieldCol'),
          `${t('exportText.responsibleCol')} / ${t('exportText.partnersCol')}`,
          t('exportText.periodCol'),
          t('exportText.resourcesCol'),
          t('exportText.statusCol'),
        ],
        // Like the PDF: the action cell carries the details, the narrow columns the facts.
        [3, 44, 11, 14, 10, 10, 8],
        model.actions.map((a, i) => [
          String(i + 1),
          actionCell(a, L),
          fieldName(a.field, L),
          [...(txt(a.responsible) ? [small(a.responsible!, { bold: true }, true)] : []), ...(txt(a.partners) ? [small(a.partners!, {}, true)] : [])],
          [
            small(periodText(a, L)),
            // Same rule as the app: past due, not done, not postponed; "today" = export date.
            ...(isOverdue(a, today) ? [small(t('exportText.overdue'), { bold: true, color: AMBER })] : []),
          ],
          txt(a.resources),
          [
            small(statusText(t, a.status), {}, true),
            ...(a.priority != null ? [small(`${t('exportText.priorityCol')} ${a.priority}`, { size: DETAIL_SIZE, color: MUTED })] : []),
          ],
        ]),
        ['right', 'left', 'left', 'left', 'left', 'left', 'left'],
        { compact: true, narrow: [false, false, true, true, false, true, false] },
      ),
    );
  } else plan.push(p(t('exportText.noActions')));

  plan.push(heading(t('exportText.updatesTitle'), HeadingLevel.HEADING_2));
  const ups = updateRows(model.actions, L);
  if (ups.length) {
    plan.push(
      table(
        [t('exportText.noCol'), t('exportText.actionCol'), t('exportText.updateDateCol'), t('exportText.statusCol'), t('exportText.updateNoteCol')],
        [5, 30, 12, 11, 42],
        ups.map((u) => [String(u.no), u.title, formatDate(u.date, L), u.status, u.note]),
        ['right'],
        { compact: true },
      ),
    );
  } else plan.push(p(t('exportText.noUpdates')));
  plan.push(p(`${t('exportText.personalDataLabel')}: ${personalDataLine(model)}`, { italics: true, size: 18 }, { spacing: { before: 240 } }));
  plan.push(p(t('exportText.generatedAt', { date: formatTimestamp(model.generatedAt, L) }), { italics: true, size: 18 }));

  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${txt(w.municipality)} · ${formatDate(w.date, L)} · `, size: 16, color: '4A5560' }),
          // Page fields: Word and LibreOffice fill them in ("Seite 3 von 9").
          new TextRun({
            children: pageOfFields(t),
            size: 16,
            color: '4A5560',
          }),
        ],
      }),
    ],
  });
  const margins = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN };

  const doc = new Document({
    creator: 'Selbstcheck-Werkstatt',
    hyphenation: { autoHyphenation: true },
    title: `${t('exportText.docTitle')}: ${txt(w.municipality)}`,
    description: t('exportText.docSubtitle'),
    styles: {
      default: {
        document: { run: { font: FONT, size: 21, language: { value: lang } }, paragraph: { spacing: { after: 80 } } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: '1F3A52' }, paragraph: { spacing: { before: 360, after: 160 } } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '1F3A52' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: FONT, size: 23, bold: true, color: '1F3A52' }, paragraph: { spacing: { before: 200, after: 80 } } },
        title: { run: { font: FONT, size: 44, bold: true, color: '1F3A52' }, paragraph: { spacing: { after: 160 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: A4_W, height: A4_H }, margin: margins } },
        footers: { default: footer },
        children: front,
      },
      {
        properties: { page: { size: { width: A4_W, height: A4_H, orientation: PageOrientation.LANDSCAPE }, margin: margins } },
        footers: { default: footer },
        children: plan,
      },
    ],
  });
  cellLocale = null;
  const buf = await Packer.toBuffer(doc);
  return new Uint8Array(buf);
}
