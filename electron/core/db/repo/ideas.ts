import type Database from 'better-sqlite3';
import { MAX_COUNT } from '../../../../shared/domain/limits';
import { assertRoom } from './cards';
import { getTable } from './agenda';
import type { Idea } from '../../../../shared/domain/schemas';
import { AppError } from '../../../../shared/domain/errors';
import { isFieldKey } from '../../../../shared/domain/fields';
import { listIdeaSources } from './idea-sources';

interface IdeaRow {
  id: number;
  text: string;
  description: string | null;
  field: string | null;
  hidden: number;
  impact: number | null;
  effort: number | null;
  position: number;
  created_at: string;
  table_id: number | null;
  origin?: string;
  moderation?: string | null;
}
type LinkKind = 'cluster' | 'question' | 'field';

export function listIdeas(db: Database.Database): Idea[] {
  const rows = db.prepare('SELECT * FROM ideas ORDER BY position, id').all() as IdeaRow[];
  const links = db.prepare('SELECT idea_id, kind, ref FROM idea_links ORDER BY kind, ref').all() as { idea_id: number; kind: LinkKind; ref: string }[];
  const dots = db.prepare("SELECT idea_id, coalesce(sector, '') AS sector, sum(count) AS n FROM votes GROUP BY idea_id, sector").all() as {
    idea_id: number;
    sector: string;
    n: number;
  }[];
  const sources = listIdeaSources(db);
  return rows.map((r) => {
    const mine = dots.filter((d) => d.idea_id === r.id);
    const dotsBySector: Record<string, number> = {};
    for (const d of mine) if (d.sector && d.n > 0) dotsBySector[d.sector] = d.n;
    return {
      id: r.id,
      text: r.text,
      description: r.description,
      field: r.field as Idea['field'],
      hidden: !!r.hidden,
      impact: r.impact,
      effort: r.effort,
      position: r.position,
      links: links.filter((l) => l.idea_id === r.id).map((l) => ({ kind: l.kind, ref: l.ref })),
      tableId: r.table_id ?? null,
      dots: mine.reduce((s, d) => s + d.n, 0),
      dotsBySector,
      createdAt: r.created_at,
      origin: r.origin === 'phone' ? 'phone' : 'facilitator',
      moderation: (r.moderation ?? null) as Idea['moderation'],
      // Only on adopted steps, so every other idea keeps its shape.
      ...(sources.has(r.id) ? { source: sources.get(r.id)! } : {}),
    };
  });
}

export function getIdea(db: Database.Database, id: number): Idea {
  const idea = listIdeas(db).find((i) => i.id === id);
  if (!idea) throw AppError.of('NOT_FOUND', 'domain.ideaNotFound', { id });
  return idea;
}

/** Links must point at something that exists: a cluster of strengths, a question of the self-check, a field. */
function checkLinks(db: Database.Database, links: { kind: LinkKind; ref: string }[]): void {
  for (const l of links) {
    const ok =
      l.kind === 'field'
        ? isFieldKey(l.ref)
        : l.kind === 'question'
          ? !!db.prepare('SELECT 1 FROM questions WHERE id = ?').get(l.ref)
          : /^\d+$/.test(l.ref) && !!db.prepare('SELECT 1 FROM clusters WHERE id = ?').get(Number(l.ref));
    if (!ok) {
      throw AppError.of('NOT_FOUND', 'domain.ideaLinkMissing', { kind: l.kind, ref: l.ref.slice(0, 100) });
    }
  }
}

function setLinks(db: Database.Database, id: number, links: { kind: LinkKind; ref: string }[]): void {
  checkLinks(db, links);
  db.prepare('DELETE FROM idea_links WHERE idea_id = ?').run(id);
  const ins = db.prepare('INSERT OR IGNORE INTO idea_links(idea_id, kind, ref) VALUES (?, ?, ?)');
  for (const l of links) ins.run(id, l.kind, l.ref);
}

export function addIdea(
  db: Database.Database,
  i: {
    text: string;
    field?: string | null;
    description?: string | null;
    impact?: number | null;
    effort?: number | null;
    links?: { kind: LinkKind; ref: string }[];
    tableId?: number | null;
  },
): Idea {
  assertRoom(db, 'ideas', (db.prepare('SELECT count(*) AS n FROM ideas').get() as { n: number }).n, MAX_COUNT.ideas);
  if (i.tableId) getTable(db, i.tableId);
  const pos = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM ideas').get() as { p: number }).p;
  const info = db
    .prepare('INSERT INTO ideas(text, description, field, impact, effort, table_id, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(i.text, i.description ?? null, i.field ?? null, i.impact ?? null, i.effort ?? null, i.tableId ?? null, pos, new Date().toISOString());
  const id = Number(info.lastInsertRowid);
  if (i.links?.length) setLinks(db, id, i.links);
  return getIdea(db, id);
}

export function updateIdea(
  db: Database.Database,
  id: number,
  patch: {
    text?: string;
    field?: string | null;
    hidden?: boolean;
    description?: string | null;
    links?: { kind: LinkKind; ref: string }[];
    tableId?: number | null;
  },
): Idea {
  getIdea(db, id);
  if (patch.tableId) getTable(db, patch.tableId);
  const sets: string[] = [];
  const vals: unknown[] = [];
  if (patch.text !== undefined) {
    sets.push('text = ?');
    vals.push(patch.text);
  }
  if (patch.field !== undefined) {
    sets.push('field = ?');
    vals.push(patch.field);
  }
  if (patch.hidden !== undefined) {
    sets.push('hidden = ?');
    vals.push(patch.hidden ? 1 : 0);
  }
  if (patch.hidden !== undefined) sets.push('moderation = NULL'); // settles a phone idea's review
  if (patch.description !== undefined) {
    sets.push('description = ?');
    vals.push(patch.description);
  }
  if (patch.tableId !== undefined) {
    sets.push('table_id = ?');
    vals.push(patch.tableId);
  }
  if (sets.length) db.prepare(`UPDATE ideas SET ${sets.join(', ')} WHERE id = ?`).run(...vals, id);
  if (patch.links) setLinks(db, id, patch.links);
  return getIdea(db, id);
}

export function placeIdea(db: Database.Database, id: number, impact: number | null, effort: number | null): Idea {
  getIdea(db, id);
  db.prepare('UPDATE ideas SET impact = ?, effort = ? WHERE id = ?').run(impact, effort, id);
  return getIdea(db, id);
}

/** Deleting an idea deletes its dots and ratings (cascade); undo brings all of it back. */
export function deleteIdea(db: Database.Database, id: number): void {
  getIdea(db, id);
  db.prepare('DELETE FROM ideas WHERE id = ?').run(id);
}

/** Links of a new action to where it came from (action_links kind 'idea' | 'question' | 'cluster' | 'field'). */
export function linkAction(db: Database.Database, actionId: number, links: { kind: 'idea' | LinkKind; ref: string }[]): void {
  const ins = db.prepare('INSERT OR IGNORE INTO action_links(action_id, kind, ref) VALUES (?, ?, ?)');
  for (const l of links) ins.run(actionId, l.kind, l.ref);
}

/** Ideas that already have an action in the plan. */
export function ideaIdsInPlan(db: Database.Database): Set<number> {
  return new Set(db.prepare('SELECT DISTINCT idea_id FROM actions WHERE idea_id IS NOT NULL').pluck().all() as number[]);
}
