import type Database from 'better-sqlite3';
import { tablesPerField, useAgendaTemplate } from './repo/agenda';
import demo from '../../../resources/demo/demo-workshop.json';
import type { NewWorkshopMeta } from './workshop-file';

// The demo workshop: a fictional town written by the team (resources/demo), so every screen
// and every export can be tried at once without real data.
interface DemoData {
  workshop: { name: string; municipality: string; date: string; place?: string; nextReview?: string; attendance: { sector: string; count: number }[] };
  respondents: { code: string; role: string | null }[];
  questions: { id: string; field: string; text: string }[];
  answers: { respondent: string; question: string; answer: string | null; comment: string | null }[];
  strengths: { text: string; sector: string | null; field: string | null }[];
  ideas: { title: string; field: string | null; builds_on?: string[]; dots: Record<string, number>; impact?: number | null; effort?: number | null }[];
  actions: {
    title: string;
    description?: string | null;
    field?: string | null;
    effect?: string | null;
    effectLevel?: string | null;
    wirkungsstufe?: number | null;
    indicator?: string | null;
    responsible?: string | null;
    partners?: string | null;
    start?: string | null;
    due?: string | null;
    resources?: string | null;
    priority?: number | null;
    status: string;
    fromIdea?: number | null;
    updates?: { date: string; note: string; status?: string | null }[];
  }[];
}

const data = demo as unknown as DemoData;

export const DEMO_META: NewWorkshopMeta = {
  name: data.workshop.name,
  municipality: data.workshop.municipality,
  date: data.workshop.date,
};

/**
 * Fill a freshly migrated workshop file with the demo content (inside the caller's transaction).
 * The cards come unsorted: handlers/workshop.ts sorts the board (db/ never calls up into handlers/).
 */
export function fillDemo(db: Database.Database): void {
  const now = new Date().toISOString();
  const meta = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  if (data.workshop.place) meta.run('place', data.workshop.place);
  if (data.workshop.nextReview) meta.run('next_review', data.workshop.nextReview);
  meta.run('demo', '1');
  const att = db.prepare('INSERT INTO attendance(sector, count) VALUES (?, ?)');
  for (const a of data.workshop.attendance) att.run(a.sector, a.count);

  const resp = db.prepare('INSERT INTO respondents(code, role) VALUES (?, ?)');
  const respId = new Map<string, number>();
  for (const r of data.respondents) respId.set(r.code, Number(resp.run(r.code, r.role).lastInsertRowid));
  const q = db.prepare('INSERT INTO questions(id, field, text, position) VALUES (?, ?, ?, ?)');
  data.questions.forEach((x, i) => q.run(x.id, x.field, x.text, i + 1));
  const ans = db.prepare('INSERT INTO answers(respondent_id, question_id, answer, comment) VALUES (?, ?, ?, ?)');
  for (const a of data.answers) ans.run(respId.get(a.respondent), a.question, a.answer, a.comment);
  db.prepare('INSERT INTO imports(imported_at, source, rows) VALUES (?, ?, ?)').run(now, 'Demo-Daten', data.answers.length);

  const card = db.prepare('INSERT INTO cards(text, field, sector, position, created_at) VALUES (?, ?, ?, ?, ?)');
  data.strengths.forEach((s, i) => card.run(s.text, s.field, s.sector, i + 1, now));

  const idea = db.prepare('INSERT INTO ideas(text, field, impact, effort, position, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const link = db.prepare('INSERT OR IGNORE INTO idea_links(idea_id, kind, ref) VALUES (?, ?, ?)');
  const vote = db.prepare('INSERT INTO votes(idea_id, sector, count, created_at) VALUES (?, ?, ?, ?)');
  const ideaIds: number[] = [];
  data.ideas.forEach((s, i) => {
    const id = Number(idea.run(s.title, s.field, s.impact ?? null, s.effort ?? null, i + 1, now).lastInsertRowid);
    ideaIds.push(id);
    for (const ref of s.builds_on ?? []) link.run(id, 'question', ref);
    for (const [sector, n] of Object.entries(s.dots)) if (n > 0) vote.run(id, sector, n, now);
  });

  const action = db.prepare(`INSERT INTO actions(title, description, field, effect, effect_level, wirkungsstufe, indicator,
    responsible, partners, start_date, due_date, resources, priority, status, idea_id, position, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const upd = db.prepare('INSERT INTO action_updates(action_id, date, note, status, created_at) VALUES (?, ?, ?, ?, ?)');
  data.actions.forEach((a, i) => {
    const ideaId = a.fromIdea != null ? (ideaIds[a.fromIdea] ?? null) : null;
    const id = Number(
      action.run(
        a.title,
        a.description ?? null,
        a.field ?? null,
        a.effect ?? null,
        a.effectLevel ?? null,
        a.wirkungsstufe ?? null,
        a.indicator ?? null,
        a.responsible ?? null,
        a.partners ?? null,
        a.start ?? null,
        a.due ?? null,
        a.resources ?? null,
        a.priority ?? null,
        a.status,
        ideaId,
        i + 1,
        now,
        now,
      ).lastInsertRowid,
    );
    for (const u of a.updates ?? []) upd.run(id, u.date, u.note, u.status ?? null, now);
  });

  // Run of show: the standard afternoon, and one table per Handlungsfeld whose cards it named.
  useAgendaTemplate(db, 'de');
  const tables = tablesPerField(db, 'de');
  const hosts = ['Integrationsbeauftragte', 'Personalamt', 'Volkshochschule', 'Jobcenter', 'Integrationsbeirat', 'Quartiersmanagement', 'Pressestelle'];
  tables.forEach((t, i) => db.prepare('UPDATE workshop_tables SET host = ? WHERE id = ?').run(hosts[i] ?? null, t.id));
  db.prepare('UPDATE cards SET table_id = (SELECT t.id FROM workshop_tables t WHERE t.field = cards.field) WHERE field IS NOT NULL').run();
  // Participant mode: every fifth card came from a phone (shown with its badge); no device links,
  // since the mode is off in a saved workshop.
  db.prepare("UPDATE cards SET origin = 'phone' WHERE id % 5 = 0").run();
}
