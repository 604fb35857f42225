import { z } from 'zod';
import { HistorySchema, IsoDateSchema, PhaseSchema, ProjectorStateSchema, RecentFileSchema, SectorKeySchema, SessionSchema, WorkshopInfoSchema } from '../domain/schemas';
import { ALL_TOPICS, ctl, Empty, mut, Nullable, Ok, q } from './define';

export const AppStatusSchema = z.object({
  workshop: WorkshopInfoSchema.nullable(),
  session: SessionSchema.nullable(),
  history: HistorySchema,
  recent: z.array(RecentFileSchema),
  workshopsDir: z.string(),
  mode: z.enum(['electron', 'browser', 'cli']),
});
export type AppStatus = z.infer<typeof AppStatusSchema>;

export const AttendanceSchema = z.array(z.object({ sector: SectorKeySchema, count: z.number().int().min(0) }));
export type Attendance = z.infer<typeof AttendanceSchema>;

export const workshopMethods = {
  'app.status': q(Empty, AppStatusSchema, ['workshop', 'session', 'history', 'recent']),

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
  'workshop.open': ctl(z.object({ file: z.string().min(1) }).strict(), WorkshopInfoSchema, ALL_TOPICS),
  'workshop.openDemo': ctl(z.object({ fresh: z.boolean().optional() }).strict(), WorkshopInfoSchema, ALL_TOPICS),
  'workshop.close': ctl(Empty, Ok, ALL_TOPICS),
  'workshop.saveAs': ctl(z.object({ file: z.string().min(1) }).strict(), WorkshopInfoSchema, ['workshop', 'recent']),
  'workshop.info': q(Empty, WorkshopInfoSchema, ['workshop', 'results', 'cards', 'ideas', 'votes', 'actions']),
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
  'workshop.recent': q(Empty, z.array(RecentFileSchema), ['recent']),
  /** Where a new workshop would be saved, and a free file name when that one is taken ("… (2).werkstatt"). */
  'workshop.fileFor': q(
    z.object({ municipality: z.string().trim().min(1).max(200), date: IsoDateSchema }).strict(),
    z.object({ fileName: z.string(), taken: z.boolean(), freeFileName: z.string(), freeFile: z.string() }),
    ['recent'],
  ),

  // Which phase the room is in and what the projector shows: not an undo step.
  'session.get': q(Empty, SessionSchema, ['session']),
  'session.set': mut(z.object({ phase: PhaseSchema.optional(), projector: ProjectorStateSchema.partial().optional() }).strict(), SessionSchema, ['session']),

  // How many people from each sector took part (every sector, 0 when none): the exports' cover
  // page and the limits of the dot vote read it. One undo step per change.
  'attendance.get': q(Empty, AttendanceSchema, ['workshop', 'votes']),
  'attendance.set': mut(
    z.object({ rows: z.array(z.object({ sector: SectorKeySchema, count: z.number().int('Bitte eine ganze Zahl eingeben.').min(0, 'Die Zahl ist 0 oder größer.').max(10000, 'Höchstens 10 000 Personen.') }).strict()).min(1) }).strict(),
    AttendanceSchema, ['workshop', 'votes'], 'Anwesenheit ändern',
  ),

  'history.get': q(Empty, HistorySchema, ['history']),
  'history.undo': ctl(Empty, HistorySchema, ['history']),
  'history.redo': ctl(Empty, HistorySchema, ['history']),
} as const;
