// The plain data model every export is rendered from. It knows nothing about the database: the
// workshop file is mapped into it once, then each format is a pure function of this model.
import type { ActionStatus, EffectLevel, FieldKey, SectorKey } from '../../../shared/domain/fields';

export type { ActionStatus, EffectLevel, FieldKey, SectorKey };

export type ExportLocale = 'de' | 'en';

/** Calendar date without time, `YYYY-MM-DD`. Never a Date object: no time-zone drift. */
export type IsoDate = string;

export interface ExportModel {
  locale: ExportLocale;
  /** ISO timestamp of the export, e.g. `2026-11-24T14:30:00.000Z`; shown in the footer/imprint. */
  generatedAt: string;
  workshop: Workshop;
  /** Questionnaire results; `null` when no results were imported. */
  results: Results | null;
  strengths: { themes: StrengthTheme[] };
  ideas: Ideas;
  actions: Action[];
  /** The agenda with actual times ("Ablauf"); absent/null when the agenda has no items. */
  agenda?: AgendaRun | null;
  /**
   * One short line saying which personal data this export contains (ux.md: "exports say what
   * personal data they contain"). `null`/absent: the exporter derives a line from the content
   * (facilitator name, responsible persons, partners, update notes).
   */
  personalData?: string | null;
}

export interface Workshop {
  /**
   * Stable identifier of the workshop file (same for every export of the same file, different
   * between workshops). Used in ICS UIDs, so action 2 of workshop A and action 2 of workshop B
   * stay two calendar entries. Only `[A-Za-z0-9-]` is kept. Absent: UIDs from the action id alone.
   */
  uid?: string | null;
  /** e.g. "Selbstcheck-Workshop Beispielstadt" */
  name: string;
  municipality: string;
  date: IsoDate;
  place?: string | null;
  facilitator?: string | null;
  nextReview?: IsoDate | null;
  attendance: { sector: SectorKey; count: number }[];
}

export interface Results {
  respondents: number;
  questions: number;
  /** Any order; exports always list the seven fields in FIELD_KEYS order. */
  fields: FieldResult[];
}

export interface FieldResult {
  key: FieldKey;
  /** Percentage 0–100 (share of "ja" with "teilweise" as half, as computed by the caller); `null` = no answers. */
  score: number | null;
  /** Number of answers that count (n on the chart). */
  answered: number;
  dontKnow: number;
  skipped: number;
}

export interface StrengthTheme {
  label: string;
  cards: StrengthCard[];
}

export interface StrengthCard {
  text: string;
  sector?: SectorKey | null;
  field?: FieldKey | null;
}

/** The room's "Nächste Schritte" (glossary: Nächster Schritt = `idea`, as in the API and the database). */
export interface Ideas {
  /** How the room prioritised, e.g. "Punktabfrage, 5 Punkte pro Person". */
  method?: string | null;
  items: Idea[];
}

export interface Idea {
  /** 1-based; ties share a rank; `null` = not ranked. */
  rank: number | null;
  title: string;
  field: FieldKey | null;
  dots: number;
  impact?: number | null;
  effort?: number | null;
  score?: number | null;
  /** Adopted from another municipality's exchange package: that municipality (or its pseudonym). */
  source?: string | null;
}

export type Wirkungsstufe = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface Action {
  /** Stable id (used for ICS UIDs); unique within the plan. */
  id: string;
  title: string;
  description?: string | null;
  field?: FieldKey | null;
  /** Intended effect in words ("Ziel / Wirkung"). */
  effect?: string | null;
  effectLevel?: EffectLevel | null;
  /** PHINEO Wirkungstreppe step 1–7. */
  wirkungsstufe?: Wirkungsstufe | null;
  indicator?: string | null;
  responsible?: string | null;
  partners?: string | null;
  start?: IsoDate | null;
  due?: IsoDate | null;
  resources?: string | null;
  priority?: number | null;
  status: ActionStatus;
  updates: ActionUpdate[];
  origin?: ActionOrigin | null;
}

export interface ActionUpdate {
  date: IsoDate;
  note: string;
  status?: ActionStatus | null;
}

export interface ActionOrigin {
  /** Title of the idea ("Nächster Schritt") the action came from. */
  idea?: string | null;
  /** Labels of strength/potential clusters. */
  clusters?: string[] | null;
  potentials?: string[] | null;
}

/**
 * How the workshop ran against its agenda. Clock times are strings "HH:MM" on the laptop's clock
 * (with the date added when it was another day than the workshop's), computed once when the
 * model is read (export/agenda.ts), so no exporter deals with time zones.
 */
export interface AgendaRun {
  /** false: no item was ever started; the section shows the plan only. */
  started: boolean;
  /** IANA zone the clock times are in, e.g. "Europe/Berlin". */
  timeZone: string;
  /** null when no start time was set. */
  plannedStart: string | null;
  plannedEnd: string | null;
  plannedMinutes: number;
  actualStart: string | null;
  /** End of the last item; null while one still runs. */
  actualEnd: string | null;
  running: boolean;
  /** Actual end − planned end in minutes (positive = later); null when either is missing. */
  endDeltaMinutes: number | null;
  items: AgendaRunItem[];
}

export interface AgendaRunItem {
  title: string;
  kind: 'item' | 'pause';
  plannedStart: string | null;
  plannedMinutes: number;
  /** held = started and ended; running; notHeld = never started although later items ran (or the
   * workshop ended); pending = still to come (or nothing was started). */
  state: 'held' | 'running' | 'notHeld' | 'pending';
  actualStart: string | null;
  actualEnd: string | null;
  /** Running time without interruptions (the timer's pause button), whole minutes. */
  actualMinutes: number | null;
  interruptedMinutes: number;
}

export const EXPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv', 'md', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
