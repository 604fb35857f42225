// Every user-visible word of the exports, one table per language. German is the reference;
// English must have the same keys (enforced by the type).
import type { ActionStatus, EffectLevel, ExportLocale } from './model';

const de = {
  docTitle: 'Maßnahmenplan',
  docSubtitle: 'Ergebnisse des Selbstcheck-Workshops „Weltoffene Kommune“',
  date: 'Datum',
  place: 'Ort',
  facilitator: 'Moderation',
  nextReview: 'Nächste Überprüfung des Plans',
  participants: 'Teilnehmende',
  participantsTotal: (n: number) => `${n} Teilnehmende insgesamt`,
  noAttendance: 'Die Teilnahme wurde nicht nach Bereichen erfasst.',
  generatedAt: (d: string) => `Erstellt am ${d}`,
  pageOf: (n: number, total: number) => `Seite ${n} von ${total}`,

  profileTitle: 'Ergebnisse des Selbstchecks',
  profileIntro: (respondents: number, questions: number) =>
    `Grundlage: ${respondents} ausgefüllte Fragebögen mit ${questions} Fragen. Die Werte zeigen, wie die Kommune sich selbst einschätzt – ` +
    'sie sind kein Vergleich mit anderen Kommunen und keine Rangliste. Niedrigere Werte zeigen Potenziale für die weitere Arbeit.',
  profileChartCaption: 'Anteil erfüllter Kriterien je Handlungsfeld in der Reihenfolge des Fragebogens; n = Zahl der gegebenen Antworten.',
  noResults: 'Es wurden keine Ergebnisse des Fragebogens übernommen.',
  noScore: 'keine Antworten',
  fieldCol: 'Handlungsfeld',
  scoreCol: 'Wert',
  answeredCol: 'Antworten (n)',
  dontKnowCol: '„Weiß nicht“',
  skippedCol: 'Übersprungen',

  strengthsTitle: 'Was schon gut läuft: Stärken',
  noStrengths: 'Es wurden keine Stärken festgehalten.',
  noCards: 'Zu diesem Thema wurden keine Karten festgehalten.',

  nextStepsTitle: 'Nächste Schritte nach Priorität',
  method: 'Verfahren',
  noNextSteps: 'Es wurden keine nächsten Schritte festgehalten.',
  rankCol: 'Rang',
  stepCol: 'Nächster Schritt',
  dotsCol: 'Punkte',
  impactCol: 'Wirkung',
  effortCol: 'Aufwand',
  stepScoreCol: 'Wert',

  actionsTitle: 'Maßnahmenplan',
  noActions: 'Es wurden keine Maßnahmen festgelegt.',
  noCol: 'Nr.',
  actionCol: 'Maßnahme',
  descriptionCol: 'Beschreibung',
  effectCol: 'Ziel / Wirkung',
  effectLevelCol: 'Wirkungsebene',
  wirkungsstufeCol: 'Stufe der Wirkungstreppe',
  indicatorCol: 'Indikator',
  responsibleCol: 'Verantwortlich',
  partnersCol: 'Partner',
  startCol: 'Beginn',
  dueCol: 'Frist',
  periodCol: 'Zeitraum',
  resourcesCol: 'Ressourcen',
  priorityCol: 'Priorität',
  statusCol: 'Status',
  originCol: 'Herkunft',
  lastUpdateCol: 'Letzte Aktualisierung',
  overdue: 'überfällig',
  overdueCol: 'Überfällig',
  yes: 'ja',
  no: 'nein',
  whoCol: 'Wer',
  fromNextStep: 'Nächster Schritt',
  clusters: 'Themen',
  potentials: 'Potenziale',
  since: (d: string) => `ab ${d}`,
  until: (d: string) => `bis ${d}`,

  updatesTitle: 'Verlauf der Maßnahmen',
  noUpdates: 'Es gibt noch keine Einträge im Verlauf.',
  updateDateCol: 'Datum',
  updateNoteCol: 'Notiz',

  infoSheet: 'Info',
  actionsSheet: 'Maßnahmen',
  updatesSheet: 'Verlauf',
  workshopLabel: 'Workshop',
  municipalityLabel: 'Kommune',

  personalDataLabel: 'Personenbezogene Daten',
  personalDataNone: 'Dieses Dokument enthält keine gezielt erfassten personenbezogenen Daten; Freitexte können dennoch Namen enthalten.',
  personalDataSome: (parts: string[]) => `Dieses Dokument enthält ${joinList(parts, 'und')}.`,
  pdFacilitator: 'den Namen der Moderation',
  pdResponsible: 'Namen der für Maßnahmen Verantwortlichen',
  pdPartners: 'Namen von Partnern',
  pdUpdates: 'Verlaufsnotizen, die Namen enthalten können',

  icsCalendarName: (municipality: string) => `Maßnahmenplan ${municipality}`,
  icsDueSummary: (title: string) => `Frist: ${title}`,
  icsReviewSummary: (municipality: string) => `Überprüfung des Maßnahmenplans ${municipality}`,
  icsReviewDescription: 'Termin zur Überprüfung des Maßnahmenplans aus dem Selbstcheck-Workshop.',

  profileChartLabel: 'Balkendiagramm: Anteil erfüllter Kriterien je Handlungsfeld',
  replacedGlyphsNote: 'Zeichen, die die Schrift nicht darstellen kann (z. B. Emoji), erscheinen als [?].',

  status: {
    geplant: 'geplant',
    in_arbeit: 'in Arbeit',
    erledigt: 'erledigt',
    zurueckgestellt: 'zurückgestellt',
  } satisfies Record<ActionStatus, string>,
  effectLevel: {
    output: 'Output',
    outcome: 'Outcome',
    impact: 'Impact',
  } satisfies Record<EffectLevel, string>,
  wirkungsstufe: [
    'Aktivitäten finden wie geplant statt',
    'Zielgruppen werden erreicht',
    'Zielgruppen akzeptieren das Angebot',
    // Same wording as the app (renderer/src/i18n/de.ts, plan.stufe.*).
    'Bewusstsein oder Fähigkeiten verändern sich',
    'Handeln verändert sich',
    'Lebenslage verändert sich',
    'Gesellschaft verändert sich',
  ],
  stufe: (n: number) => `Stufe ${n}`,
};

