// The sections of the PDF, in document order: cover, self-check profile, strengths, next steps,
// run of show ("Ablauf"), action plan (landscape), progress log, closing lines, and the footers on every page.
import type { Action, ExportLocale } from '../model';
import { statusText, effectLevelText, type ExportText } from '../strings';
import {
  fieldName,
  fieldNumbered,
  formatDate,
  formatNumber,
  formatPercent,
  formatTimestamp,
  orderedAttendance,
  orderedFieldResults,
  orderedIdeas,
  originLine,
  periodText,
  exportToday,
  isOverdue,
  personalDataLine,
  sectorInfo,
  txt,
  wirkungsstufeLabel,
} from '../format';
import { updateRows } from '../table';
import { agendaRows, agendaSummary } from '../agenda';
import { heightOf, type Para } from './text-layout';
import { C, MARGIN, type Cell, type Col, type Writer } from './pages';

export function cover(w: Writer) {
  const { model, t, doc } = w;
  const L = model.locale;
  const ws = model.workshop;
  const q = (s: string) => t('exportText.quote', { text: s });
  // Band with the programme name.
  doc.rect(0, 0, w.pageW, 120).fill(C.accent);
  const band = w.te.layout([{ spans: [{ text: t('exportText.docSubtitle') }], size: 12, color: C.white }], w.contentW);
  w.te.draw(band, MARGIN, 48, w.contentW);
  w.y = 160;
  w.para({ spans: [{ text: t('exportText.docTitle'), bold: true }], size: 32, color: C.accent, after: 4 });
  w.para({ spans: [{ text: txt(ws.municipality), bold: true }], size: 22, color: C.ink, after: 10 });
  w.para({ spans: [{ text: q(txt(ws.name)) }], size: 14, color: C.ink, after: 18 });

  const kv = (k: string, v: string) => {
    if (!v) return;
    w.para([{ spans: [{ text: `${k}: `, bold: true }, { text: v }], size: 11.5, after: 3 }]);
  };
  kv(t('exportText.date'), formatDate(ws.date, L));
  kv(t('exportText.place'), txt(ws.place));
  kv(t('exportText.facilitator'), txt(ws.facilitator));
  kv(t('exportText.nextReview'), ws.nextReview ? formatDate(ws.nextReview, L) : '');

  w.y += 22;
  w.heading(t('exportText.participants'), 2);
  const att = orderedAttendance(model);
  if (!att.length) {
    w.text(t('exportText.noAttendance'), 11);
  } else {
    const total = att.reduce((n, a) => n + a.count, 0);
    w.text(t('exportText.participantsTotal', { count: total }), 11, { after: 8 });
    // One stacked bar: share of each sector, with the letter under each wide-enough segment so
    // the split survives greyscale printing.
    const barW = w.contentW;
    let x = MARGIN;
    const y = w.y;
    for (const a of att) {
      const sw = (a.count / total) * barW;
      doc.rect(x, y, sw, 18).fill(a.sector.color);
      if (sw >= 14) {
        const l = w.te.layout([{ spans: [{ text: a.sector.letter, bold: true }], size: 9, color: C.ink, align: 'center' }], sw);
        w.te.draw(l, x, y + 21, sw);
      }
      x += sw;
    }
    w.y = y + 40;
    // Legend as a small table-like list: swatch, letter, name, count.
    for (const a of att) {
      w.ensure(18);
      doc.rect(MARGIN, w.y + 2, 11, 11).fill(a.sector.color);
      w.para([{ spans: [{ text: `${a.sector.letter}  `, bold: true }, { text: `${a.sector[L]}: ${a.count}` }], size: 11, after: 3 }], {
        x: MARGIN + 18,
        width: w.contentW - 18,
      });
    }
  }
  // Personal-data line at the foot of the cover, where a reader decides whether to pass it on.
  const pd = w.te.layout(
    [{ spans: [{ text: `${t('exportText.personalDataLabel')}: `, bold: true }, { text: personalDataLine(model) }], size: 9, color: C.muted }],
    w.contentW,
  );
  const pdH = heightOf(pd);
  if (w.y + pdH + 10 > w.bottom) w.newPage();
  w.te.draw(pd, MARGIN, w.bottom - pdH, w.contentW);
}

