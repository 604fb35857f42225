import type Database from 'better-sqlite3';
import type { Idea } from '../../../../shared/domain/schemas';
import { AppError } from '../../../../shared/domain/errors';

interface IdeaRow {
  id: number; text: string; description: string | null; field: string | null; hidden: number;
  impact: number | null; effort: number | null; position: number; created_at: string;
}

export function listIdeas(db: Database.Database): Idea[] {
  const rows = db.prepare('SELECT * FROM ideas ORDER BY position, id').all() as IdeaRow[];
  const links = db.prepare('SELECT idea_id, kind, ref FROM idea_links ORDER BY kind, ref').all() as { idea_id: number; kind: 'cluster' | 'question' | 'field'; ref: string }[];
  const dots = db.prepare("SELECT idea_id, coalesce(sector, '') AS sector, sum(count) AS n FROM votes GROUP BY idea_id, sector").all() as { idea_id: number; sector: string; n: number }[];
  return rows.map((r) => {
    const mine = dots.filter((d) => d.idea_id === r.id);
    const dotsBySector: Record<string, number> = {};
    for (const d of mine) if (d.sector) dotsBySector[d.sector] = d.n;
    return {
      id: r.id, text: r.text, description: r.description, field: r.field as Idea['field'], hidden: !!r.hidden,
      impact: r.impact, effort: r.effort, position: r.position,
      links: links.filter((l) => l.idea_id === r.id).map((l) => ({ kind: l.kind, ref: l.ref })),
      dots: mine.reduce((s, d) => s + d.n, 0), dotsBySector, createdAt: r.created_at,
    };
  });
}

export function getIdea(db: Database.Database, id: number): Idea {
  const idea = listIdeas(db).find((i) => i.id === id);
  if (!idea) throw new AppError('NOT_FOUND', `Den Schritt ${id} gibt es nicht (mehr). Vielleicht wurde er in einem anderen Fenster gelöscht.`, { id });
  return idea;
}

export function addIdea(db: Database.Database, i: { text: string; field?: string | null; description?: string | null; impact?: number | null; effort?: number | null }): Idea {
  const pos = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM ideas').get() as { p: number }).p;
  const info = db
    .prepare('INSERT INTO ideas(text, description, field, impact, effort, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(i.text, i.description ?? null, i.field ?? null, i.impact ?? null, i.effort ?? null, pos, new Date().toISOString());
  return getIdea(db, Number(info.lastInsertRowid));
}
