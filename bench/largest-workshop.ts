// The largest valid workshop (shared/domain/limits.ts): every count at its maximum and every text
// at its maximum length, written as a real .werkstatt file. Used by export-bounds.bench.ts and
// export-responsive.bench.ts. Texts are German prose (words to hyphenate, the costly case for the
// PDF), cut to the limit.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createWorkshopFile } from '../electron/core/db/workshop-file';
import { fillDemo } from '../electron/core/db/demo';
import { setMeta } from '../electron/core/db/repo/meta';
import { addCard, insertCluster } from '../electron/core/db/repo/cards';
import { addIdea } from '../electron/core/db/repo/ideas';
import { addAction, addActionUpdate } from '../electron/core/db/repo/actions';
import { MAX_COUNT, MAX_LEN } from '../shared/domain/limits';
import { FIELD_KEYS, SECTOR_KEYS, ACTION_STATUSES } from '../shared/domain/fields';

const PROSE =
  'Die Integrationsbeauftragte stimmt sich monatlich mit der Antidiskriminierungsberatungsstelle, dem Jobcenter ' +
  'und den Migrantenselbstorganisationen ab; Zuständigkeiten werden verbindlich geklärt und dokumentiert. ';
export const text = (n: number, tag = '') => {
  let s = tag;
  while (s.length < n) s += PROSE;
  return s.slice(0, n);
};

export interface Size {
  cards: number;
  actions: number;
  updatesPerAction: number;
  ideas: number;
}
export const LARGEST: Size = { cards: MAX_COUNT.cards, actions: MAX_COUNT.actions, updatesPerAction: MAX_COUNT.updatesPerAction, ideas: MAX_COUNT.ideas };

/** Writes the workshop to `dir/name.werkstatt` and returns its path (the file is closed). */
export function writeWorkshop(dir: string, size: Size = LARGEST, name = 'largest'): string {
  const file = path.join(dir, `${name}.werkstatt`);
  // The demo brings self-check results and attendance; everything else is added up to the limits.
  const ws = createWorkshopFile(file, { name: text(MAX_LEN.name, 'Workshop '), municipality: text(MAX_LEN.name, 'Stadt '), date: '2026-11-24' }, fillDemo);
  const db: Database.Database = ws.db;
  db.transaction(() => {
    setMeta(db, 'place', text(MAX_LEN.name, 'Ort '));
    setMeta(db, 'facilitator', text(MAX_LEN.name, 'Moderation '));
    db.prepare('DELETE FROM action_updates').run();
    db.prepare('DELETE FROM action_links').run();
    db.prepare('DELETE FROM actions').run();
    db.prepare('DELETE FROM cards').run();
    const clusters = Array.from({ length: 25 }, (_, i) => insertCluster(db, text(MAX_LEN.label, `Thema ${i + 1} `)));
    for (let i = 0; i < size.cards; i++) {
      addCard(db, {
        text: text(MAX_LEN.card, `Karte ${i + 1} `),
        field: FIELD_KEYS[i % 7],
        sector: SECTOR_KEYS[i % SECTOR_KEYS.length],
        clusterId: clusters[i % clusters.length],
      });
    }
    const have = (db.prepare('SELECT count(*) AS n FROM ideas').get() as { n: number }).n;
    for (let i = have; i < size.ideas; i++)
      addIdea(db, { text: text(MAX_LEN.card, `Schritt ${i + 1} `), field: FIELD_KEYS[i % 7], description: text(MAX_LEN.field) });
    for (let i = 0; i < size.actions; i++) {
      const a = addAction(db, {
        title: text(MAX_LEN.title, `Maßnahme ${i + 1} `),
        description: text(MAX_LEN.text),
        field: FIELD_KEYS[i % 7],
        effect: text(MAX_LEN.field),
        effectLevel: 'outcome',
        wirkungsstufe: 4,
        indicator: text(MAX_LEN.field),
        responsible: text(MAX_LEN.title),
        partners: text(MAX_LEN.list),
        start: '2027-01-01',
        due: `2027-${String((i % 12) + 1).padStart(2, '0')}-28`,
        resources: text(MAX_LEN.list),
        priority: (i % 10) + 1,
        status: ACTION_STATUSES[i % ACTION_STATUSES.length],
      });
      for (let u = 0; u < size.updatesPerAction; u++)
        addActionUpdate(db, { actionId: a.id, date: `2027-02-${String(u + 1).padStart(2, '0')}`, note: text(MAX_LEN.note, `Notiz ${u + 1} `) });
    }
  })();
  db.close();
  return file;
}
