import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
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
    for (const p of ['electron/main', 'electron/preload', 'electron/core/db', 'electron/core/import', 'electron/core/export', 'electron/core/http',
      'electron/core/service.ts', 'electron/cli.ts', 'renderer/src/api', 'renderer/src/stores', 'renderer/src/screens', 'renderer/src/i18n',
      'shared/domain', 'shared/api.ts', 'shared/clustering', 'shared/scoring', 'resources', 'tests/unit', 'tests/e2e', 'tests/fixtures',
      'electron-builder.yml', 'package.json', 'tsconfig.json', 'README.md', 'electron.vite.config.ts']) {
      expect(fs.existsSync(path.join(root, p)), p).toBe(true);
    }
  });

  test("only electron/main and electron/preload import 'electron'", () => {
    for (const f of [...files('shared'), ...files('electron/core'), 'electron/cli.ts', ...files('renderer/src')]) {
      expect(importsOf(f).filter((i) => i === 'electron'), f).toEqual([]);
    }
  });

  test('shared/ touches neither Node nor the DOM', () => {
    for (const f of files('shared')) {
      const src = fs.readFileSync(path.join(root, f), 'utf8');
      expect(importsOf(f).filter((i) => i.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'better-sqlite3'].includes(i)), f).toEqual([]);
      // String contents are text, not code ("… in another window.").
      const code = src.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
      expect(/\b(document|window|localStorage|process)\./.test(code), `${f} uses a DOM or Node global`).toBe(false);
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
