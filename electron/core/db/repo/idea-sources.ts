import type Database from 'better-sqlite3';
import type { IdeaSource } from '../../../../shared/domain/schemas';

// Origins of next steps adopted from other municipalities' exchange packages (schema version 6).
// The values come from a package that passed the refusing reader; they are stored as data only.

interface SourceRow {
  idea_id: number;
  municipality: string;
  pseudonymised: number;
  package_hash: string;
  kind: string;
  title: string;
  adopted_at: string;
}

export function listIdeaSources(db: Database.Database): Map<number, IdeaSource> {
  const rows = db.prepare('SELECT * FROM idea_sources').all() as SourceRow[];
  return new Map(
    rows.map((r) => [
      r.idea_id,
      {
        municipality: r.municipality,
        pseudonymised: !!r.pseudonymised,
        packageHash: r.package_hash,
        kind: r.kind === 'theme' ? 'theme' : 'action',
        title: r.title,
        adoptedAt: r.adopted_at,
      },
    ]),
  );
}

export function setIdeaSource(db: Database.Database, ideaId: number, s: Omit<IdeaSource, 'adoptedAt'>): void {
  db.prepare('INSERT INTO idea_sources(idea_id, municipality, pseudonymised, package_hash, kind, title, adopted_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    ideaId,
    s.municipality,
    s.pseudonymised ? 1 : 0,
    s.packageHash,
    s.kind,
    s.title,
    new Date().toISOString(),
  );
}

/** Question ids of this workshop whose text equals one of `texts` (an adopted action's potentials). */
export function questionIdsByText(db: Database.Database, texts: readonly string[]): string[] {
  if (!texts.length) return [];
  const norm = (t: string) => t.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();
  const wanted = new Set(texts.map(norm));
  const rows = db.prepare('SELECT id, text FROM questions ORDER BY id').all() as { id: string; text: string }[];
  return rows.filter((q) => wanted.has(norm(q.text))).map((q) => q.id);
}
