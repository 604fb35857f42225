import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { contract, isMethod, type ChangeEvent, type Method, type Output, type ParsedInput, type Topic } from '../../shared/api';
import { AppError, type ApiError, type Result } from '../../shared/domain/errors';
import type { History } from '../../shared/domain/schemas';
import { createWorkshopFile, openWorkshopFile, type OpenedWorkshop } from './db/workshop-file';
import { UndoLog } from './db/undo';
import { readInfo, readSession, readWorkshopMeta, setMeta } from './db/repo/meta';
import { readAttendance, writeAttendance } from './db/repo/votes';
import { cardsHandlers } from './handlers/cards';
import { ideasHandlers } from './handlers/ideas';
import { actionsHandlers } from './handlers/actions';
import { exportHandlers } from './handlers/export';
import { resultsHandlers } from './handlers/results';
import { importHandlers } from './handlers/import';
import type { Handler, Handlers, ServiceContext } from './handlers/types';
import { defaultPaths, fileNameFor, RecentFiles, type Paths } from './settings';
import { fillDemo, DEMO_META } from './db/demo';


export interface ServiceOptions {
  paths?: Partial<Paths>;
  mode?: 'electron' | 'browser' | 'cli';
}

/**
 * The app's behaviour, independent of Electron: one open workshop at a time, shared by every
 * window and browser tab. Every change is committed to the file before the call returns, then
 * a change event goes out to all windows.
 */
export class WorkshopService {
  readonly events = new EventEmitter();
  readonly paths: Paths;
  readonly mode: 'electron' | 'browser' | 'cli';
  private readonly recent: RecentFiles;
  private current: OpenedWorkshop | null = null;
  private undoLog: UndoLog | null = null;
  private rev = 0;

  constructor(opts: ServiceOptions = {}) {
    this.paths = { ...defaultPaths(), ...opts.paths };
    this.mode = opts.mode ?? 'cli';
    this.recent = new RecentFiles(this.paths.settingsDir);
  }

  /** The narrow view of the service that area handlers get. */
  readonly ctx: ServiceContext = ((svc: WorkshopService): ServiceContext => ({
    db: () => svc.db(),
    workshop: () => {
      svc.db();
      return svc.current!;
    },
    undoLog: () => {
      svc.db();
      return svc.undoLog!;
    },
    emit: (topics) => svc.emit(topics),
    get paths() {
      return svc.paths;
    },
  }))(this);

  get workshop(): OpenedWorkshop | null {
    return this.current;
  }

  private db(): Database.Database {
    if (!this.current) throw AppError.of('NO_WORKSHOP', 'errors.noWorkshop');
    return this.current.db;
  }

  private history(): History {
    return { undo: this.undoLog?.canUndo()?.label ?? null, redo: this.undoLog?.canRedo()?.label ?? null };
  }

  private emit(topics: readonly Topic[]): void {
    if (!topics.length) return;
    const ev: ChangeEvent = { rev: ++this.rev, topics: [...new Set(topics)] };
    this.events.emit('change', ev);
  }

  private adopt(w: OpenedWorkshop): void {
    this.close();
    this.current = w;
    this.undoLog = new UndoLog(w.db);
    const meta = readWorkshopMeta(w.db);
    try {
      this.recent.touch({ file: w.file, name: meta.name, municipality: meta.municipality, date: meta.date });
    } catch {
      // The recent list is a convenience; an unwritable settings folder must not block work.
    }
  }

  close(): void {
    if (this.current?.db.open) this.current.db.close();
    this.current = null;
    this.undoLog = null;
  }

  /** Open a file (used by the CLI, Electron's "open with", and tests). */
  openFile(file: string): OpenedWorkshop {
    this.adopt(openWorkshopFile(file));
    return this.current!;
  }

  openOrCreateDemo(fresh = false): OpenedWorkshop {
    const file = path.join(this.paths.workshopsDir, fileNameFor(`Demo ${DEMO_META.municipality}`, DEMO_META.date));
    if (fresh && fs.existsSync(file)) fs.rmSync(file);
    if (fs.existsSync(file)) return this.openFile(file);
    this.adopt(createWorkshopFile(file, DEMO_META, fillDemo));
    return this.current!;
  }