export function profile(w: Writer) {
  const { model, t, doc } = w;
  const L = model.locale;
  w.heading(t('exportText.profileTitle'), 1);
  if (!model.results) {
    w.text(t('exportText.noResults'));
    return;
  }
  const r = model.results;
  w.text(t('exportText.profileIntro', { respondents: r.respondents, questions: r.questions }), 10.5, { after: 12 });

  // Horizontal bar chart in questionnaire order: label | bar track 0–100 % with value and n.
  const fields = orderedFieldResults(r.fields);
  const labelW = 190;
  const gap = 10;
  const x0 = MARGIN + labelW + gap;
  const trackW = w.contentW - labelW - gap;
  const barH = 22;
  const rowH = 34;
  const chartH = fields.length * rowH + 24;
  w.ensure(chartH + 20);
  const top = w.y;
  // Grid lines at 0/25/50/75/100 %.
  for (const pct of [0, 25, 50, 75, 100]) {
    const gx = x0 + (pct / 100) * trackW;
    doc
      .moveTo(gx, top - 2)
      .lineTo(gx, top + fields.length * rowH)
      .lineWidth(0.5)
      .strokeColor(C.grid)
      .dash(2, { space: 2 })
      .stroke()
      .undash();
    const lab = w.te.layout([{ spans: [{ text: formatPercent(pct, L) }], size: 8, color: C.muted, align: 'center' }], 40);
    w.te.draw(lab, gx - 20, top + fields.length * rowH + 4, 40);
  }
  fields.forEach((f, i) => {
    const y = top + i * rowH + (rowH - barH) / 2;
    const label = w.te.layout([{ spans: [{ text: fieldNumbered(f.key, L) }], size: 9.5, color: C.ink, lineGap: -0.1 }], labelW);
    const lh = heightOf(label);
    w.te.draw(label, MARGIN, y + (barH - lh) / 2, labelW);
    doc.rect(x0, y, trackW, barH).fill(C.track);
    const nText = `n${'\u00A0'}=${'\u00A0'}${f.answered}`;
    if (f.score === null) {
      const l = w.te.layout([{ spans: [{ text: `${t('exportText.noScore')} · ${nText}` }], size: 9.5, color: C.muted }], trackW - 12);
      w.te.draw(l, x0 + 6, y + (barH - heightOf(l)) / 2, trackW - 12);
      return;
    }
    const v = Math.max(0, Math.min(100, f.score));
    const fw = (v / 100) * trackW;
    if (fw > 0) doc.rect(x0, y, fw, barH).fill(C.bar);
    const value = `${formatPercent(f.score, L)} · ${nText}`;
    const inside = w.te.layout([{ spans: [{ text: value, bold: true }], size: 9.5, color: C.white, align: 'right' }], trackW);
    const vw = inside[0]?.width ?? 0;
    if (vw + 12 <= fw) {
      w.te.draw(inside, x0, y + (barH - heightOf(inside)) / 2, fw - 6);
    } else {
      const outside = w.te.layout([{ spans: [{ text: value, bold: true }], size: 9.5, color: C.ink }], trackW);
      w.te.draw(outside, x0 + fw + 6, y + (barH - heightOf(outside)) / 2, trackW);
    }
  });
  w.y = top + chartH;
  w.text(t('exportText.profileChartCaption'), 8.5, { color: C.muted, after: 12 });

  // The numbers behind the chart, including "don't know" and skipped answers.
  w.table(
    [
      { header: t('exportText.fieldCol'), width: 0.46 },
      { header: t('exportText.scoreCol'), width: 0.12, align: 'right' },
      { header: t('exportText.answeredCol'), width: 0.14, align: 'right' },
      { header: t('exportText.dontKnowCol'), width: 0.14, align: 'right' },
      { header: t('exportText.skippedCol'), width: 0.14, align: 'right' },
    ],
    fields.map((f) => [
      [{ spans: [{ text: fieldNumbered(f.key, L) }], size: 9 }],
      [{ spans: [{ text: f.score === null ? '–' : formatPercent(f.score, L) }], size: 9, align: 'right' }],
      [{ spans: [{ text: String(f.answered) }], size: 9, align: 'right' }],
      [{ spans: [{ text: String(f.dontKnow) }], size: 9, align: 'right' }],
      [{ spans: [{ text: String(f.skipped) }], size: 9, align: 'right' }],
    ]),
  );
}

