import type { Phase } from '../domain/fields';
import type { AgendaKind } from './timer';

export interface TemplateItem {
  title: { de: string; en: string };
  minutes: number;
  kind: AgendaKind;
  phase: Phase | null;
  note: { de: string; en: string } | null;
}

/**
 * The standard afternoon of a self-check workshop (3 h 30 min): welcome, results, strengths in
 * table groups and in plenary, potentials and next steps, prioritisation, action plan, close.
 */
export const STANDARD_AGENDA: readonly TemplateItem[] = [
  {
    title: { de: 'Begrüßung und Ziel des Nachmittags', en: 'Welcome and purpose of the afternoon' },
    minutes: 15,
    kind: 'item',
    phase: null,
    note: { de: 'Der Selbstcheck ist kein Ranking.', en: 'The self-check is not a ranking.' },
  },
  { title: { de: 'Ergebnisse des Selbstchecks', en: 'Results of the self-check' }, minutes: 25, kind: 'item', phase: 'ergebnisse', note: null },
  {
    title: { de: 'Stärken an den Tischen sammeln', en: 'Strengths collected at the tables' },
    minutes: 25,
    kind: 'item',
    phase: 'staerken',
    note: { de: 'Ein Tisch je Handlungsfeld, jeder Tisch mit Gastgeberin oder Gastgeber.', en: 'One table per field, each with a host.' },
  },
  { title: { de: 'Stärken im Plenum bündeln', en: 'Strengths clustered in plenary' }, minutes: 20, kind: 'item', phase: 'staerken', note: null },
  { title: { de: 'Pause', en: 'Break' }, minutes: 15, kind: 'pause', phase: null, note: null },
  { title: { de: 'Potenziale und nächste Schritte', en: 'Potentials and next steps' }, minutes: 35, kind: 'item', phase: 'schritte', note: null },
  { title: { de: 'Priorisieren', en: 'Prioritise' }, minutes: 25, kind: 'item', phase: 'priorisierung', note: null },
  { title: { de: 'Maßnahmenplan: wer, was, bis wann', en: 'Action plan: who, what, by when' }, minutes: 35, kind: 'item', phase: 'plan', note: null },
  { title: { de: 'Abschluss und Ausblick', en: 'Close and outlook' }, minutes: 15, kind: 'item', phase: null, note: null },
];
