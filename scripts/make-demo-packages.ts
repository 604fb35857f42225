// Builds the example exchange packages of the demo (resources/demo/pakete) from the small source
// description in scripts/demo-packages.json, through the app's own path: each fictional
// municipality becomes a real workshop file (same questionnaire as the demo workshop, answers
// spread to hit the target score per Handlungsfeld, strength themes, voted next steps, an action
// plan), then buildExchangeContent + makePackage + writePackageFile write the package exactly as
// "Austauschpaket …" in the app would — format version, content hash and redaction included.
//
// Run: npx tsx scripts/make-demo-packages.ts            (rewrites resources/demo/pakete)
//      npx tsx scripts/make-demo-packages.ts --out DIR  (somewhere else)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { closeWorkshop, createWorkshopFile } from '../electron/core/db/workshop-file';
import { buildExchangeContent } from '../electron/core/exchange/build';
import { makePackage, writePackageFile } from '../electron/core/exchange/package-file';
import { packageFileName } from '../electron/core/handlers/exchange';
import { FIELD_KEYS, type ActionStatus, type FieldKey } from '../shared/domain/fields';
import type { ExchangePackage } from '../shared/exchange/package';
import demo from '../resources/demo/demo-workshop.json';
import source from './demo-packages.json';

interface SourceAction {
  title: string;
  field: FieldKey;
  status: ActionStatus;
  /** A role or office, never a person's name: it goes out (includeResponsible). */
  responsible: string;
  partners: string;
  due: string;
  wirkungsstufe: number;
  indicator: string;
  /** Question ids of the demo questionnaire; their texts go out as the action's potentials. */
  potentials: string[];
}
export interface SourcePackage {
  municipality: string;
  /** When set, the package carries this name instead (pseudonymised). */
  pseudonym?: string;
  date: string;
  createdAt: string;
  scores: Record<FieldKey, number>;
  themes: { label: string; field: FieldKey; cards: string[] }[];
  ideas: { text: string; field: FieldKey; potentials: string[]; dots: Record<string, number> }[];
  actions: SourceAction[];
}

export const DEMO_PACKAGE_SOURCES = (source as { packages: SourcePackage[] }).packages;
const questions = (demo as { questions: { id: string; field: FieldKey; text: string }[] }).questions;
const RESPONDENTS = 8;

/**
 * Answers for one field, spread over its questions so the field's score (100 × (ja + ½ teilweise) /
 * (ja + teilweise + nein)) comes close to `target`, with a few "weiß nicht" and skips as in real data.
 * Deterministic: the same source gives the same package content.
 */
function fieldAnswers(ids: string[], target: number): { question: string; respondent: number; answer: string | null }[] {
  const cells = ids.flatMap((question) => Array.from({ length: RESPONDENTS }, (_, respondent) => ({ question, respondent })));
  const out: { question: string; respondent: number; answer: string | null }[] = [];
  const scored = cells.filter((_, i) => i % 13 !== 5 && i % 17 !== 3);
  const teil = Math.round(scored.length * 0.3);
  const ja = Math.max(0, Math.min(scored.length - teil, Math.round((target / 100) * scored.length - teil / 2)));
  // Interleave values so every question gets a mix (j, t, n in proportion), not sorted blocks.
  const values: string[] = [];
  for (let i = 0; i < scored.length; i++) {
    const at = (n: number) => Math.floor(((i + 1) * n) / scored.length) - Math.floor((i * n) / scored.length);
    values.push(at(ja) ? 'ja' : at(teil) ? 'teilweise' : 'nein');
  }
  // Rounding can leave the counts off by one: fix them to the exact numbers.
  const fix = (want: number, value: string) => {
    let have = values.filter((v) => v === value).length;
    for (let i = 0; i < values.length && have < want; i++) {
      if (values[i] !== 'nein') continue;
      values[i] = value;
      have++;
    }
  };
  fix(ja, 'ja');
  fix(teil, 'teilweise');
  let k = 0;
  cells.forEach((c, i) => out.push({ ...c, answer: i % 13 === 5 ? 'weiss_nicht' : i % 17 === 3 ? null : values[k++]! }));
  return out;
}

