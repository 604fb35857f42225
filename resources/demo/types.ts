// Shape of the demo workshop (demo-workshop.json): a fictional town's self-check results,
// the strengths the room named, next steps with dot votes and the resulting action plan.
// Plain TypeScript types, no runtime validation: demo.test.ts checks the data's consistency.
import type {
  ActionStatus,
  AnswerValue,
  EffectLevel,
  FieldKey,
  SectorKey,
} from '../../shared/domain/fields';

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

/** The four sectors of the room; "sonstige" is used only on strength cards. */
export type RoomSectorKey = Exclude<SectorKey, 'sonstige'>;

export interface DemoAttendance {
  sector: RoomSectorKey;
  count: number;
}

export interface DemoWorkshopInfo {
  name: string;
  municipality: string;
  /** Approximate number of inhabitants (fictional). */
  inhabitants: number;
  date: IsoDate;
  /** Local time span, display text such as "14:00–18:30". */
  time: string;
  place: string;
  /** A role, never a person's name. */
  facilitator: string;
  nextReview: IsoDate;
  attendance: DemoAttendance[];
}

export interface DemoRespondent {
  /** "R1", "R2", … */
  code: string;
  /** A role or office, never a person's name. */
  role: string;
}

export interface DemoQuestion {
  /** M01…, O01…, FZ01…, A01…, E01…, ZB01…, K01… */
  id: string;
  field: FieldKey;
  text: string;
}

export interface DemoAnswer {
  respondent: string;
  question: string;
  /** null = question skipped by this respondent. */
  answer: AnswerValue | null;
  comment: string | null;
}

export interface DemoStrength {
  text: string;
  sector: SectorKey;
  /** null = the card was not assigned to a Handlungsfeld. */
  field: FieldKey | null;
}

/** 1 (low) … 5 (high). */
export type Rating = 1 | 2 | 3 | 4 | 5;

export interface DemoIdea {
  title: string;
  field: FieldKey;
  /** Question ids of the potentials this step builds on. */
  builds_on: string[];
  /** Dot votes per sector of the room (each participant had 3 dots). */
  dots: Record<RoomSectorKey, number>;
  impact: Rating;
  effort: Rating;
}

/** PHINEO Wirkungstreppe: 1–3 output, 4–6 outcome, 7 impact. */
export type Wirkungsstufe = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface DemoActionUpdate {
  date: IsoDate;
  note: string;
  /** Status set with this update, or null if the note did not change it. */
  status: ActionStatus | null;
}

export interface DemoAction {
  title: string;
  description: string;
  field: FieldKey;
  /** Intended effect, one sentence. */
  effect: string;
  effectLevel: EffectLevel;
  wirkungsstufe: Wirkungsstufe;
  /** How success will be seen. */
  indicator: string;
  /** An office or role; two actions also name a fictional person (personal data). */
  responsible: string;
  partners: string;
  start: IsoDate;
  due: IsoDate;
  resources: string;
  /** 1 = highest; unique within the plan. */
  priority: number;
  status: ActionStatus;
  /** Index into ideas, or null if the action did not come from a next step. */
  fromIdea: number | null;
  updates: DemoActionUpdate[];
}

export interface DemoWorkshop {
  workshop: DemoWorkshopInfo;
  respondents: DemoRespondent[];
  questions: DemoQuestion[];
  answers: DemoAnswer[];
  strengths: DemoStrength[];
  ideas: DemoIdea[];
  actions: DemoAction[];
}

/** Dots each participant could place. */
export const DOTS_PER_PARTICIPANT = 3;

/** Question id prefix per Handlungsfeld. */
export const QUESTION_PREFIX: Record<FieldKey, string> = {
  management: 'M',
  oeffnung: 'O',
  zugang: 'FZ',
  arbeit: 'A',
  engagement: 'E',
  zusammenhalt: 'ZB',
  kommunikation: 'K',
};