  readonly handlers: Handlers = {
    'app.status': () => ({
      workshop: this.current ? readInfo(this.current) : null,
      session: this.current ? readSession(this.current.db) : null,
      history: this.history(),
      recent: this.recent.list(),
      workshopsDir: this.paths.workshopsDir,
      mode: this.mode,
    }),

    'workshop.create': (i) => {
      const file = i.file ? path.resolve(i.file) : path.join(this.paths.workshopsDir, fileNameFor(i.municipality, i.date));
      this.adopt(createWorkshopFile(file, { name: i.name, municipality: i.municipality, date: i.date }));
      return readInfo(this.current!);
    },
    'workshop.fileFor': (i) => {
      const fileName = fileNameFor(i.municipality, i.date);
      const base = fileName.replace(/\.werkstatt$/, '');
      let free = fileName;
      for (let n = 2; fs.existsSync(path.join(this.paths.workshopsDir, free)); n++) free = `${base} (${n}).werkstatt`;
      return { fileName, taken: free !== fileName, freeFileName: free, freeFile: path.join(this.paths.workshopsDir, free) };
    },
    'workshop.open': (i) => readInfo(this.openFile(i.file)),
    'workshop.openDemo': (i) => readInfo(this.openOrCreateDemo(i.fresh ?? false)),
    'workshop.close': () => {
      this.close();
      return { ok: true as const };
    },
    'workshop.saveAs': async (i) => {
      const src = this.db();
      const target = path.resolve(i.file);
      if (target === this.current!.file) return readInfo(this.current!);
      if (fs.existsSync(target)) {
        throw new AppError('FILE_EXISTS', `Die Datei „${path.basename(target)}“ gibt es schon. Wählen Sie einen anderen Namen.`, { file: target });
      }
      // SQLite's online backup API: a consistent copy even while the file is in use.
      const tmp = `${target}.${process.pid}.tmp`;
      try {
        await src.backup(tmp);
        fs.renameSync(tmp, target);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        throw new AppError('IO', `„Speichern unter“ ist fehlgeschlagen: ${(e as Error).message}. Prüfen Sie den Zielordner.`, { file: target });
      }
      this.adopt(openWorkshopFile(target));
      return readInfo(this.current!);
    },
    'workshop.info': () => {
      this.db();
      return readInfo(this.current!);
    },
    'workshop.updateMeta': (i) => {
      const db = this.db();
      if (i.name !== undefined) setMeta(db, 'name', i.name);
      if (i.municipality !== undefined) setMeta(db, 'municipality', i.municipality);
      if (i.date !== undefined) setMeta(db, 'date', i.date);
      if (i.place !== undefined) setMeta(db, 'place', i.place);
      if (i.nextReview !== undefined) setMeta(db, 'next_review', i.nextReview);
      return readInfo(this.current!);
    },
    'workshop.recent': () => this.recent.list(),

    'session.get': () => readSession(this.db()),
    'session.set': (i) => {
      const db = this.db();
      const before = readSession(db);
      if (i.phase) setMeta(db, 'phase', i.phase);
      // A new phase or field starts on its first page, without a zoomed item or the overview.
      const fresh = (i.phase && i.phase !== before.phase) || (i.projector?.field !== undefined && i.projector.field !== before.projector.field)
        ? { page: 0, focus: null, overview: false } : {};
      if (i.projector || Object.keys(fresh).length) setMeta(db, 'projector', JSON.stringify({ ...before.projector, ...fresh, ...i.projector }));
      return readSession(db);
    },

    'attendance.get': () => readAttendance(this.db()),
    'attendance.set': (i) => {
      writeAttendance(this.db(), i.rows);
      return readAttendance(this.db());
    },

    'history.get': () => this.history(),
    'history.undo': () => {
      this.db();
      const step = this.undoLog!.undo();
      if (step) this.emit(step.topics as Topic[]);
      return this.history();
    },
    'history.redo': () => {
      this.db();
      const step = this.undoLog!.redo();
      if (step) this.emit(step.topics as Topic[]);
      return this.history();
    },

    ...resultsHandlers(this.ctx),
    ...importHandlers(this.ctx),
    ...cardsHandlers(this.ctx),
    ...ideasHandlers(this.ctx),
    ...actionsHandlers(this.ctx),
    ...exportHandlers(this.ctx),
  };

  /**
   * The single entry point for every transport: validate, run, commit, notify.
   * Never throws; failures come back as {ok:false, error:{code, message}}.
   */
  async call(method: unknown, rawInput: unknown): Promise<Result<unknown>> {
    try {
      if (!isMethod(method)) throw AppError.of('UNKNOWN_METHOD', 'errors.unknownMethod', { method: String(method).slice(0, 100) });
      return { ok: true, value: await this.run(method, rawInput ?? {}) };
    } catch (e) {
      return { ok: false, error: toApiError(e) };
    }
  }

  /** Like call(), but throws AppError and is typed: for the CLI, tests and benchmarks. */
  async run<M extends Method>(method: M, rawInput: unknown): Promise<Output<M>> {
    const def = contract[method];
    const parsed = def.input.safeParse(rawInput);
    if (!parsed.success) throw invalidInput(parsed.error);
    const handler = this.handlers[method] as Handler<M>;
    const input = parsed.data as ParsedInput<M>;
    let out: Output<M>;
    if (def.kind === 'mutation') {
      const db = this.db();
      const undo = this.undoLog!;
      const label = 'undo' in def ? def.undo : undefined;
      // One transaction per call: committed (fsync'd, synchronous=FULL) before we answer.
      out = db.transaction(() =>
        label ? undo.record(label, [...def.topics], () => handler(input) as Output<M>) : undo.untracked(() => handler(input) as Output<M>),
      )();
      this.emit(label ? [...def.topics, 'history'] : def.topics);
    } else {
      out = await handler(input);
      if (def.kind === 'control') this.emit(def.topics);
    }
    return out;
  }
}

function invalidInput(err: z.ZodError): AppError {
  const first = err.issues[0];
  const where = first?.path.length ? ` (${first.path.join('.')})` : '';
  return new AppError('INVALID_INPUT', `Ungültige Eingabe${where}: ${first?.message ?? 'unbekannter Fehler'}`, { path: first?.path.join('.') ?? '' });
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof AppError) return e.toJSON();
  const err = e as { code?: string; message?: string };
  if (typeof err?.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT')) {
    return { ...AppError.of('CONFLICT', 'errors.conflict').toJSON(), params: { detail: String(err.message) } };
  }
  if (typeof err?.code === 'string' && (err.code === 'SQLITE_FULL' || err.code === 'SQLITE_IOERR' || err.code.startsWith('SQLITE_IOERR'))) {
    return AppError.of('IO', 'errors.io').toJSON();
  }
  return AppError.of('INTERNAL', 'errors.internal', { detail: String(err?.message ?? e) }).toJSON();
}