export function strengths(w: Writer) {
  const { model, t, doc } = w;
  const L = model.locale;
  w.y += 10;
  w.heading(t('exportText.strengthsTitle'), 1);
  if (!model.strengths.themes.length) {
    w.text(t('exportText.noStrengths'));
    return;
  }
  for (const th of model.strengths.themes) {
    w.heading(th.label, 3);
    if (!th.cards.length) {
      w.text(t('exportText.noCards'), 10.5, { color: C.muted });
      continue;
    }
    for (const c of th.cards) {
      const s = sectorInfo(c.sector);
      const tags = [s ? `${s.letter} · ${s[L]}` : '', fieldName(c.field, L)].filter(Boolean).join(' · ');
      const paras: Para[] = [{ spans: [{ text: c.text }], size: 10.5 }];
      if (tags) paras.push({ spans: [{ text: tags }], size: 8.5, color: C.muted });
      paras[paras.length - 1].after = 5;
      const lines = w.te.layout(paras, w.contentW - 22);
      const h = heightOf(lines);
      w.ensure(h);
      // Bullet as a small square in the sector colour (letter is in the text for greyscale).
      doc.rect(MARGIN + 4, w.y + 4, 7, 7).fill(s ? s.color : C.muted);
      w.te.draw(lines, MARGIN + 22, w.y, w.contentW - 22);
      w.y += h;
    }
  }
}

export function ideas(w: Writer) {
  const { model, t } = w;
  const L = model.locale;
  w.y += 10;
  w.heading(t('exportText.ideasTitle'), 1);
  if (txt(model.ideas.method)) {
    w.para([{ spans: [{ text: `${t('exportText.method')}: `, bold: true }, { text: txt(model.ideas.method) }], size: 10.5, after: 8 }]);
  }
  const ideaList = orderedIdeas(model);
  if (!ideaList.length) {
    w.text(t('exportText.noIdeas'));
    return;
  }
  const rating = ideaList.some((s) => s.impact != null || s.effort != null || s.score != null);
  const hasScore = ideaList.some((s) => s.score != null);
  const cols: Col[] = rating
    ? [
        { header: t('exportText.rankCol'), width: 0.08, align: 'right' },
        { header: t('exportText.ideaCol'), width: hasScore ? 0.38 : 0.46 },
        { header: t('exportText.fieldCol'), width: 0.22 },
        { header: t('exportText.dotsCol'), width: 0.08, align: 'right' },
        { header: t('exportText.impactCol'), width: 0.08, align: 'right' },
        { header: t('exportText.effortCol'), width: 0.08, align: 'right' },
        // "Wert" only when a ranking method produced one (criteria); never an empty column.
        ...(hasScore ? [{ header: t('exportText.ideaScoreCol'), width: 0.08, align: 'right' } as Col] : []),
      ]
    : [
        { header: t('exportText.rankCol'), width: 0.08, align: 'right' },
        { header: t('exportText.ideaCol'), width: 0.5 },
        { header: t('exportText.fieldCol'), width: 0.3 },
        { header: t('exportText.dotsCol'), width: 0.12, align: 'right' },
      ];
  const num = (v: number | null | undefined, d = 0) => (v == null ? '–' : formatNumber(v, L, d));
  w.table(
    cols,
    ideaList.map((s) => {
      const row: Cell[] = [
        [{ spans: [{ text: s.rank == null ? '–' : `${s.rank}.`, bold: true }], size: 9.5, align: 'right' }],
        [
          {
            spans: [
              { text: s.title, bold: true },
              ...(s.source?.trim() ? [{ text: ` (${t('exportText.ideaSource', { municipality: s.source.trim() })})` }] : []),
            ],
            size: 9.5,
          },
        ],
        [{ spans: [{ text: fieldName(s.field, L) || '–' }], size: 9 }],
        [{ spans: [{ text: String(s.dots) }], size: 9.5, align: 'right' }],
      ];
      if (rating)
        row.push([{ spans: [{ text: num(s.impact) }], size: 9.5, align: 'right' }], [{ spans: [{ text: num(s.effort) }], size: 9.5, align: 'right' }]);
      if (rating && hasScore) row.push([{ spans: [{ text: num(s.score, 2) }], size: 9.5, align: 'right' }]);
      return row;
    }),
  );
}

