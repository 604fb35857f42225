import { z } from 'zod';
import { MAX_LEN, tooLong } from '../domain/limits';
import {
  HistorySchema,
  IsoDateSchema,
  PhaseSchema,
  ProjectorStateSchema,
  RecentFileSchema,
  SectorKeySchema,
  SessionSchema,
  WorkshopInfoSchema,
} from '../domain/schemas';
import { ALL_TOPICS, ctl, Empty, mut, Nullable, Ok, q } from './define';

/** An error or note as a catalogue message: rendered in the caller's language from key + params. */
const MessageSchema = z.object({
  code: z.string(),
  message: z.string(),
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export const IntegrityReportSchema = z.object({
  ok: z.boolean(),
  problems: z.array(MessageSchema),
  /** Not problems: e.g. an interrupted change that opening will roll back. */
  notes: z.array(MessageSchema),
  schemaVersion: z.number().int().nullable(),
  rolledBack: z.boolean(),
});
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

const FilePath = z.string().min(1).max(MAX_LEN.path, tooLong(MAX_LEN.path));
export const AttendanceSchema = z.array(z.object({ sector: SectorKeySchema, count: z.number().int().min(0) }));
export type Attendance = z.infer<typeof AttendanceSchema>;

export const workshopMethods = {
  'app.status': q(Empty, AppStatusSchema, ['workshop', 'session', 'history', 'recent']),

  'workshop.create': ctl(
    z
      .object({
        name: z.string().trim().min(1, 'validation.enterName').max(MAX_LEN.name, tooLong(MAX_LEN.name)),
        municipality: z.string().trim().min(1, 'validation.enterMunicipality').max(MAX_LEN.name, tooLong(MAX_LEN.name)),
        date: IsoDateSchema,
        file: FilePath.optional(),
      })
      .strict(),
    WorkshopInfoSchema,
    ALL_TOPICS,
  ),
  // readOnly: nothing is migrated, written or remembered; mutations are refused (CLI info, results, ranking, export).
  'workshop.open': ctl(z.object({ file: FilePath, readOnly: z.boolean().optional() }).strict(), WorkshopInfoSchema, ALL_TOPICS),
  // file: write a new demo workshop there (CLI `demo FILE`; an existing file is refused, never overwritten).
  'workshop.openDemo': ctl(z.object({ fresh: z.boolean().optional(), file: FilePath.optional() }).strict(), WorkshopInfoSchema, ALL_TOPICS),
  'workshop.close': ctl(Empty, Ok, ALL_TOPICS),
  'workshop.saveAs': ctl(z.object({ file: FilePath }).strict(), WorkshopInfoSchema, ['workshop', 'recent']),
  'workshop.info': q(Empty, WorkshopInfoSchema, ['workshop', 'results', 'cards', 'ideas', 'votes', 'actions']),
  'workshop.updateMeta': mut(
    z
      .object({
        name: z.string().trim().min(1).max(MAX_LEN.name, tooLong(MAX_LEN.name)).optional(),
        municipality: z.string().trim().min(1).max(MAX_LEN.name, tooLong(MAX_LEN.name)).optional(),
        date: IsoDateSchema.optional(),
        place: Nullable(z.string().max(MAX_LEN.name, tooLong(MAX_LEN.name))),
        nextReview: Nullable(IsoDateSchema),
      })
      .strict(),
    WorkshopInfoSchema,
    ['workshop'],
    'undo.updateWorkshop',
  ),
  'workshop.recent': q(Empty, z.array(RecentFileSchema), ['recent']),
  /** Full integrity check of a workshop file (open or not), read-only (CLI `check`). */
  'workshop.check': q(z.object({ file: FilePath }).strict(), IntegrityReportSchema, []),
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
    z
      .object({
        rows: z
          .array(
            z
              .object({
                sector: SectorKeySchema,
                count: z.number().int('validation.wholeNumberShort').min(0, 'validation.countMin').max(10000, 'validation.peopleMax'),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    AttendanceSchema,
    ['workshop', 'votes'],
    'undo.setAttendance',
  ),

  'history.get': q(Empty, HistorySchema, ['history']),
  'history.undo': ctl(Empty, HistorySchema, ['history']),
  'history.redo': ctl(Empty, HistorySchema, ['history']),
} as const;