export type Strings = typeof de;

const en: Strings = {
  docTitle: 'Action plan',
  docSubtitle: 'Results of the self-check workshop “Weltoffene Kommune” (Welcoming Municipality)',
  date: 'Date',
  place: 'Place',
  facilitator: 'Facilitation',
  nextReview: 'Next review of the plan',
  participants: 'Participants',
  participantsTotal: (n: number) => `${n} participants in total`,
  noAttendance: 'Attendance was not recorded by sector.',
  generatedAt: (d: string) => `Created on ${d}`,
  pageOf: (n: number, total: number) => `Page ${n} of ${total}`,

  profileTitle: 'Self-check results',
  profileIntro: (respondents: number, questions: number) =>
    `Based on ${respondents} completed questionnaires with ${questions} questions. The values show how the municipality assesses itself – ` +
    'they are no comparison with other municipalities and no ranking. Lower values show potentials for further work.',
  profileChartCaption: 'Share of criteria met per field of action, in questionnaire order; n = number of answers given.',
  noResults: 'No questionnaire results were imported.',
  noScore: 'no answers',
  fieldCol: 'Field of action',
  scoreCol: 'Value',
  answeredCol: 'Answers (n)',
  dontKnowCol: '“Don’t know”',
  skippedCol: 'Skipped',

  strengthsTitle: 'What already works: strengths',
  noStrengths: 'No strengths were recorded.',
  noCards: 'No cards were recorded for this theme.',

  nextStepsTitle: 'Next steps by priority',
  method: 'Method',
  noNextSteps: 'No next steps were recorded.',
  rankCol: 'Rank',
  stepCol: 'Next step',
  dotsCol: 'Dots',
  impactCol: 'Impact',
  effortCol: 'Effort',
  stepScoreCol: 'Score',

  actionsTitle: 'Action plan',
  noActions: 'No actions were agreed.',
  noCol: 'No.',
  actionCol: 'Action',
  descriptionCol: 'Description',
  effectCol: 'Goal / effect',
  effectLevelCol: 'Effect level',
  wirkungsstufeCol: 'Impact staircase step',
  indicatorCol: 'Indicator',
  responsibleCol: 'Responsible',
  partnersCol: 'Partners',
  startCol: 'Start',
  dueCol: 'Due',
  periodCol: 'Period',
  resourcesCol: 'Resources',
  priorityCol: 'Priority',
  statusCol: 'Status',
  originCol: 'Origin',
  lastUpdateCol: 'Last update',
  overdue: 'overdue',
  overdueCol: 'Overdue',
  yes: 'yes',
  no: 'no',
  whoCol: 'Who',
  fromNextStep: 'Next step',
  clusters: 'Themes',
  potentials: 'Potentials',
  since: (d: string) => `from ${d}`,
  until: (d: string) => `until ${d}`,

  updatesTitle: 'Progress log',
  noUpdates: 'There are no progress entries yet.',
  updateDateCol: 'Date',
  updateNoteCol: 'Note',

  infoSheet: 'Info',
  actionsSheet: 'Actions',
  updatesSheet: 'Progress',
  workshopLabel: 'Workshop',
  municipalityLabel: 'Municipality',

  personalDataLabel: 'Personal data',
  personalDataNone: 'This document contains no personal data recorded on purpose; free text may still contain names.',
  personalDataSome: (parts: string[]) => `This document contains ${joinList(parts, 'and')}.`,
  pdFacilitator: 'the facilitator’s name',
  pdResponsible: 'names of the people responsible for actions',
  pdPartners: 'names of partners',
  pdUpdates: 'progress notes that may contain names',

  icsCalendarName: (municipality: string) => `Action plan ${municipality}`,
  icsDueSummary: (title: string) => `Due: ${title}`,
  icsReviewSummary: (municipality: string) => `Review of the action plan ${municipality}`,
  icsReviewDescription: 'Date to review the action plan from the self-check workshop.',

  profileChartLabel: 'Bar chart: share of criteria met per field of action',
  replacedGlyphsNote: 'Characters the font cannot show (e.g. emoji) appear as [?].',

  status: {
    geplant: 'planned',
    in_arbeit: 'in progress',
    erledigt: 'done',
    zurueckgestellt: 'postponed',
  },
  effectLevel: {
    output: 'Output',
    outcome: 'Outcome',
    impact: 'Impact',
  },
  wirkungsstufe: [
    'Activities take place as planned',
    'Target groups are reached',
    'Target groups accept the offer',
    'Awareness or skills change',
    'Behaviour changes',
    'Life situation changes',
    'Society changes',
  ],
  stufe: (n: number) => `Step ${n}`,
};

/** "a, b und c" / "a, b and c" */
export function joinList(parts: string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

export const STRINGS: Record<ExportLocale, Strings> = { de, en };

export function strings(locale: ExportLocale): Strings {
  return STRINGS[locale] ?? de;
}
