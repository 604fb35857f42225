// Markdown: a readable plain-text document (e-mail, wiki, Git). Structure mirrors the PDF.
import type { ExportModel } from './model';
import { strings } from './strings';
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
  orderedNextSteps,
  originLine,
  periodText,
  personalDataLine,
  sectorInfo,
  txt,
  wirkungsstufeLabel,
} from './format';
import { updateRows } from './table';
import { boundedModel } from './sanitize';

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
  const t = strings(L);
  const w = model.workshop;
  const out: string[] = [];
  const q = (s: string) => (L === 'de' ? `„${s}“` : `“${s}”`);

  out.push(`# ${mdHeading(t.docTitle)}: ${mdHeading(w.municipality)}`);
  out.push(`${mdInline(t.docSubtitle)}  \n${mdInline(q(w.name))}`);
  const meta: string[] = [`- **${t.date}:** ${formatDate(w.date, L)}`];
  if (txt(w.place)) meta.push(`- **${t.place}:** ${mdInline(w.place!)}`);
  if (txt(w.facilitator)) meta.push(`- **${t.facilitator}:** ${mdInline(w.facilitator!)}`);
  if (w.nextReview) meta.push(`- **${t.nextReview}:** ${formatDate(w.nextReview, L)}`);
  out.push(meta.join('\n'));

  out.push(`## ${t.participants}`);
  const att = orderedAttendance(model);
  if (att.length) {
    const total = att.reduce((n, a) => n + a.count, 0);
    out.push(att.map((a) => `- ${a.sector.letter} · ${a.sector[L]}: ${a.count}`).join('\n') + `\n\n${t.participantsTotal(total)}`);
  } else out.push(t.noAttendance);

  out.push(`## ${t.profileTitle}`);
  if (model.results) {
    const r = model.results;
    out.push(t.profileIntro(r.respondents, r.questions));
    out.push(
      table(
        [t.fieldCol, t.scoreCol, t.answeredCol, t.dontKnowCol, t.skippedCol],
        orderedFieldResults(r.fields).map((f) => [
          fieldNumbered(f.key, L),
          f.score === null ? t.noScore : formatPercent(f.score, L),
          f.answered,
          f.dontKnow,
          f.skipped,
        ]),
      ),
    );
  } else out.push(t.noResults);

  out.push(`## ${t.strengthsTitle}`);
  if (model.strengths.themes.length) {
    for (const th of model.strengths.themes) {
      out.push(`### ${mdHeading(th.label)}`);
      if (!th.cards.length) {
        out.push(t.noCards);
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
  } else out.push(t.noStrengths);

  out.push(`## ${t.nextStepsTitle}`);
  if (txt(model.nextSteps.method)) out.push(`**${t.method}:** ${mdInline(model.nextSteps.method!)}`);
  const steps = orderedNextSteps(model);
  if (steps.length) {
    const hasRating = steps.some((s) => s.impact != null || s.effort != null || s.score != null);
    const hasScore = steps.some((s) => s.score != null);
    const headers = [t.rankCol, t.stepCol, t.fieldCol, t.dotsCol, ...(hasRating ? [t.impactCol, t.effortCol] : []), ...(hasScore ? [t.stepScoreCol] : [])];
    // "Wert" only when a method produced one (criteria): never an empty column.
    out.push(
      table(
        headers,
        steps.map((s) => [
          s.rank ?? '',
          s.title,
          fieldName(s.field, L),
          s.dots,
          ...(hasRating ? [s.impact ?? '', s.effort ?? ''] : []),
          ...(hasScore ? [s.score == null ? '' : formatNumber(s.score, L, 2)] : []),
        ]),
      ),
    );
  } else out.push(t.noNextSteps);

  out.push(`## ${t.actionsTitle}`);
  if (model.actions.length) {
    out.push(
      table(
        [t.noCol, t.actionCol, t.fieldCol, t.responsibleCol, t.periodCol, t.statusCol],
        model.actions.map((a, i) => [i + 1, a.title, fieldName(a.field, L), a.responsible, periodText(a, L), t.status[a.status]]),
      ),
    );
    // Details per action: the table stays readable, the long texts go below it.
    model.actions.forEach((a, i) => {
      const lines: string[] = [`### ${i + 1}. ${mdHeading(a.title)}`];
      const row = (label: string, v: string | null | undefined) => {
        if (txt(v)) lines.push(`- **${label}:** ${mdInline(v!)}`);
      };
      if (txt(a.description)) lines.push(mdParagraph(a.description!));
      row(t.fieldCol, fieldName(a.field, L));
      row(t.effectCol, a.effect);
      row(t.effectLevelCol, a.effectLevel ? t.effectLevel[a.effectLevel] : '');
      row(t.wirkungsstufeCol, wirkungsstufeLabel(a, L));
      row(t.indicatorCol, a.indicator);
      row(t.responsibleCol, a.responsible);
      row(t.partnersCol, a.partners);
      row(t.periodCol, periodText(a, L));
      row(t.resourcesCol, a.resources);
      row(t.priorityCol, a.priority != null ? String(a.priority) : '');
      row(t.statusCol, t.status[a.status]);
      row(t.originCol, originLine(a, L));
      const u = lastUpdate(a);
      if (u) row(t.lastUpdateCol, `${formatDate(u.date, L)}: ${u.note}`);
      out.push(lines.join('\n'));
    });
  } else out.push(t.noActions);

  out.push(`## ${t.updatesTitle}`);
  const ups = updateRows(model.actions, L);
  if (ups.length) {
    out.push(
      table(
        [t.noCol, t.actionCol, t.updateDateCol, t.statusCol, t.updateNoteCol],
        ups.map((u) => [u.no, u.title, formatDate(u.date, L), u.status, u.note]),
      ),
    );
  } else out.push(t.noUpdates);

  out.push('---');
  out.push(`_${mdInline(`${t.personalDataLabel}: ${personalDataLine(model)}`)}_  \n_${mdInline(t.generatedAt(formatTimestamp(model.generatedAt, L)))}_`);
  return out.join('\n\n') + '\n';
}
