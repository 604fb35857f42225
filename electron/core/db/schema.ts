import Database from 'better-sqlite3';
import { AppError } from '../../../shared/domain/errors';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from './migrations';

/**
 * What a workshop file of a given `user_version` must contain: built by running this app's own
 * migrations on an empty in-memory database, so every migration added later is covered without
 * a second list to keep in step. A file is opened only when its sqlite_schema equals this set
 * exactly (type, name, table, SQL text): no trigger, view, table, index or column of its own.
 */
export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const SCHEMA_QUERY = 'SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name';
const expectedCache = new Map<number, Map<string, SchemaObject>>();
const columnCache = new Map<number, Map<string, readonly string[]>>();

function buildExpected(version: number): { objects: Map<string, SchemaObject>; columns: Map<string, readonly string[]> } {
  const mem = new Database(':memory:');
  try {
    migrate(mem, version);
    const objects = new Map<string, SchemaObject>();
    for (const o of mem.prepare(SCHEMA_QUERY).all() as SchemaObject[]) objects.set(o.name, o);
    const columns = new Map<string, readonly string[]>();
    const info = mem.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck();
    for (const o of objects.values()) if (o.type === 'table') columns.set(o.name, Object.freeze(info.all(o.name) as string[]));
    return { objects, columns };
  } finally {
    mem.close();
  }
}

export function expectedSchema(version: number): Map<string, SchemaObject> {
  let s = expectedCache.get(version);
  if (!s) {
    const b = buildExpected(version);
    expectedCache.set(version, (s = b.objects));
    columnCache.set(version, b.columns);
  }
  return s;
}

/** The app's own column list of a table (current schema): undo triggers are built from this, never from the file. */
export function knownColumns(table: string, version: number = SCHEMA_VERSION): readonly string[] {
  expectedSchema(version);
  const cols = columnCache.get(version)!.get(table);
  if (!cols) throw new Error(`unknown table ${table}`);
  return cols;
}

/** A name taken from a hostile file, made safe to show in a message: no control characters, short. */
export function displayName(s: string | null | undefined): string {
  const clean = String(s ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '�');
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}

function sameObject(a: SchemaObject, b: SchemaObject): boolean {
  return a.type === b.type && a.tbl_name === b.tbl_name && a.sql === b.sql;
}

function equalSchemas(found: SchemaObject[], expected: Map<string, SchemaObject>): boolean {
  if (found.length !== expected.size) return false;
  return found.every((o) => {
    const e = expected.get(o.name);
    return !!e && sameObject(o, e);
  });
}

/**
 * Compare the file's schema with the one expected for its user_version. Reads only
 * sqlite_schema and pragma_table_info (which evaluate nothing stored in the file) and throws
 * SCHEMA_MISMATCH with a message of its own for each kind of difference.
 */
export function assertExpectedSchema(db: Database.Database, version: number, name: string, file: string): void {
  const found = db.prepare(SCHEMA_QUERY).all() as SchemaObject[];
  const expected = expectedSchema(version);
  if (equalSchemas(found, expected)) return;
  const fail = (key: Parameters<typeof AppError.of>[1], params: Record<string, string | number>) =>
    AppError.of('SCHEMA_MISMATCH', key, { name, file, version, ...params });
  // Code first: a stored trigger or view is the most dangerous finding and is named as such.
  for (const o of found) {
    if (expected.has(o.name) && sameObject(o, expected.get(o.name)!)) continue;
    if (o.type === 'trigger') throw fail('db.schemaTrigger', { object: displayName(o.name) });
    if (o.type === 'view') throw fail('db.schemaView', { object: displayName(o.name) });
  }
  // A file that is exactly another version's schema: its user_version was changed by hand.
  for (let v = 0; v <= SCHEMA_VERSION; v++) {
    if (v !== version && (v === 0 || MIGRATIONS.some((m) => m.version === v)) && equalSchemas(found, expectedSchema(v))) {
      throw AppError.of('SCHEMA_MISMATCH', 'db.versionContradicts', { name, file, fileVersion: version, schemaVersion: v });
    }
  }
  const foundByName = new Map(found.map((o) => [o.name, o]));
  for (const o of found) {
    const e = expected.get(o.name);
    if (!e) throw fail('db.schemaExtra', { kind: o.type === 'index' ? 'index' : 'table', object: displayName(o.name) });
    if (sameObject(o, e)) continue;
    if (o.type === 'table' && e.type === 'table') {
      const cols = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(o.name) as string[];
      const known = columnCache.get(version)!.get(o.name) ?? [];
      const odd = cols.find((c) => !known.includes(c)) ?? known.find((c) => !cols.includes(c));
      if (odd !== undefined) throw fail('db.schemaColumns', { object: displayName(o.name), column: displayName(odd) });
    }
    throw fail('db.schemaChanged', { object: displayName(o.name) });
  }
  for (const e of expected.values()) {
    if (!foundByName.has(e.name)) throw fail('db.schemaMissing', { object: displayName(e.name) });
  }
  throw fail('db.schemaChanged', { object: '?' });
}
