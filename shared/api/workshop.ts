import { z } from 'zod';
import { HistorySchema, IsoDateSchema, PhaseSchema, ProjectorStateSchema, RecentFileSchema, SessionSchema, WorkshopInfoSchema } from '../domain/schemas';
import { ALL_TOPICS, ctl, Empty, mut, Nullable, Ok, q } from './define';

export const IntegrityReportSchema = z.object({ ok: z.boolean(), problems: z.array(z.string()), schemaVersion: z.number().int() });
export type IntegrityReport = z.infer<typeof IntegrityReportSchema>;

export const AppStatusSchema = z.object({
  workshop: WorkshopInfoSchema.nullable(),
  session: SessionSchema.nullable(),
  history: HistorySchema,
  recent: z.array(RecentFileSchema),
  workshopsDir: z.string(),
  mode: z.enum(['electron', 'browser', 'cli']),
});
export type AppStatus = z.infer<typeof AppStatusSchema>;

export const workshopMethods = {
  'app.status': q(Empty, AppStatusSchema),

  'workshop.create': ctl(
    z.object({
      name: z.string().trim().min(1, 'Bitte geben Sie einen Namen ein.').max(200),
      municipality: z.string().trim().min(1, 'Bitte geben Sie die Kommune an.').max(200),
      date: IsoDateSchema,
      file: z.string().min(1).optional(),
    }).strict(),
    WorkshopInfoSchema,
    ALL_TOPICS,
  ),
  // readOnly: nothing is migrated, written or remembered; mutations are refused (CLI info, results, ranking, export).
  'workshop.open': ctl(z.object({ file: z.string().min(1).max(4096), readOnly: z.boolean().optional() }).strict(), WorkshopInfoSchema, ALL_TOPICS),
  // file: write a new demo workshop there (CLI `demo FILE`; an existing file is refused, never overwritten).
  'workshop.openDemo': ctl(z.object({ fresh: z.boolean().optional(), file: z.string().min(1).max(4096).optional() }).strict(), WorkshopInfoSchema, ALL_TOPICS),
  'workshop.close': ctl(Empty, Ok, ALL_TOPICS),
  'workshop.saveAs': ctl(z.object({ file: z.string().min(1) }).strict(), WorkshopInfoSchema, ['workshop', 'recent']),
  'workshop.info': q(Empty, WorkshopInfoSchema),
  'workshop.updateMeta': mut(
    z.object({
      name: z.string().trim().min(1).max(200).optional(),
      municipality: z.string().trim().min(1).max(200).optional(),
      date: IsoDateSchema.optional(),
      place: Nullable(z.string().max(200)),
      nextReview: Nullable(IsoDateSchema),
    }).strict(),
    WorkshopInfoSchema,
    ['workshop'],
    'Workshop-Angaben ändern',
  ),
  'workshop.recent': q(Empty, z.array(RecentFileSchema)),
  /** Full integrity check of a workshop file (open or not), read-only (CLI `check`). */
  'workshop.check': q(z.object({ file: z.string().min(1).max(4096) }).strict(), IntegrityReportSchema),

  // Which phase the room is in and what the projector shows: not an undo step.
  'session.get': q(Empty, SessionSchema),
  'session.set': mut(z.object({ phase: PhaseSchema.optional(), projector: ProjectorStateSchema.partial().optional() }).strict(), SessionSchema, ['session']),

  'history.get': q(Empty, HistorySchema),
  'history.undo': ctl(Empty, HistorySchema, ['history']),
  'history.redo': ctl(Empty, HistorySchema, ['history']),
} as const;
