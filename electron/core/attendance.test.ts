import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from './service';
import { SECTOR_KEYS } from '../../shared/domain/fields';

let dir: string;
let s: WorkshopService;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-att-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
  await s.run('workshop.create', { name: 'Workshop Testdorf', municipality: 'Testdorf', date: '2026-11-24' });
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('attendance by sector', () => {
  test('every sector, "Sonstige" included, in the fixed order; 0 where nothing is recorded', async () => {
    const a = await s.run('attendance.get', {});
    expect(a.map((x) => x.sector)).toEqual([...SECTOR_KEYS]);
    expect(a.every((x) => x.count === 0)).toBe(true);
  });

  test('recorded counts are saved, shown in the export, and undone in one step', async () => {
    await s.run('attendance.set', {
      rows: [
        { sector: 'verwaltung', count: 12 },
        { sector: 'sonstige', count: 3 },
      ],
    });
    const a = await s.run('attendance.get', {});
    expect(a.find((x) => x.sector === 'verwaltung')!.count).toBe(12);
    expect(a.find((x) => x.sector === 'sonstige')!.count).toBe(3);
    const md = Buffer.from((await s.run('export.render', { format: 'md', locale: 'de' })).base64, 'base64').toString('utf8');
    expect(md).toContain('Verwaltung: 12');
    expect(md).toContain('Sonstige: 3');
    await s.run('history.undo', {});
    expect((await s.run('attendance.get', {})).every((x) => x.count === 0)).toBe(true);
  });

  test('0 removes a sector; bad counts are refused with a message', async () => {
    await s.run('attendance.set', { rows: [{ sector: 'politik', count: 4 }] });
    await s.run('attendance.set', { rows: [{ sector: 'politik', count: 0 }] });
    expect((await s.run('attendance.get', {})).find((x) => x.sector === 'politik')!.count).toBe(0);
    for (const count of [-1, 2.5, 100000]) {
      const r = await s.call('attendance.set', { rows: [{ sector: 'politik', count }] });
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await s.call('attendance.set', { rows: [{ sector: 'kirche', count: 1 }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
