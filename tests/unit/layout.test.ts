import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The design card's layout rules, checked on the sources so they cannot erode unnoticed.
const root = path.resolve(__dirname, '../..');
function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(rel));
    else if (/\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(rel);
  }
  return out;
}
const importsOf = (f: string) => [...fs.readFileSync(path.join(root, f), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('layout', () => {
  test('the folders of the design card exist', () => {
    for (const p of [
      'electron/main',
      'electron/preload',
      'electron/core/db',
      'electron/core/import',
      'electron/core/export',
      'electron/core/http',
      'electron/core/service.ts',
      'electron/cli.ts',
      'renderer/src/api',
      'renderer/src/stores',
      'renderer/src/screens',
      'renderer/src/i18n',
      'shared/domain',
      'shared/api.ts',
      'shared/clustering',
      'shared/scoring',
      'resources',
      'tests/unit',
      'tests/e2e',
      'tests/fixtures',
      'electron-builder.yml',
      'package.json',
      'tsconfig.json',
      'README.md',
      'electron.vite.config.ts',
    ]) {
      expect(fs.existsSync(path.join(root, p)), p).toBe(true);
    }
  });

  test("only electron/main and electron/preload import 'electron'", () => {
    for (const f of [...files('shared'), ...files('electron/core'), 'electron/cli.ts', ...files('renderer/src')]) {
      expect(
        importsOf(f).filter((i) => i === 'electron'),
        f,
      ).toEqual([]);
    }
  });

  test('shared/ touches neither Node nor the DOM', () => {
    for (const f of files('shared')) {
      const src = fs.readFileSync(path.join(root, f), 'utf8');
      expect(
        importsOf(f).filter((i) => i.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'better-sqlite3'].includes(i)),
        f,
      ).toEqual([]);
      // String contents are text, not code ("… in another window.").
      const code = src.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
      expect(/\b(document|window|localStorage|process)\./.test(code), `${f} uses a DOM or Node global`).toBe(false);
    }
  });

  test('electron/core/db never imports handlers, the service or a transport', () => {
    for (const f of files('electron/core/db')) {
      expect(
        importsOf(f).filter((i) => /(^|\/)(handlers|http)(\/|$)|(^|\/)service$/.test(i)),
        f,
      ).toEqual([]);
    }
  });

  test('SQL lives in electron/core/db', () => {
    for (const f of [...files('electron/core'), ...files('shared'), ...files('renderer/src')]) {
      if (f.startsWith(path.join('electron', 'core', 'db'))) continue;
      const src = fs.readFileSync(path.join(root, f), 'utf8');
      expect(/\.prepare\(|\.exec\(\s*['`"]\s*(CREATE|INSERT|UPDATE|DELETE|SELECT)/i.test(src), f).toBe(false);
    }
  });
});

// The same rules, and more, as ESLint enforces them in `npm test` (eslint.config.js). These
// snippets prove each layer rule fires where it should and stays quiet where the import is allowed.
describe('lint rules for the layers', () => {
  const linters = new Map<string, Promise<import('eslint').ESLint>>(); // one per folder: loading the parser takes a while
  const lint = async (filePath: string, code: string, cwd = root) => {
    if (!linters.has(cwd))
      linters.set(
        cwd,
        import('eslint').then(({ ESLint }) => new ESLint({ cwd, overrideConfigFile: path.join(root, 'eslint.config.js') })),
      );
    const [r] = await (await linters.get(cwd)!).lintText(code, { filePath: path.join(cwd, filePath) });
    return r.messages.map((m) => m.ruleId);
  };

  test.each([
    ['shared/x.ts', "import fs from 'node:fs';\nexport const f = fs;", 'no-restricted-imports'],
    ['shared/x.ts', "import { WorkshopService } from '../electron/core/service';\nexport const s = WorkshopService;", 'import-x/no-restricted-paths'],
    ['shared/x.ts', 'export const here = window.location;', 'no-restricted-globals'],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;", 'no-restricted-imports'],
    ['electron/cli.ts', "import { x } from './main/window-options';\nexport const y = x;", 'import-x/no-restricted-paths'],
    ['renderer/src/x.ts', "import { WorkshopService } from '../../electron/core/service';\nexport const s = WorkshopService;", 'import-x/no-restricted-paths'],
    ['renderer/src/screens/x.ts', "export const r = fetch('/api/call');", 'no-restricted-globals'],
    ['renderer/src/screens/x.ts', 'export const b = window.werkstatt;', 'no-restricted-properties'],
    ['electron/core/db/x.ts', "import { cardsHandlers } from '../handlers/cards';\nexport const h = cardsHandlers;", 'import-x/no-restricted-paths'],
    ['electron/core/db/repo/x.ts', "import { WorkshopService } from '../../service';\nexport const s = WorkshopService;", 'import-x/no-restricted-paths'],
    [
      'electron/core/handlers/x.ts',
      "import type Database from 'better-sqlite3';\nexport const q = (db: Database.Database) => db.prepare('SELECT 1');",
      'no-restricted-syntax',
    ],
  ])('%s: %s is refused (%s)', async (file, code, rule) => {
    expect(await lint(file, code)).toContain(rule);
  });

  test.each([
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { WorkshopService } from '../core/service';\nexport const a = [app, WorkshopService];"],
    ['renderer/src/api/x.ts', "import type { Method } from '../../../shared/api';\nexport const r = (m: Method) => fetch(m);"],
    ['electron/core/handlers/x.ts', "import { readInfo } from '../db/repo/meta';\nexport const r = readInfo;"],
    ['electron/core/db/repo/x.ts', "import type Database from 'better-sqlite3';\nexport const q = (db: Database.Database) => db.prepare('SELECT 1');"],
  ])('%s: allowed', async (file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });

  test('an import cycle is an error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-cycle-'));
    try {
      fs.mkdirSync(path.join(dir, 'shared'));
      fs.writeFileSync(path.join(dir, 'shared/a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      fs.writeFileSync(path.join(dir, 'shared/b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      expect(await lint('shared/a.ts', fs.readFileSync(path.join(dir, 'shared/a.ts'), 'utf8'), dir)).toContain('import-x/no-cycle');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
