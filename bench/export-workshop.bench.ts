// Full export path: a workshop file with 60 actions → ExportModel → PDF / DOCX / XLSX.
// Prints one JSON line per figure. Run: npx tsx bench/export-workshop.bench.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from '../electron/core/service';
import { workshopToExportModel } from '../electron/core/db/repo/export-model';
import { exportWorkshop } from '../electron/core/export/workshop-export';

const N = 60;
const RUNS = 5;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-export-ws-'));
const s = new WorkshopService({ paths: { settingsDir: path.join(dir, 's'), workshopsDir: path.join(dir, 'w') } });
s.openOrCreateDemo();
const db = s.workshop!.db;
const fields = ['management', 'oeffnung', 'zugang', 'arbeit', 'engagement', 'zusammenhalt', 'kommunikation'] as const;
const statuses = ['geplant', 'in_arbeit', 'erledigt', 'zurueckgestellt'] as const;
const have = (await s.run('actions.list', {})).length;
for (let i = have; i < N; i++) {
  const a = await s.run('actions.add', {
    title: `Maßnahme ${i + 1}: Antidiskriminierungsberatungsstelle und Integrationsbeauftragte vernetzen`,
    description: 'Gemeinsam mit dem Integrationsbeirat wird ein Konzept erarbeitet, abgestimmt und im Hauptausschuss vorgestellt. '.repeat(2),
    field: fields[i % 7],
    status: statuses[i % 4],
    effect: 'Mehr Menschen finden eine Anlaufstelle.',
    effectLevel: 'outcome',
    wirkungsstufe: 4,
    indicator: 'Anzahl Beratungen je Quartal',
    responsible: 'Integrationsstelle',
    partners: 'Volkshochschule, Jobcenter',
    start: '2027-01-01',
    due: `2027-${String((i % 12) + 1).padStart(2, '0')}-28`,
    resources: '2.000 €',
    priority: (i % 10) + 1,
  });
  await s.run('actions.addUpdate', { actionId: a.id, date: '2027-01-15', note: 'Auftakt mit allen Beteiligten.' });
}

async function time(fn: () => unknown): Promise<number> {
  await fn();
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return Math.round(t[Math.floor(t.length / 2)] * 10) / 10;
}

const c0 = performance.now();
await exportWorkshop(db, 'pdf');
const cold = Math.round((performance.now() - c0) * 10) / 10;
const figures = [
  { name: `workshop_model_${N}_actions_ms`, value: await time(() => workshopToExportModel(db)) },
  { name: `workshop_pdf_${N}_actions_cold_ms`, value: cold, target: 2000 },
  { name: `workshop_pdf_${N}_actions_ms`, value: await time(() => exportWorkshop(db, 'pdf')), target: 2000 },
  { name: `workshop_docx_${N}_actions_ms`, value: await time(() => exportWorkshop(db, 'docx')), target: 1000 },
  { name: `workshop_xlsx_${N}_actions_ms`, value: await time(() => exportWorkshop(db, 'xlsx')), target: 1000 },
];
for (const f of figures) console.log(JSON.stringify(f));
s.close();
fs.rmSync(dir, { recursive: true, force: true });