/** The run of show: plan against the timer's times; nothing without agenda items. */
export function agenda(w: Writer) {
  const { model, t } = w;
  const run = model.agenda;
  if (!run?.items.length) return;
  w.y += 10;
  w.heading(t('exportText.agendaTitle'), 1);
  const lines = agendaSummary(run, t);
  lines.forEach((l, i) => w.text(l, 10.5, { after: i === lines.length - 1 ? 8 : 2 }));
  const rows = agendaRows(run, t);
  const s = (text: string, extra: Partial<Para> = {}): Cell => [{ spans: [{ text }], size: 9, ...extra }];
  // Pauses are named in the title ("Pause", "Mittag (Pause)"); an item not held is muted.
  const title = (r: (typeof rows)[number]): Cell => [{ spans: [{ text: r.title }], size: 9 }];
  if (!run.started) {
    w.table(
      [
        { header: t('exportText.noCol'), width: 0.07, align: 'right' },
        { header: t('exportText.agendaItemCol'), width: 0.65 },
        { header: t('exportText.agendaPlannedCol'), width: 0.28 },
      ],
      rows.map((r) => [s(String(r.no), { align: 'right' }), title(r), s(r.planned)]),
    );
    return;
  }
  w.table(
    [
      { header: t('exportText.noCol'), width: 0.06, align: 'right' },
      { header: t('exportText.agendaItemCol'), width: 0.33 },
      { header: t('exportText.agendaPlannedCol'), width: 0.16 },
      { header: t('exportText.agendaActualCol'), width: 0.17 },
      { header: t('exportText.agendaDurationCol'), width: 0.14 },
      { header: t('exportText.agendaDeltaCol'), width: 0.14, align: 'right' },
    ],
    rows.map((r) => [
      s(String(r.no), { align: 'right' }),
      title(r),
      s(r.planned),
      s(r.actual, r.state === 'notHeld' ? { color: C.muted } : {}),
      s(r.duration),
      s(r.delta, { align: 'right' }),
    ]),
  );
}

export function actionCell(a: Action, L: ExportLocale, t: ExportText): Cell {
  const paras: Para[] = [{ spans: [{ text: a.title, bold: true }], size: 9.5, after: 2 }];
  if (txt(a.description)) paras.push({ spans: [{ text: a.description! }], size: 8.5, after: 2 });
  const add = (label: string, v: string) => {
    if (v) paras.push({ spans: [{ text: `${label}: `, bold: true }, { text: v }], size: 8.5, after: 1 });
  };
  add(t('exportText.effectCol'), txt(a.effect));
  add(t('exportText.effectLevelCol'), [a.effectLevel ? effectLevelText(t, a.effectLevel) : '', wirkungsstufeLabel(a, L)].filter(Boolean).join(' · '));
  add(t('exportText.indicatorCol'), txt(a.indicator));
  const o = originLine(a, L);
  if (o) paras.push({ spans: [{ text: `${t('exportText.originCol')}: ${o}` }], size: 8, color: C.muted });
  return paras;
}

