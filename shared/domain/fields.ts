// The seven Handlungsfelder of the self-check, in the questionnaire's fixed order.
// The order matters: screens, exports and the CLI list fields in exactly this order.
export const FIELD_KEYS = ['management', 'oeffnung', 'zugang', 'arbeit', 'engagement', 'zusammenhalt', 'kommunikation'] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

export interface FieldInfo {
  key: FieldKey;
  number: number;
  de: string;
  en: string;
  short: { de: string; en: string };
}

export const FIELDS: readonly FieldInfo[] = [
  { key: 'management', number: 1, de: 'Management und Steuerung', en: 'Management and governance', short: { de: 'Steuerung', en: 'Governance' } },
  {
    key: 'oeffnung',
    number: 2,
    de: 'Interkulturelle Öffnung und Antirassismus',
    en: 'Intercultural opening and anti-racism',
    short: { de: 'Öffnung', en: 'Opening' },
  },
  {
    key: 'zugang',
    number: 3,
    de: 'Fairer Zugang und Teilhabechancen',
    en: 'Fair access and opportunities to participate',
    short: { de: 'Zugang', en: 'Access' },
  },
  { key: 'arbeit', number: 4, de: 'Arbeit und wirtschaftliche Entwicklung', en: 'Work and economic development', short: { de: 'Arbeit', en: 'Work' } },
  { key: 'engagement', number: 5, de: 'Engagement und Beteiligung', en: 'Engagement and participation', short: { de: 'Beteiligung', en: 'Participation' } },
  { key: 'zusammenhalt', number: 6, de: 'Zusammenhalt und Begegnung', en: 'Cohesion and encounter', short: { de: 'Begegnung', en: 'Encounter' } },
  {
    key: 'kommunikation',
    number: 7,
    de: 'Kommunikation und Konfliktmanagement',
    en: 'Communication and conflict management',
    short: { de: 'Kommunikation', en: 'Communication' },
  },
];

export function fieldInfo(key: FieldKey): FieldInfo {
  const f = FIELDS.find((x) => x.key === key);
  if (!f) throw new Error(`unknown field ${key}`);
  return f;
}

export function isFieldKey(s: string): s is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(s);
}

// The four sectors of the room plus "other". Colours: Okabe–Ito (colour-blind safe),
// always shown together with the letter so a greyscale printout still tells them apart.
// `ink` is the letter colour on that fill with the higher contrast (≥ 5.2:1; the letters are
// bold and large on the projector, where WCAG AAA asks 4.5:1 for large text).
export const SECTOR_KEYS = ['verwaltung', 'politik', 'zivilgesellschaft', 'wirtschaft', 'sonstige'] as const;
export type SectorKey = (typeof SECTOR_KEYS)[number];

export const SECTORS: readonly { key: SectorKey; letter: string; color: string; ink: string; de: string; en: string }[] = [
  { key: 'verwaltung', letter: 'V', color: '#0072B2', ink: '#FFFFFF', de: 'Verwaltung', en: 'Administration' },
  { key: 'politik', letter: 'P', color: '#D55E00', ink: '#000000', de: 'Politik', en: 'Politics' },
  { key: 'zivilgesellschaft', letter: 'Z', color: '#009E73', ink: '#000000', de: 'Zivilgesellschaft', en: 'Civil society' },
  { key: 'wirtschaft', letter: 'W', color: '#CC79A7', ink: '#000000', de: 'Wirtschaft', en: 'Business' },
  { key: 'sonstige', letter: 'S', color: '#666666', ink: '#FFFFFF', de: 'Sonstige', en: 'Other' },
];

export const ANSWER_VALUES = ['ja', 'teilweise', 'nein', 'weiss_nicht'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

export const ACTION_STATUSES = ['geplant', 'in_arbeit', 'erledigt', 'zurueckgestellt'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Overdue: the due date (YYYY-MM-DD) is before today and the action is neither done nor postponed. */
export function isOverdue(due: string | null | undefined, status: ActionStatus, today: string): boolean {
  const d = due?.trim();
  return !!d && /^\d{4}-\d{2}-\d{2}$/.test(d) && d < today && status !== 'erledigt' && status !== 'zurueckgestellt';
}

// PHINEO's "Wirkungstreppe": Wirkungsstufen 1–3 output, 4–6 outcome, 7 impact.
export const EFFECT_LEVELS = ['output', 'outcome', 'impact'] as const;
export type EffectLevel = (typeof EFFECT_LEVELS)[number];

/** The level a Wirkungsstufe belongs to: 1–3 output, 4–6 outcome, 7 impact. */
export function effectLevelForWirkungsstufe(wirkungsstufe: number): EffectLevel {
  return wirkungsstufe <= 3 ? 'output' : wirkungsstufe <= 6 ? 'outcome' : 'impact';
}

export const PHASES = ['ergebnisse', 'staerken', 'schritte', 'priorisierung', 'plan'] as const;
export type Phase = (typeof PHASES)[number];
