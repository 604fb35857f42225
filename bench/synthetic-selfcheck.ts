// A synthetic self-check export for the import benchmarks: R respondents × Q questions, one
// row per answer, `;`-separated like German Excel writes it, with quotes and umlauts in comments.
import { FIELD_KEYS } from '../shared/domain/fields';

export const HEADER = ['befragte_person', 'funktion', 'handlungsfeld', 'frage_id', 'frage', 'antwort', 'kommentar'];
const ANSWERS = ['ja', 'teilweise', 'nein', 'weiß nicht', '', 'ja', 'nein', 'teilweise'];

export function row(r: number, q: number, questions: number): string[] {
  const field = FIELD_KEYS[Math.floor((q * FIELD_KEYS.length) / questions)];
  return [
    `B${String(r + 1).padStart(4, '0')}`,
    r % 3 === 0 ? 'Integrationsbeauftragte' : 'Fachbereich Soziales',
    field,
    `${q + 1}`,
    `Frage ${q + 1}: Gibt es in der Verwaltung ein abgestimmtes Vorgehen zu diesem Thema?`,
    ANSWERS[(r * 7 + q * 3) % ANSWERS.length],
    (r + q) % 10 === 0 ? 'Kommentar; mit "Anführungszeichen" und Umlauten äöü' : '',
  ];
}

const cell = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const line = (cells: string[]) => cells.map(cell).join(';') + '\r\n';
