import { test, expect } from 'vitest';
import Database from 'better-sqlite3';
test('runs on Node >= 22.14 with a working better-sqlite3', () => {
  const [maj] = process.versions.node.split('.').map(Number);
  expect(maj).toBeGreaterThanOrEqual(22);
  const db = new Database(':memory:');
  expect(db.prepare('select 1 as one').get()).toEqual({ one: 1 });
});
