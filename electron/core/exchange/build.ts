// Builds the content of an exchange package from the open workshop (issue #14). Redaction by
// default: the plan's "responsible" column (it often names a person), descriptions and progress
// notes stay home unless the coordinator includes them; hidden cards and steps never leave; the
// self-check goes out per field only, never per respondent.
import type Database from 'better-sqlite3';
import { workshopToExportModel } from '../db/repo/export-model';
import type { ExchangeContent, ExchangeOptions, PreviewItem } from '../../../shared/exchange/package';
import { FIELDS, type FieldKey } from '../../../shared/domain/fields';

export interface BuiltContent {
  content: ExchangeContent;
  /** Every item that could go out, with its id for `exclude` and whether it is left out. */
  items: PreviewItem[];
  /** How many filled "responsible" cells / notes were kept back (0 when included). */
  withheld: { responsible: number; notes: number };
}

const short = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const fieldName = (key: string) => FIELDS.find((f) => f.key === key)?.de ?? key;

export function buildExchangeContent(db: Database.Database, opts: ExchangeOptions): BuiltContent {
  const m = workshopToExportModel(db, { locale: 'de' });
  const skip = new Set(opts.exclude);
  const items: PreviewItem[] = [];
  const item = (id: string, kind: PreviewItem['kind'], label: string) => {
    const excluded = skip.has(id);
    items.push({ id, kind, label, excluded });
    return !excluded;
  };

  const fields = (m.results?.fields ?? []).filter((f) => item(`field:${f.key}`, 'field', fieldName(f.key)));

  const strengthThemes: ExchangeContent['strengthThemes'] = [];
  m.strengths.themes.forEach((t, i) => {
    const keepTheme = item(`theme:${i}`, 'theme', t.label);
    const cards = t.cards.map((c, j) => ({ c, keep: item(`card:${i}.${j}`, 'card', short(c.text)) })).filter((x) => x.keep);
    if (keepTheme && cards.length)
      strengthThemes.push({ label: t.label, field: mostCommonField(cards.map((x) => x.c.field ?? null)), cards: cards.map((x) => x.c.text) });
  });

  const ideas = m.ideas.items
    .map((s, i) => ({ s, keep: item(`idea:${i}`, 'idea', short(s.title)) }))
    .filter((x) => x.keep)
    .map(({ s }) => ({ text: s.title, field: s.field, rank: s.rank, dots: s.dots }));

  const withheld = { responsible: 0, notes: 0 };
  const actions: ExchangeContent['actions'] = [];
  for (const a of m.actions) {
    if (!item(`action:${a.id}`, 'action', short(a.title))) continue;
    const out: ExchangeContent['actions'][number] = { title: a.title, field: a.field ?? null, status: a.status };
    const responsible = a.responsible?.trim();
    if (responsible) {
      if (opts.includeResponsible) out.responsibleRole = responsible;
      else withheld.responsible++;
    }
    if (a.partners?.trim()) out.partners = a.partners.trim();
    if (a.due) out.due = a.due;
    if (a.wirkungsstufe) out.wirkungsstufe = a.wirkungsstufe;
    if (a.indicator?.trim()) out.indicator = a.indicator.trim();
    if (a.origin?.potentials?.length) out.potentials = a.origin.potentials;
    const notes = a.updates.filter((u) => u.note.trim());
    if (opts.includeNotes) {
      if (a.description?.trim()) out.description = a.description.trim();
      if (notes.length) out.notes = notes.map((u) => ({ date: u.date, note: u.note }));
    } else withheld.notes += notes.length + (a.description?.trim() ? 1 : 0);
    actions.push(out);
  }

  const pseudonym = opts.pseudonym?.trim();
  return {
    content: {
      municipality: pseudonym || m.workshop.municipality || m.workshop.name,
      pseudonymised: !!pseudonym,
      date: m.workshop.date,
      fields,
      strengthThemes,
      ideas,
      actions,
    },
    items,
    withheld,
  };
}

function mostCommonField(fields: (FieldKey | null)[]): FieldKey | null {
  const n = new Map<FieldKey, number>();
  for (const f of fields) if (f) n.set(f, (n.get(f) ?? 0) + 1);
  let best: FieldKey | null = null;
  for (const [f, c] of n) if (best === null || c > n.get(best)!) best = f;
  return best;
}
