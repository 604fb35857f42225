import { z } from 'zod';
import { CardTextSchema, FieldKeySchema, IdSchema, SectorKeySchema } from '../domain/schemas';

// The participant surface: the small contract between a phone and the laptop, separate from the
// facilitator API (shared/api.ts). Phones reach only these methods, on their own server bound to
// one LAN address (electron/core/participants); nothing here can name a facilitator method.
//
// Every write carries a client key (`key`): the phone makes it once per intended change and
// sends it again on every retry, so a request that reached the laptop but whose answer was lost
// on a flaky Wi-Fi is applied exactly once.

export const JOIN_CODE_ALPHABET = 'ACDEFHJKLMNPRTUVWXY34679';
export const JOIN_CODE_LENGTH = 4;
/**
 * A table's code makes its holder host of that table (it can change and withdraw the table's
 * cards): longer than the room's, which is on the wall anyway. 24⁶ ≈ 190 million codes against
 * one look-up every 2 s per address (electron/core/participants/server.ts).
 */
export const TABLE_CODE_LENGTH = 6;
export const JoinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{3,12}$/);
export const ClientKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'client key');

/** What phones can do right now; follows the phase the facilitator opens. */
export const PhoneActivitySchema = z.enum(['none', 'cards', 'ideas', 'dots', 'result']);
export type PhoneActivity = z.infer<typeof PhoneActivitySchema>;

const Key = { key: ClientKeySchema };
export const phoneInputs = {
  join: z.object({ code: JoinCodeSchema, sector: SectorKeySchema.nullable().optional() }).strict(),
  // the phone sends a key with every write; the profile takes it (and needs none: setting it twice is the same)
  profile: z.object({ key: ClientKeySchema.optional(), sector: SectorKeySchema.nullable() }).strict(),
  'cards.add': z.object({ ...Key, text: CardTextSchema, field: FieldKeySchema.nullable().optional(), sector: SectorKeySchema.nullable().optional() }).strict(),
  'cards.update': z.object({ ...Key, id: IdSchema, text: CardTextSchema, field: FieldKeySchema.nullable().optional() }).strict(),
  'cards.withdraw': z.object({ ...Key, id: IdSchema }).strict(),
  'ideas.add': z.object({ ...Key, text: CardTextSchema }).strict(),
  'ideas.update': z.object({ ...Key, id: IdSchema, text: CardTextSchema }).strict(),
  'ideas.withdraw': z.object({ ...Key, id: IdSchema }).strict(),
  /** This phone's dots on one idea, as an absolute number (a retry or a double tap cannot add twice). */
  'dots.set': z.object({ ...Key, ideaId: IdSchema, count: z.number().int().min(0).max(50) }).strict(),
} as const;
export type PhoneMethod = keyof typeof phoneInputs;
export const PHONE_METHODS = Object.keys(phoneInputs) as PhoneMethod[];
export function isPhoneMethod(s: string): s is PhoneMethod {
  return Object.prototype.hasOwnProperty.call(phoneInputs, s);
}

export const PublicCardSchema = z.object({ id: IdSchema, text: z.string(), sector: SectorKeySchema.nullable(), field: FieldKeySchema.nullable() });
export type PublicCard = z.infer<typeof PublicCardSchema>;
export const PublicIdeaSchema = z.object({ id: IdSchema, text: z.string() });
export type PublicIdea = z.infer<typeof PublicIdeaSchema>;
export const ResultRowSchema = z.object({ id: IdSchema, text: z.string(), dots: z.number().int(), rank: z.number().int().nullable() });

/**
 * The running agenda item as phones show it (issue #13): its title, and its end on the laptop's
 * clock. Phones count down against `serverNow` (snapshot, and every ping) minus their own clock,
 * so a wrong phone clock does not matter and a reload shows the same time.
 */
export const PhoneAgendaSchema = z.object({
  title: z.string(),
  kind: z.enum(['item', 'pause']),
  /** planned end on the laptop's clock (ms), while it runs; null while the item is paused */
  endsAt: z.number().nullable(),
  /** time left (negative: over) frozen while the item is paused; null while it runs */
  remainingMs: z.number().nullable(),
  /** the item's planned length: a phone whose estimate of the laptop's clock runs a little behind
   * never shows more than this ("20:01" for twenty minutes) */
  plannedMs: z.number(),
});
export type PhoneAgenda = z.infer<typeof PhoneAgendaSchema>;

/** Everything every phone may see: shown cards and ideas, the open activity, and results only after the reveal. */
export const PhoneStateSchema = z.object({
  open: z.boolean(),
  activity: PhoneActivitySchema,
  municipality: z.string(),
  dots: z.object({ budget: z.number().int(), allowMultiple: z.boolean(), revealed: z.boolean() }),
  /** only after "Aufdecken"; never totals before */
  result: z.array(ResultRowSchema).nullable(),
  /** the running agenda item (null: none running) */
  agenda: PhoneAgendaSchema.nullable(),
});
export type PhoneState = z.infer<typeof PhoneStateSchema>;

export const MyItemSchema = z.object({ id: IdSchema, text: z.string(), field: FieldKeySchema.nullable(), status: z.enum(['shown', 'review', 'hidden']) });
export type MyItem = z.infer<typeof MyItemSchema>;

/** participant: writes its own cards; table: joined with a table's code, captures that table's cards only. */
export const PhoneRoleSchema = z.enum(['participant', 'table']);
export type PhoneRole = z.infer<typeof PhoneRoleSchema>;

export const PhoneSnapshotSchema = z.object({
  /** id of the last change event this snapshot includes (resume the stream after it) */
  seq: z.number().int(),
  /** the laptop's clock when this was made (ms): phones count the timer against it */
  serverNow: z.number(),
  state: PhoneStateSchema,
  cards: z.array(PublicCardSchema),
  ideas: z.array(PublicIdeaSchema),
  me: z.object({
    role: PhoneRoleSchema,
    /** the table of a table host (null for participants) */
    table: z.object({ id: IdSchema, name: z.string(), field: FieldKeySchema.nullable() }).nullable(),
    sector: SectorKeySchema.nullable(),
    /** a participant's own cards; a table host's: every card of its table */
    cards: z.array(MyItemSchema),
    ideas: z.array(MyItemSchema),
    /** idea id → this phone's dots */
    dots: z.record(z.string(), z.number().int()),
  }),
});
export type PhoneSnapshot = z.infer<typeof PhoneSnapshotSchema>;

/** One change event (SSE `data:`), a list of operations applied in order. The `ping` event's data is the laptop's clock (ms). */
export type PhoneOp =
  | { t: 'card'; card: PublicCard }
  | { t: 'card-'; id: number }
  | { t: 'idea'; idea: PublicIdea }
  | { t: 'idea-'; id: number }
  | { t: 'state'; state: PhoneState }
  /** the cards of this table changed (a table host fetches its snapshot; others ignore it) */
  | { t: 'table'; id: number }
  /** the stream cannot be resumed from the phone's last id: fetch a snapshot */
  | { t: 'reset' }
  /** the mode was switched off: every phone session ended */
  | { t: 'off' };
export interface PhoneEvent {
  ops: PhoneOp[];
}

/** Answer of every phone call: the same shape as the facilitator API. */
export type PhoneResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** What a write returns: the item as this phone sees it, and (for dots) its dots. */
export const MyItemResultSchema = MyItemSchema;
export const DotsResultSchema = z.object({ dots: z.record(z.string(), z.number().int()), used: z.number().int() });
