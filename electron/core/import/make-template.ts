// Writes the import templates resources/templates/selbstcheck-vorlage.csv and .xlsx from one
// source, so both always show the same columns and examples.
// Run: npx tsx electron/core/import/make-template.ts [outDir]
import ExcelJS from 'exceljs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIELDS } from '../../../shared/domain/fields';

export const TEMPLATE_HEADER = ['befragte_person', 'funktion', 'handlungsfeld', 'frage_id', 'frage', 'antwort', 'kommentar'] as const;

// Example rows (invented questions, one per field): two respondents, every answer value,
// a skipped answer and a question text given only once.
export const TEMPLATE_ROWS: string[][] = [
  ['B01', 'Büro der Bürgermeisterin', 'management', '1.1', 'Gibt es ein vom Rat beschlossenes Leitbild zu Vielfalt und Integration?', 'ja', ''],
  ['B02', 'Integrationsbeauftragte', 'management', '1.1', '', 'teilweise', 'Entwurf liegt vor, Beschluss 2025 geplant'],
  ['B01', 'Büro der Bürgermeisterin', 'oeffnung', '2.1', 'Werden Mitarbeitende regelmäßig zu interkultureller Kompetenz geschult?', 'nein', ''],
  ['B02', 'Integrationsbeauftragte', 'oeffnung', '2.1', '', 'teilweise', 'nur im Bürgerbüro'],
  ['B01', 'Büro der Bürgermeisterin', 'zugang', '3.1', 'Gibt es Informationen der Verwaltung in mehreren Sprachen?', 'ja', ''],
  ['B02', 'Integrationsbeauftragte', 'zugang', '3.1', '', 'ja', ''],
  ['B01', 'Büro der Bürgermeisterin', 'arbeit', '4.1', 'Berät die Kommune zur Anerkennung ausländischer Berufsabschlüsse?', 'weiß nicht', ''],
  ['B02', 'Integrationsbeauftragte', 'arbeit', '4.1', '', 'ja', 'über das IQ-Netzwerk'],
  ['B01', 'Büro der Bürgermeisterin', 'engagement', '5.1', 'Gibt es einen Integrationsbeirat oder ein vergleichbares Gremium?', 'ja', ''],
  ['B02', 'Integrationsbeauftragte', 'engagement', '5.1', '', 'ja', ''],
  ['B01', 'Büro der Bürgermeisterin', 'zusammenhalt', '6.1', 'Gibt es regelmäßige Begegnungsformate im Stadtteil?', '', 'Antwort leer = übersprungen'],
  ['B02', 'Integrationsbeauftragte', 'zusammenhalt', '6.1', '', 'teilweise', ''],
  ['B01', 'Büro der Bürgermeisterin', 'kommunikation', '7.1', 'Gibt es ein Verfahren für den Umgang mit Hassrede in sozialen Medien der Kommune?', 'nein', ''],
  ['B02', 'Integrationsbeauftragte', 'kommunikation', '7.1', '', 'nein', ''],
];

function csvCell(s: string): string {
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with BOM and ";" — what German Excel opens correctly by double-click. */
export function templateCsv(): string {
  return '\uFEFF' + [TEMPLATE_HEADER as readonly string[], ...TEMPLATE_ROWS].map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

export async function templateXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Selbstcheck-Werkstatt';
  wb.created = wb.modified = new Date('2025-01-01T00:00:00Z');
  // The importer reads the FIRST sheet, so the answers sheet must come first.
  const ws = wb.addWorksheet('Antworten', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: TEMPLATE_HEADER[0], width: 18 },
    { header: TEMPLATE_HEADER[1], width: 28 },
    { header: TEMPLATE_HEADER[2], width: 16 },
    { header: TEMPLATE_HEADER[3], width: 10 },
    { header: TEMPLATE_HEADER[4], width: 70 },
    { header: TEMPLATE_HEADER[5], width: 12 },
    { header: TEMPLATE_HEADER[6], width: 40 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of TEMPLATE_ROWS) ws.addRow(r);
  // Text format everywhere so "1.1" stays "1.1" and "=..." is not taken as a formula.
  for (let c = 1; c <= TEMPLATE_HEADER.length; c++) ws.getColumn(c).numFmt = '@';

  const help = wb.addWorksheet('Hinweise');
  help.columns = [{ width: 22 }, { width: 90 }];
  const lines: [string, string][] = [
    ['Vorlage Selbstcheck-Import', 'Eine Zeile pro Antwort. Nur das erste Tabellenblatt („Antworten“) wird gelesen.'],
    ['befragte_person', 'Pflicht. Wer geantwortet hat (Kürzel oder Funktion).'],
    ['funktion', 'Optional. Amt oder Rolle der befragten Person.'],
    ['handlungsfeld', 'Pflicht. Schlüssel, Nummer 1–7 oder Name des Handlungsfelds (siehe unten).'],
    ['frage_id', 'Pflicht. Feste Kennung der Frage, z. B. 1.1.'],
    ['frage', 'Fragetext; mindestens einmal je frage_id.'],
    ['antwort', 'ja, teilweise, nein, weiß nicht – leer = übersprungen.'],
    ['kommentar', 'Optional. Freier Text.'],
    ['', ''],
    ['Handlungsfelder', ''],
    ...FIELDS.map((f): [string, string] => [`${f.number} = ${f.key}`, f.de]),
  ];
  for (const l of lines) help.addRow(l);
  help.getRow(1).font = { bold: true };
  help.getRow(10).font = { bold: true };
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

async function main() {
  const outDir = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '../../../resources/templates');
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'selbstcheck-vorlage.csv'), templateCsv(), 'utf8');
  await writeFile(join(outDir, 'selbstcheck-vorlage.xlsx'), await templateXlsx());
  console.log(`templates written to ${outDir}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
