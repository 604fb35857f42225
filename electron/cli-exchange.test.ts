import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

// `package` and `programme` as the programme team scripts them: a real process, real files.
const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-cli-exchange-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(tsx, [path.join(root, 'electron/cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, WERKSTATT_SETTINGS_DIR: path.join(dir, 's'), WERKSTATT_LANG: 'de' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli: package and programme', () => {
  test('package writes a redacted file, refuses to overwrite; programme prints n and quartiles per field', async () => {
    const ws = path.join(dir, 'demo.werkstatt');
    expect(cli('demo', ws).code).toBe(0);
    const pk = path.join(dir, 'pakete');
    fs.mkdirSync(pk);
    const a = path.join(pk, 'a.werkstatt-austausch.json');
    const r = cli('package', ws, '--out', a);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Austauschpaket geschrieben/);
    const text = fs.readFileSync(a, 'utf8');
    expect(text).not.toContain('Sommerfeld');
    expect(text).not.toContain('Brettschneider');
    const again = cli('package', ws, '--out', a);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/gibt es schon/);
    const b = path.join(pk, 'b.werkstatt-austausch.json');
    expect(cli('package', ws, '--out', b, '--pseudonym', 'Kommune Süd', '--include-responsible').code).toBe(0);
    const pb = JSON.parse(fs.readFileSync(b, 'utf8'));
    expect(pb.content).toMatchObject({ municipality: 'Kommune Süd', pseudonymised: true });
    expect(JSON.stringify(pb)).toContain('Sommerfeld');
    fs.writeFileSync(path.join(pk, 'kaputt.json'), '{"format":');

    const p = cli('programme', pk, '--json');
    expect(p.code, p.err).toBe(0);
    const j = JSON.parse(p.out);
    expect(j.municipalities).toBe(2);
    expect(j.fields).toHaveLength(7);
    for (const f of j.fields) {
      expect(f.n).toBe(2);
      expect(f.q1).toBe(f.median);
      expect(Object.keys(f).sort()).toEqual(['key', 'max', 'median', 'min', 'n', 'q1', 'q3']);
    }
    expect(j.practices.actions).toBe(2 * pb.content.actions.length);
    expect(j.refused).toMatchObject([{ file: 'kaputt.json', code: 'CORRUPT' }]);
    expect(j.refused[0].message).toMatch(/kein gültiges JSON/);

    const csv = path.join(dir, 'katalog.csv');
    const t = cli('programme', pk, '--csv', csv);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/2 Kommunen/);
    expect(t.out).toMatch(/keine Rangfolge/);
    expect(t.err).toMatch(/kaputt\.json/);
    expect(fs.readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('\ufeff"Art";"Handlungsfeld";"Titel";"Details";"Status";"Kommune"');

    // --xlsx: the same catalogue, read back by a real reader; one row per practice plus the header.
    const xlsx = path.join(dir, 'katalog.xlsx');
    const x = cli('programme', pk, '--xlsx', xlsx, '--hide-names');
    expect(x.code, x.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.getWorksheet('Praxiskatalog')!;
    expect(sheet.rowCount).toBe(1 + j.practices.themes + j.practices.actions);
    expect(sheet.getRow(1).getCell(3).value).toBe('Titel');
    const towns = new Set<string>();
    sheet.eachRow((row, i) => i > 1 && towns.add(String(row.getCell(6).value)));
    expect([...towns].sort()).toEqual(['Kommune 1', 'Kommune 2']);
    expect(cli('programme', pk, '--xlsx', xlsx).code).not.toBe(0); // never over an existing file
    expect(fs.statSync(xlsx).size).toBeGreaterThan(0);

    const missing = cli('programme', path.join(dir, 'gibtsnicht'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/gibt es nicht/);
  });
});
