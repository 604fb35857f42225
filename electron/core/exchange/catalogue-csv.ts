// The practice catalogue of the programme view as CSV, written like the plan's CSV (export/csv.ts):
// UTF-8 with BOM, `;`, CRLF, every cell quoted, formula starts (also full-width ＝＋－＠) neutralised.
import { FIELDS } from '../../../shared/domain/fields';
import { catalogueRows, type Practice } from '../../../shared/exchange/programme';
import { neutraliseFormula } from '../export/csv';

const cell = (s: string) => `"${neutraliseFormula(s.replace(/\r\n?/g, '\n')).replace(/"/g, '""')}"`;

export function practicesCsv(hits: readonly Practice[]): string {
  const { head, rows } = catalogueRows(hits, (k) => FIELDS.find((f) => f.key === k)?.de ?? k);
  return '\uFEFF' + [head, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
