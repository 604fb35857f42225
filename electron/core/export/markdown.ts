// Markdown: a readable plain-text document (e-mail, wiki, Git). Structure mirrors the PDF.
import type { ExportModel } from './model';
import { exportText, statusText, effectLevelText } from './strings';
import {
  fieldName,
  fieldNumbered,
  formatDate,
  formatNumber,
  formatPercent,
  formatTimestamp,
  lastUpdate,
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

/** Escapes inline Markdown so user text is shown literally (no links, emphasis, HTML). */
export function mdInline(s: string): string {
  return txt(s)
    .replace(/([\\`*_{}[\]<>#|~!])/g, '\\$1')
    .replace(/\n/g, '  \n');
}

/** Headings are one line: inner line breaks become spaces. */
function mdHeading(s: string): string {
  return mdInline(txt(s).replace(/\s*\n\s*/g, ' '));
}

/** Like mdInline, plus: a line starting with "-", "+", "1." or "=" would turn into a list/heading. */
export function mdParagraph(s: string): string {
  return mdInline(s)
    .split('\n')
    .map((l) => l.replace(/^(\s*)([-+=]|\d+\.)/, (_m, sp, c) => `${sp}${c.replace(/^([-+=]|\d+)/, '\\$1')}`))
    .join('\n');
}

/** Table cell: escaped, line breaks as <br>, never empty (an empty cell is fine but "–" reads better). */
export function mdCell(s: string | number | null | undefined): string {
  const v = s === null || s === undefined ? '' : String(s);
  const out = txt(v)
    .replace(/([\\`*_{}[\]<>#|~!])/g, '\\$1')
    .replace(/\n/g, '<br>');
  return out || '–';
}

function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const head = `| ${headers.map(mdCell).join(' | ')} |`;
  const sep = `| ${headers.map(() => '---').join(' | ')} |`;
  return [head, sep, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');
}

export function exportMarkdown(input: ExportModel): string {
  const model = boundedModel(input);
  const L = model.locale;
  const t = exportText(L);
  const w = model.workshop;
  const out: string[] = [];
  const q = (s: string) => t('exportText.quote', { text: s });

  out.push(`# ${mdHeading(t('exportText.docTitle'))}: ${mdHeading(w.municipality)}`);
  out.push(`${mdInline(t('exportText.docSubtitle'))}  \n${mdInline(q(w.name))}`);
  const meta: string[] = [`- **${t('exportText.date')}:** ${formatDate(w.date, L)}`];
  if (txt(w.place)) meta.push(`- **${t('exportText.place')}:** ${mdInline(w.place!)}`);
  if (txt(w.facilitator)) meta.push(`- **${t('exportText.facilitator')}:** ${mdInline(w.facilitator!)}`);
  if (w.nextReview) meta.push(`- **${t('exportText.nextReview')}:** ${formatDate(w.nextReview, L)}`);
  out.push(meta.join('\n'));

  out.push(`## ${t('exportText.participants')}`);
  const att = orderedAttendance(model);
  if (att.length) {
    const total = att.reduce((n, a) => n + a.count, 0);
    out.push(att.map((a) => `- ${a.sector.letter} · ${a.sector[L]}: ${a.count}`).join('\n') + `\n\n${t('exportText.participantsTotal', { count: total })}`);
  } else out.push(t('exportText.noAttendance'));

  out.push(`## ${t('exportText.profileTitle')}`);
  if (model.results) {
    const r = model.results;
    out.push(t('exportText.profileIntro', { respondents: r.respondents, questions: r.questions }));
    out.push(
      table(
        [t('exportText.fieldCol'), t('exportText.scoreCol'), t('exportText.answeredCol'), t('exportText.dontKnowCol'), t('exportText.skippedCol')],
        orderedFieldResults(r.fields).map((f) => [
          fieldNumbered(f.key, L),
          f.score === null ? t('exportText.noScore') : formatPercent(f.score, L),
          f.answered,
          f.dontKnow,
          f.skipped,
        ]),
      ),
    );
  } else out.push(t('exportText.noResults'));

  out.push(`## ${t('exportText.strengthsTitle')}`);
  if (model.strengths.themes.length) {
    for (const th of model.strengths.themes) {
      out.push(`### ${mdHeading(th.label)}`);
      if (!th.cards.length) {
        out.push(t('exportText.noCards'));
        continue;
      }
      out.push(
        th.cards
          .map((c) => {
            const s = sectorInfo(c.sector);
            const tags = [s ? `${s.letter} · ${s[L]}` : '', fieldName(c.field, L)].filter(Boolean).join('; ');
            return `- ${mdInline(c.text)}${tags ? ` _(${mdInline(tags)})_` : ''}`;
          })
          .join('\n'),
      );
    }
  } else out.push(t('exportText.noStrengths'));

  out.push(`## ${t('exportText.ideasTitle')}`);
  if (txt(model.ideas.method)) out.push(`**${t('exportText.method')}:** ${mdInline(model.ideas.method!)}`);
  const ideaList = orderedIdeas(model);
  if (ideaList.length) {
    const { hasRating, hasScore, headers } = ideaColumns(ideaList, L);
    out.push(
      table(
        headers,
        ideaList.map((s) => [
          s.rank ?? '',
          ideaTitle(s, L),
          fieldName(s.field, L),
          s.dots,
          ...(hasRating ? [s.impact ?? '', s.effort ?? ''] : []),
          ...(hasScore ? [s.score == null ? '' : formatNumber(s.score, L, 2)] : []),
        ]),
      ),
    );
  } else out.push(t('exportText.noIdeas'));

  if (model.agenda?.items.length) {
    // The run of show: plan against the timer's times (no section without an agenda).
    const run = model.agenda;
    out.push(`## ${t('exportText.agendaTitle')}`);
    out.push(agendaSummary(run, t).map(mdInline).join('  \n'));
    const rows = agendaRows(run, t);
    out.push(
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
            rows.map((r) => [r.no, r.title, r.planned, r.actual, r.duration, r.delta]),
          )
        : table(
            [t('exportText.noCol'), t('exportText.agendaItemCol'), t('exportText.agendaPlannedCol')],
            rows.map((r) => [r.no, r.title, r.planned]),
          ),
    );
  }

  out.push(`## ${t('exportText.actionsTitle')}`);
  if (model.actions.length) {
    out.push(
      table(
        [
          t('exportText.noCol'),
          t('exportText.actionCol'),
          t('exportText.fieldCol'),
          t('exportText.responsibleCol'),
          t('exportText.periodCol'),
          t('exportText.statusCol'),
        ],
        model.actions.map((a, i) => [i + 1, a.title, fieldName(a.field, L), a.responsible, periodText(a, L), statusText(t, a.status)]),
      ),
    );
    // Details per action: the table stays readable, the long texts go below it.
    model.actions.forEach((a, i) => {
      const lines: string[] = [`### ${i + 1}. ${mdHeading(a.title)}`];
      const row = (label: string, v: string | null | undefined) => {
        if (txt(v)) lines.push(`- **${label}:** ${mdInline(v!)}`);
      };
      if (txt(a.description)) lines.push(mdParagraph(a.description!));
      row(t('exportText.fieldCol'), fieldName(a.field, L));
      row(t('exportText.effectCol'), a.effect);
      row(t('exportText.effectLevelCol'), a.effectLevel ? effectLevelText(t, a.effectLevel) : '');
      row(t('exportText.wirkungsstufeCol'), wirkungsstufeLabel(a, L));
      row(t('exportText.indicatorCol'), a.indicator);
      row(t('exportText.responsibleCol'), a.responsible);
      row(t('exportText.partnersCol'), a.partners);
      row(t('exportText.periodCol'), periodText(a, L));
      row(t('exportText.resourcesCol'), a.resources);
      row(t('exportText.priorityCol'), a.priority != null ? String(a.priority) : '');
      row(t('exportText.statusCol'), statusText(t, a.status));
      row(t('exportText.originCol'), originLine(a, L));
      const u = lastUpdate(a);
      if (u) row(t('exportText.lastUpdateCol'), `${formatDate(u.date, L)}: ${u.note}`);
      out.push(lines.join('\n'));
    });
  } else out.push(t('exportText.noActions'));

  out.push(`## ${t('exportText.updatesTitle')}`);
  const ups = updateRows(model.actions, L);
  if (ups.length) {
    out.push(
      table(
        [t('exportText.noCol'), t('exportText.actionCol'), t('exportText.updateDateCol'), t('exportText.statusCol'), t('exportText.updateNoteCol')],
        ups.map((u) => [u.no, u.title, formatDate(u.date, L), u.status, u.note]),
      ),
    );
  } else out.push(t('exportText.noUpdates'));

  out.push('---');
  out.push(
    `_${mdInline(`${t('exportText.personalDataLabel')}: ${personalDataLine(model)}`)}_  \n_${mdInline(t('exportText.generatedAt', { date: formatTimestamp(model.generatedAt, L) }))}_`,
  );
  return out.join('\n\n') + '\n';
}
