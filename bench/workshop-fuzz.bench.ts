// Fuzzing the workshop-file open path: a few hundred mutated .werkstatt files (byte flips in
// the header and in pages, schema edits via SQL on a copy, truncations, damaged hot journals),
// each opened through the real service (workshop.open, then a read, a change and an undo when
// accepted) in a child process with a timeout. Prints one JSON line per count; crashed, hung,
// changedOnFailure and internal must be 0.
//   npx tsx bench/workshop-fuzz.bench.ts [--count N] [--seed S]
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

if (process.argv.includes('--worker')) await worker();
else await main();

/** Child: one line in (a file path), one JSON line out. Opens through the service like the app does. */
async function worker(): Promise<void> {
  const { WorkshopService } = await import('../electron/core/service');
  const settings = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-fuzz-settings-'));
  const rl = readline.createInterface({ input: process.stdin });
  for await (const file of rl) {
    const s = new WorkshopService({ paths: { settingsDir: settings, workshopsDir: path.dirname(file) } });
    const open = await s.call('workshop.open', { file });
    let result: Record<string, unknown>;
    if (!open.ok) result = { outcome: 'refused', code: open.error.code, key: open.error.key ?? null, message: open.error.message.slice(0, 200) };
    else {
      // Accepted files must also work: a read, a change and its undo.
      const steps = [
        await s.call('app.status', {}),
        await s.call('cards.add', { text: `Fuzz ${Date.now()}` }),
        await s.call('history.undo', {}),
        await s.call('cards.list', {}),
      ];
      const bad = steps.find((r) => !r.ok && r.error.code === 'INTERNAL');
      result = { outcome: 'accepted', internalAfterOpen: bad && !bad.ok ? bad.error.message.slice(0, 200) : null };
    }
    s.close();
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  fs.rmSync(settings, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const arg = (name: string, def: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : def;
  };
  const COUNT = arg('--count', 320);
  let seed = arg('--seed', 20261129) >>> 0;
  // mulberry32: reproducible mutations for a given seed
  const rand = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(a: readonly T[]): T => a[int(a.length)];

  const Database = (await import('better-sqlite3')).default;
  const { createWorkshopFile } = await import('../electron/core/db/workshop-file');
  const { fillDemo, DEMO_META } = await import('../electron/core/db/demo');
  const { CASES, makeCanary, soundWorkshop, freezeHalfWay, breakoutName } = await import('../tests/fixtures/hostile/werkstatt/corpus');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-fuzz-'));
  const seeds = path.join(dir, 'seeds');
  fs.mkdirSync(seeds);
  const canary = makeCanary(seeds);
  const bases: string[] = [];
  const small = path.join(seeds, 'klein.werkstatt');
  soundWorkshop(small, 30);
  bases.push(small);
  const demo = path.join(seeds, 'demo.werkstatt');
  createWorkshopFile(demo, DEMO_META, fillDemo).db.close();
  bases.push(demo);
  const v1 = path.join(seeds, 'v1.werkstatt');
  fs.copyFileSync(path.join(path.dirname(here), '../tests/fixtures/db/workshop-v1.werkstatt'), v1);
  bases.push(v1);
  // Hostile seeds too: mutating a refused file must not make it acceptable and dangerous.
  for (const id of ['column-name-attach', 'trigger-delete-actions', 'endless-view-as-table']) {
    const f = path.join(seeds, `${id}.werkstatt`);
    CASES.find((c) => c.id === id)!.build(f, canary);
    bases.push(f);
  }

  const sha = (f: string) => (fs.existsSync(f) ? crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex') : '-');
  const flip = (f: string, from: number, to: number, n: number) => {
    const buf = fs.readFileSync(f);
    for (let i = 0; i < n; i++) {
      const at = from + int(Math.max(1, Math.min(to, buf.length) - from));
      buf[at] = rand() < 0.5 ? buf[at] ^ (1 << int(8)) : int(256);
    }
    fs.writeFileSync(f, buf);
  };
  const rawEdit = (f: string, sql: (db: InstanceType<typeof Database>) => void) => {
    const db = new Database(f);
    db.unsafeMode(true);
    try {
      sql(db);
    } finally {
      db.close();
    }
  };
  const TABLES = ['meta', 'cards', 'clusters', 'ideas', 'votes', 'actions', 'action_links', 'attendance', 'answers'];
  const NAMES = [
    'x',
    'evil name',
    breakoutName(`ATTACH '${canary.workshop}' AS c; DELETE FROM c.actions`),
    `y'); VACUUM INTO '${canary.created}'; --`,
    '"',
    'ü\u0000',
  ];
  const schemaEdits: ((db: InstanceType<typeof Database>) => void)[] = [
    (db) => db.exec(`ALTER TABLE ${pick(TABLES)} ADD COLUMN "${pick(NAMES).replace(/"/g, '""')}"`),
    (db) => db.exec(`CREATE TRIGGER t${int(1e6)} AFTER INSERT ON ${pick(TABLES)} BEGIN DELETE FROM actions; END`),
    (db) => db.exec(`CREATE TEMP VIEW v AS SELECT 1; CREATE VIEW v${int(1e6)} AS SELECT * FROM ${pick(TABLES)}`),
    (db) => db.exec(`DROP TABLE IF EXISTS ${pick(TABLES)}`),
    (db) => db.exec(`CREATE INDEX "i${int(1e6)}" ON ${pick(TABLES)}(rowid)`),
    (db) => db.exec(`ALTER TABLE ${pick(TABLES)} RENAME TO renamed${int(100)}`),
    (db) => db.pragma(`user_version = ${int(5)}`),
    (db) => db.pragma(`application_id = ${pick([0, 1, 0x5343574b, -1])}`),
    (db) => {
      db.pragma('writable_schema = ON');
      const rows = db.prepare('SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL').all() as { name: string; sql: string }[];
      const r = pick(rows);
      const at = int(r.sql.length);
      db.prepare('UPDATE sqlite_schema SET sql = ? WHERE name = ?').run(
        r.sql.slice(0, at) + pick([' ', 'x', ',', ')', '"', "'", '0']) + r.sql.slice(at + 1),
        r.name,
      );
    },
    (db) => db.exec('PRAGMA journal_mode = WAL; PRAGMA journal_mode = DELETE; PRAGMA page_size = 1024; VACUUM'),
    (db) => db.exec('CREATE TABLE sqlite_stat1_x(a); ANALYZE'),
    (db) => db.exec(`PRAGMA journal_mode = WAL; INSERT INTO meta(key, value) VALUES ('wal', '${int(1e6)}')`),
  ];

  type Kind = 'header-flip' | 'page-flip' | 'page-garbage' | 'schema-sql' | 'truncate' | 'journal' | 'combined';
  const KINDS: Kind[] = ['header-flip', 'page-flip', 'page-garbage', 'schema-sql', 'schema-sql', 'truncate', 'journal', 'combined'];
  const mutants: { file: string; kind: Kind }[] = [];
  for (let i = 0; i < COUNT; i++) {
    const kind = pick(KINDS);
    const file = path.join(dir, `m${String(i).padStart(4, '0')}-${kind}.werkstatt`);
    // three in four from a sound seed: a mutated sound file is the interesting case
    fs.copyFileSync(rand() < 0.75 ? pick(bases.slice(0, 3)) : pick(bases.slice(3)), file);
    const size = fs.statSync(file).size;
    const page = 4096;
    try {
      if (kind === 'header-flip') flip(file, 0, 100, 1 + int(4));
      else if (kind === 'page-flip') flip(file, 100, size, 1 + int(32));
      else if (kind === 'page-garbage') {
        const buf = fs.readFileSync(file);
        const p = 1 + int(Math.max(1, Math.floor(size / page) - 1));
        buf.fill(rand() < 0.5 ? 0 : int(256), p * page, (p + 1) * page);
        fs.writeFileSync(file, buf);
      } else if (kind === 'schema-sql') rawEdit(file, pick(schemaEdits));
      else if (kind === 'truncate') fs.truncateSync(file, int(size));
      else if (kind === 'journal') {
        freezeHalfWay(
          file,
          "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 1500) INSERT INTO cards(text, created_at) SELECT 'J ' || v, 'x' FROM n",
        );
        if (rand() < 0.7) flip(`${file}-journal`, 0, fs.statSync(`${file}-journal`).size, 1 + int(8));
      } else {
        rawEdit(file, pick(schemaEdits));
        flip(file, 0, fs.statSync(file).size, 1 + int(8));
      }
    } catch {
      // an edit that SQLite itself refused leaves the copy as it was: still a case to open
    }
    mutants.push({ file, kind });
  }

  let child: ChildProcess | null = null;
  let lines: readline.Interface | null = null;
  let pending: ((v: string | null) => void) | null = null;
  const startWorker = () => {
    child = spawn(process.execPath, ['--import', 'tsx', here, '--worker'], { stdio: ['pipe', 'pipe', 'ignore'], cwd: path.resolve(path.dirname(here), '..') });
    lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (l) => {
      const p = pending;
      pending = null;
      p?.(l);
    });
    child.on('exit', () => {
      const p = pending;
      pending = null;
      p?.(null);
    });
  };
  const ask = (file: string, ms: number) =>
    new Promise<string | null | 'timeout'>((resolve) => {
      const timer = setTimeout(() => {
        pending = null;
        resolve('timeout');
      }, ms);
      pending = (v) => {
        clearTimeout(timer);
        resolve(v);
      };
      child!.stdin!.write(`${file}\n`);
    });

  const counts = { tried: 0, refused: 0, accepted: 0, crashed: 0, hung: 0, changedOnFailure: 0, internal: 0 };
  const byKey = new Map<string, number>();
  const canaryBefore = sha(canary.workshop);
  const t0 = performance.now();
  startWorker();
  for (const m of mutants) {
    counts.tried++;
    const before = { file: sha(m.file), journal: sha(`${m.file}-journal`) };
    const answer = await ask(m.file, 20000);
    if (answer === 'timeout' || answer === null) {
      if (answer === 'timeout') counts.hung++;
      else counts.crashed++;
      console.error(`${answer === 'timeout' ? 'hung' : 'crashed'}: ${m.file}`);
      child!.kill('SIGKILL');
      await new Promise((r) => (child!.exitCode !== null || child!.signalCode !== null ? r(null) : child!.once('exit', r)));
      startWorker();
      continue;
    }
    const r = JSON.parse(answer) as {
      outcome: 'refused' | 'accepted';
      code?: string;
      key?: string | null;
      message?: string;
      internalAfterOpen?: string | null;
    };
    if (r.outcome === 'refused') {
      counts.refused++;
      byKey.set(r.key ?? r.code!, (byKey.get(r.key ?? r.code!) ?? 0) + 1);
      if (r.code === 'INTERNAL' || !r.key) {
        counts.internal++;
        console.error(`internal: ${m.file}: ${r.message}`);
      }
      const changed = sha(m.file) !== before.file || sha(`${m.file}-journal`) !== before.journal;
      const leftovers = fs
        .readdirSync(dir)
        .filter((f) => f.startsWith(path.basename(m.file)) && f !== path.basename(m.file) && f !== `${path.basename(m.file)}-journal`)
        .concat(fs.readdirSync(dir).filter((f) => f.includes(path.basename(m.file, '.werkstatt')) && (f.includes('Sicherung') || f.startsWith('.~lock'))));
      if (changed || leftovers.length) {
        counts.changedOnFailure++;
        console.error(`changed on failure: ${m.file} ${leftovers.join(', ')}`);
      }
    } else {
      counts.accepted++;
      if (r.internalAfterOpen) {
        counts.internal++;
        console.error(`internal after open: ${m.file}: ${r.internalAfterOpen}`);
      }
    }
  }
  (child as ChildProcess | null)?.stdin?.end();
  const seconds = (performance.now() - t0) / 1000;
  const canaryHurt = sha(canary.workshop) !== canaryBefore || fs.existsSync(canary.created);

  const line = (name: string, value: number, unit: string, target: number | null, note?: string) =>
    console.log(JSON.stringify({ name, value, unit, target, ...(note ? { note } : {}) }));
  line('workshop-fuzz tried', counts.tried, 'files', null, `${bases.length} seed files, seed ${arg('--seed', 20261129)}`);
  line(
    'workshop-fuzz refused',
    counts.refused,
    'files',
    null,
    [...byKey]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
  );
  line('workshop-fuzz accepted', counts.accepted, 'files', null, 'opened, read, changed and undone without an internal error');
  line('workshop-fuzz crashed', counts.crashed, 'files', 0);
  line('workshop-fuzz hung', counts.hung, 'files', 0);
  line('workshop-fuzz changedOnFailure', counts.changedOnFailure, 'files', 0, 'refused, but the file, its journal or a backup/lock beside it changed');
  line('workshop-fuzz internal', counts.internal, 'files', 0, 'INTERNAL instead of a catalogue message');
  line('workshop-fuzz canary touched', canaryHurt ? 1 : 0, 'files', 0);
  line('workshop-fuzz time per file', Math.round((seconds / counts.tried) * 1000), 'ms', null);
  fs.rmSync(dir, { recursive: true, force: true });
  // A broken promise is a failed run, not just a figure.
  if (counts.crashed || counts.hung || counts.changedOnFailure || counts.internal || canaryHurt) process.exitCode = 1;
}