function fill(db: Database.Database, p: SourcePackage): void {
  const now = `${p.date}T18:00:00.000Z`;
  const q = db.prepare('INSERT INTO questions(id, field, text, position) VALUES (?, ?, ?, ?)');
  questions.forEach((x, i) => q.run(x.id, x.field, x.text, i + 1));
  const resp = db.prepare('INSERT INTO respondents(code, role) VALUES (?, ?)');
  const respIds = Array.from({ length: RESPONDENTS }, (_, i) => Number(resp.run(`R${i + 1}`, null).lastInsertRowid));
  const ans = db.prepare('INSERT INTO answers(respondent_id, question_id, answer, comment) VALUES (?, ?, ?, NULL)');
  for (const f of FIELD_KEYS) {
    const ids = questions.filter((x) => x.field === f).map((x) => x.id);
    for (const a of fieldAnswers(ids, p.scores[f])) ans.run(respIds[a.respondent], a.question, a.answer);
  }
  db.prepare('INSERT INTO imports(imported_at, source, rows) VALUES (?, ?, ?)').run(now, 'Beispieldaten', RESPONDENTS * questions.length);

  const cluster = db.prepare('INSERT INTO clusters(label, label_locked, position, created_at) VALUES (?, 1, ?, ?)');
  const card = db.prepare('INSERT INTO cards(text, field, cluster_id, position, created_at) VALUES (?, ?, ?, ?, ?)');
  let pos = 0;
  p.themes.forEach((t, i) => {
    const id = Number(cluster.run(t.label, i + 1, now).lastInsertRowid);
    for (const c of t.cards) card.run(c, t.field, id, ++pos, now);
  });

  const known = new Set(questions.map((x) => x.id));
  const check = (id: string) => {
    if (!known.has(id)) throw new Error(`${p.municipality}: unknown question ${id}`);
    return id;
  };
  const idea = db.prepare('INSERT INTO ideas(text, field, position, created_at) VALUES (?, ?, ?, ?)');
  const ideaLink = db.prepare("INSERT INTO idea_links(idea_id, kind, ref) VALUES (?, 'question', ?)");
  const vote = db.prepare('INSERT INTO votes(idea_id, sector, count, created_at) VALUES (?, ?, ?, ?)');
  p.ideas.forEach((s, i) => {
    const id = Number(idea.run(s.text, s.field, i + 1, now).lastInsertRowid);
    for (const ref of s.potentials) ideaLink.run(id, check(ref));
    for (const [sector, n] of Object.entries(s.dots)) if (n > 0) vote.run(id, sector, n, now);
  });

  const action =
    db.prepare(`INSERT INTO actions(title, field, wirkungsstufe, indicator, responsible, partners, due_date, status, position, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const actionLink = db.prepare("INSERT INTO action_links(action_id, kind, ref) VALUES (?, 'question', ?)");
  p.actions.forEach((a, i) => {
    const id = Number(action.run(a.title, a.field, a.wirkungsstufe, a.indicator, a.responsible, a.partners, a.due, a.status, i + 1, now, now).lastInsertRowid);
    for (const ref of a.potentials) actionLink.run(id, check(ref));
  });
}

/** Builds every package of the source into `outDir` (which must not hold them yet); returns them with their file names. */
export function buildDemoPackages(outDir: string, sources: SourcePackage[] = DEMO_PACKAGE_SOURCES): { file: string; pkg: ExchangePackage }[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-pakete-'));
  try {
    return sources.map((p, i) => {
      const w = createWorkshopFile(
        path.join(tmp, `${i}.werkstatt`),
        { name: `Selbstcheck ${p.municipality}`, municipality: p.municipality, date: p.date },
        (db) => fill(db, p),
      );
      try {
        const { content } = buildExchangeContent(w.db, {
          includeResponsible: true, // roles and offices only (see the source), no person names
          includeNotes: false,
          exclude: [],
          ...(p.pseudonym ? { pseudonym: p.pseudonym } : {}),
        });
        const pkg = makePackage(content, p.createdAt);
        const file = path.join(outDir, packageFileName(content.municipality, content.date));
        writePackageFile(file, pkg);
        return { file, pkg };
      } finally {
        closeWorkshop(w);
      }
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? path.resolve(process.argv[i + 1]!) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'demo', 'pakete');
  fs.mkdirSync(out, { recursive: true });
  // The writer never overwrites: clear the old packages first (only ours, by their suffix).
  for (const f of fs.readdirSync(out)) if (f.endsWith('.werkstatt-austausch.json')) fs.rmSync(path.join(out, f));
  for (const { file, pkg } of buildDemoPackages(out)) {
    console.log(`${path.relative(process.cwd(), file)}  ${pkg.contentHash.slice(0, 12)}  ${pkg.content.actions.length} Maßnahmen`);
  }
}