export function actionPlan(w: Writer) {
  const { model, t } = w;
  const L = model.locale;
  if (!model.actions.length) {
    // One sentence does not need a landscape page of its own.
    w.y += 10;
    w.heading(t('exportText.actionsTitle'), 1);
    w.text(t('exportText.noActions'));
    return;
  }
  w.newPage(true);
  w.heading(t('exportText.actionsTitle'), 1);
  const today = exportToday(model);
  const s = (text: string, extra: Partial<Para> = {}): Cell => [{ spans: [{ text }], size: 8.5, ...extra }];
  w.table(
    [
      // The action cell carries description, effect, indicator and origin: give it the most room,
      // so a typical row stays a quarter of a page and two or three fit on one.
      { header: t('exportText.noCol'), width: 0.035, align: 'right' },
      { header: t('exportText.actionCol'), width: 0.455 },
      { header: t('exportText.fieldCol'), width: 0.1 },
      { header: `${t('exportText.responsibleCol')} / ${t('exportText.partnersCol')}`, width: 0.15 },
      { header: t('exportText.periodCol'), width: 0.09 },
      { header: t('exportText.resourcesCol'), width: 0.1 },
      { header: t('exportText.statusCol'), width: 0.07 },
    ],
    model.actions.map((a, i) => [
      s(`${i + 1}`, { align: 'right', spans: [{ text: `${i + 1}`, bold: true }] }),
      actionCell(a, L, t),
      s(fieldName(a.field, L)),
      [
        { spans: [{ text: txt(a.responsible), bold: true }], size: 8.5, after: 2 },
        { spans: [{ text: txt(a.partners) }], size: 8.5 },
      ],
      [
        { spans: [{ text: periodText(a, L) }], size: 8.5, after: 2 },
        // Same rule as the app; "today" is the export date.
        ...(isOverdue(a, today) ? [{ spans: [{ text: t('exportText.overdue'), bold: true }], size: 8.5, color: C.amber }] : []),
      ],
      s(txt(a.resources)),
      [
        { spans: [{ text: statusText(t, a.status) }], size: 8.5, after: 2 },
        ...(a.priority != null ? [{ spans: [{ text: `${t('exportText.priorityCol')} ${a.priority}` }], size: 8, color: C.muted }] : []),
      ],
    ]),
  );
}

export function updates(w: Writer) {
  const { model, t } = w;
  const L = model.locale;
  const rows = updateRows(model.actions, L);
  w.y += 14;
  w.heading(t('exportText.updatesTitle'), 2);
  if (!rows.length) {
    w.text(t('exportText.noUpdates'));
    return;
  }
  const s = (text: string, extra: Partial<Para> = {}): Cell => [{ spans: [{ text }], size: 8.5, ...extra }];
  w.table(
    [
      { header: t('exportText.noCol'), width: 0.05, align: 'right' },
      { header: t('exportText.actionCol'), width: 0.3 },
      { header: t('exportText.updateDateCol'), width: 0.1 },
      { header: t('exportText.statusCol'), width: 0.1 },
      { header: t('exportText.updateNoteCol'), width: 0.45 },
    ],
    rows.map((u) => [s(String(u.no), { align: 'right' }), s(u.title), s(formatDate(u.date, L)), s(u.status), s(u.note)]),
  );
}

export function closing(w: Writer) {
  const { model, t } = w;
  w.y += 16;
  w.para([{ spans: [{ text: `${t('exportText.personalDataLabel')}: `, bold: true }, { text: personalDataLine(model) }], size: 8.5, color: C.muted, after: 2 }]);
  w.text(t('exportText.generatedAt', { date: formatTimestamp(model.generatedAt, model.locale) }), 8.5, { color: C.muted, after: 2 });
  if (w.te.replaced) w.text(t('exportText.replacedGlyphsNote'), 8.5, { color: C.muted });
}

export function footers(w: Writer) {
  const { doc, model, t } = w;
  const range = doc.bufferedPageRange();
  // Only the first line of the municipality fits the footer: lay out at most 200 characters of it,
  // once per footer width, not the whole name on every page.
  const left = `${txt(model.workshop.municipality).slice(0, 200)} · ${t('exportText.docTitle')} · ${formatDate(model.workshop.date, model.locale)}`;
  const leftLines = new Map<number, ReturnType<typeof w.te.layout>>();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const pw = doc.page.width;
    const ph = doc.page.height;
    const cw = pw - 2 * MARGIN;
    const y = ph - MARGIN + 6;
    doc
      .moveTo(MARGIN, y - 6)
      .lineTo(pw - MARGIN, y - 6)
      .lineWidth(0.5)
      .strokeColor(C.border)
      .stroke();
    const right = w.te.layout(
      [{ spans: [{ text: t('exportText.pageOf', { page: i + 1, pages: range.count }) }], size: 8.5, color: C.muted, align: 'right' }],
      cw,
    );
    const rw = right[0]?.width ?? 0;
    const lw = Math.round(cw - rw - 20);
    let l = leftLines.get(lw);
    if (!l) leftLines.set(lw, (l = w.te.layout([{ spans: [{ text: left }], size: 8.5, color: C.muted }], lw).slice(0, 1)));
    w.te.draw(l, MARGIN, y, lw);
    w.te.draw(right, MARGIN, y, cw);
  }
}
