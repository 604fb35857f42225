import { z } from 'zod';
import { FieldKeySchema, IdSchema, PhaseSchema } from '../domain/schemas';
import { Empty, mut, Nullable, Ok, q } from './define';

// The afternoon's run of show (agenda with stored timer times) and the table groups.
export const AgendaKindSchema = z.enum(['item', 'pause']);
const Title = z.string().trim().min(1, 'validation.titleRequired').max(200);
const Minutes = z.number().int('validation.notInteger').min(0).max(600);
const Note = z.string().trim().max(1000);
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.clockTime');

export const AgendaItemSchema = z.object({
  id: IdSchema,
  position: z.number(),
  title: z.string(),
  minutes: z.number().int(),
  kind: AgendaKindSchema,
  phase: PhaseSchema.nullable(),
  note: z.string().nullable(),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  extraMinutes: z.number().int(),
  pausedMs: z.number(),
  pausedAt: z.number().nullable(),
});

export const AgendaSchema = z.object({
  /** "HH:MM" on the workshop's date; null = not set. */
  startTime: z.string().nullable(),
  currentId: z.number().int().nullable(),
  items: z.array(AgendaItemSchema),
  /** The laptop's clock when this was read, so every screen counts down against one clock. */
  serverNow: z.number(),
});
export type Agenda = z.infer<typeof AgendaSchema>;

export const TableSchema = z.object({
  id: IdSchema,
  position: z.number(),
  name: z.string(),
  field: FieldKeySchema.nullable(),
  topic: z.string().nullable(),
  host: z.string().nullable(),
  cards: z.number().int(),
  ideas: z.number().int(),
});
export type WorkshopTable = z.infer<typeof TableSchema>;
const TableName = z.string().trim().min(1, 'validation.nameRequired').max(80);

export const agendaMethods = {
  'agenda.get': q(Empty, AgendaSchema, ['agenda', 'workshop']),
  'agenda.setStart': mut(z.object({ time: ClockTimeSchema.nullable() }).strict(), AgendaSchema, ['agenda'], 'undo.setAgendaStart'),
  'agenda.add': mut(
    z.object({ title: Title, minutes: Minutes, kind: AgendaKindSchema.optional(), phase: Nullable(PhaseSchema), note: Nullable(Note) }).strict(),
    AgendaItemSchema,
    ['agenda'],
    'undo.addAgendaItem',
  ),
  'agenda.update': mut(
    z
      .object({
        id: IdSchema,
        title: Title.optional(),
        minutes: Minutes.optional(),
        kind: AgendaKindSchema.optional(),
        phase: Nullable(PhaseSchema),
        note: Nullable(Note),
      })
      .strict(),
    AgendaItemSchema,
    ['agenda'],
    'undo.updateAgendaItem',
  ),
  'agenda.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['agenda'], 'undo.deleteAgendaItem'),
  /** Moves an item to a 0-based index in agenda order. */
  'agenda.move': mut(z.object({ id: IdSchema, toIndex: z.number().int().min(0).max(1000) }).strict(), AgendaSchema, ['agenda'], 'undo.reorderAgenda'),
  /** Fills an empty agenda with the standard self-check afternoon. */
  'agenda.useTemplate': mut(z.object({ locale: z.enum(['de', 'en']).optional() }).strict(), AgendaSchema, ['agenda'], 'undo.applyAgendaTemplate'),
  /** Starts an item (ends the running one); its phase opens on every screen. Not an undo entry: time runs on. */
  'agenda.start': mut(z.object({ id: IdSchema }).strict(), AgendaSchema, ['agenda', 'session']),
  'agenda.pause': mut(z.object({ paused: z.boolean() }).strict(), AgendaSchema, ['agenda']),
  'agenda.extend': mut(
    z
      .object({
        minutes: z
          .number()
          .int()
          .min(-60)
          .max(60)
          .refine((n) => n !== 0),
      })
      .strict(),
    AgendaSchema,
    ['agenda'],
  ),
  /** Ends the running item and starts the next one (if any). */
  'agenda.next': mut(Empty, AgendaSchema, ['agenda', 'session']),
  /** Ends the running item without starting another. */
  'agenda.finish': mut(Empty, AgendaSchema, ['agenda']),

  'tables.list': q(Empty, z.array(TableSchema), ['tables', 'cards', 'ideas']),
  'tables.add': mut(
    z
      .object({ name: TableName, field: Nullable(FieldKeySchema), topic: Nullable(z.string().trim().max(120)), host: Nullable(z.string().trim().max(120)) })
      .strict(),
    TableSchema,
    ['tables'],
    'undo.addTable',
  ),
  'tables.update': mut(
    z
      .object({
        id: IdSchema,
        name: TableName.optional(),
        field: Nullable(FieldKeySchema),
        topic: Nullable(z.string().trim().max(120)),
        host: Nullable(z.string().trim().max(120)),
      })
      .strict(),
    TableSchema,
    ['tables'],
    'undo.updateTable',
  ),
  /** Removes a table; its cards and ideas stay, without a table. */
  'tables.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['tables', 'cards', 'ideas'], 'undo.deleteTable'),
  /** Fills an empty table list with one table per Handlungsfeld. */
  'tables.perField': mut(Empty, z.array(TableSchema), ['tables'], 'undo.tablesPerField'),
} as const;
