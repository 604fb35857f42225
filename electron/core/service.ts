import { EventEmitter } from 'node:events';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { contract, isMethod, type ChangeEvent, type Method, type Output, type ParsedInput, type Topic } from '../../shared/api';
import { AppError, type ApiError, type Result } from '../../shared/domain/errors';
import { cleanInput } from '../../shared/domain/text';
import type { History } from '../../shared/domain/schemas';
import { issueMessage } from '../../shared/api/issues';
import { assertFileInPlace, closeWorkshop, openWorkshopFile, sqliteError, type OpenOptions, type OpenedWorkshop } from './db/workshop-file';
import { UndoLog } from './db/undo';
import { readWorkshopMeta } from './db/repo/meta';
import { workshopHandlers, openOrCreateDemo } from './handlers/workshop';
import { sessionHandlers } from './handlers/session';
import { cardsHandlers } from './handlers/cards';
import { ideasHandlers } from './handlers/ideas';
import { votesHandlers } from './handlers/votes';
import { criteriaHandlers } from './handlers/criteria';
import { rankingHandlers } from './handlers/ranking';
import { actionsHandlers } from './handlers/actions';
import { exportHandlers } from './handlers/export';
import { resultsHandlers } from './handlers/results';
import { importHandlers } from './handlers/import';
import { clusteringHandlers } from './handlers/clustering';
import { agendaHandlers } from './handlers/agenda';
import type { Handler, Handlers, ServiceContext, ShellHandlers, WorkshopContext } from './handlers/types';
import { defaultPaths, RecentFiles, type Paths } from './settings';
import { participantsHandlers } from './handlers/participants';
import { exchangeHandlers } from './handlers/exchange';
import { ParticipantMode } from './participants/mode';

export interface ServiceOptions {
  paths?: Partial<Paths>;
  mode?: 'electron' | 'browser' | 'cli';
  /** Add opened files to the recent list (default true; the CLI says false: a script run is no "recent file"). */
  remember?: boolean;
}

/**
 * The app's behaviour, independent of Electron: one open workshop at a time, shared by every
 * window and browser tab. Every change is committed to the file before the call returns, then
 * a change event goes out to all windows. The methods of each area live in handlers/<area>.ts.
 */
export class WorkshopService {
  readonly events = new EventEmitter();
  readonly paths: Paths;
  readonly mode: 'electron' | 'browser' | 'cli';
  private readonly recent: RecentFiles;
  private readonly remember: boolean;
  private current: OpenedWorkshop | null = null;
  private undoLog: UndoLog | null = null;
  private readOnly = false;
  private shell: ShellHandlers | null = null;
  private rev = 0;
  /** An exclusive write in progress (see ServiceContext.exclusive). */
  private hold: { topics: ReadonlySet<Topic>; done: Promise<void> } | null = null;

  constructor(opts: ServiceOptions = {}) {
    this.paths = { ...defaultPaths(), ...opts.paths };
    this.mode = opts.mode ?? 'cli';
    this.remember = opts.remember ?? true;
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
      if (!svc.undoLog) throw AppError.of('READ_ONLY', 'errors.readOnly');
      return svc.undoLog;
    },
    emit: (topics) => svc.emit(topics),
    get paths() {
      return svc.paths;
    },
    exclusive: (topics, job) => svc.exclusive(topics, job),
    writesHeld: () => svc.hold?.done ?? null,
  }))(this);

  /** The wider view for handlers/workshop.ts: it replaces and closes the open workshop. */
  private readonly workshopCtx: WorkshopContext = ((svc: WorkshopService): WorkshopContext => ({
    ...svc.ctx,
    get paths() {
      return svc.paths;
    },
    // Getters: field initialisers run before the constructor has set these.
    get mode() {
      return svc.mode;
    },
    get recent() {
      return svc.recent;
    },
    current: () => svc.current,
    adopt: (w, opts) => svc.adopt(w, opts),
    close: () => svc.close(),
    history: () => svc.history(),
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

  private async exclusive<T>(topics: readonly Topic[], job: () => Promise<T>): Promise<T> {
    while (this.hold) await this.hold.done;
    let release!: () => void;
    this.hold = { topics: new Set(topics), done: new Promise<void>((r) => (release = r)) };
    try {
      return await job();
    } finally {
      this.hold = null;
      release();
    }
  }

  private emit(topics: readonly Topic[]): void {
    if (!topics.length) return;
    const ev: ChangeEvent = { rev: ++this.rev, topics: [...new Set(topics)] };
    this.events.emit('change', ev);
  }

  private adopt(w: OpenedWorkshop, opts: { readOnly?: boolean } = {}): void {
    this.close();
    this.current = w;
    // Read-only when asked, or when the file layer could only open it for viewing (locked, read-only file).
    this.readOnly = (opts.readOnly ?? false) || w.readOnly !== null;
    // A read-only connection gets no undo log: nothing can change, and its triggers need the current schema.
    this.undoLog = this.readOnly ? null : new UndoLog(w.db);
    if (this.readOnly || !this.remember) return;
    const meta = readWorkshopMeta(w.db);
    try {
      this.recent.touch({ file: w.file, name: meta.name, municipality: meta.municipality, date: meta.date });
    } catch {
      // The recent list is a convenience; an unwritable settings folder must not block work.
    }
  }

  close(): void {
    // Participant mode ends with its workshop: device links are wiped while the file is still open.
    if (this.current?.db.open) this.participants.beforeClose();
    if (this.current) closeWorkshop(this.current);
    this.current = null;
    this.undoLog = null;
    this.readOnly = false;
  }

  /** Open a file (used by the CLI, Electron's "open with", and tests). */
  openFile(file: string, opts: OpenOptions = {}): OpenedWorkshop {
    // Re-opening our own file: let go of it first, or our own lock would refuse us.
    if (this.current && this.current.file === path.resolve(file)) this.close();
    this.adopt(openWorkshopFile(file, opts), { readOnly: opts.readOnly });
    return this.current!;
  }

  openOrCreateDemo(fresh = false): OpenedWorkshop {
    return openOrCreateDemo(this.workshopCtx, fresh);
  }

  /** The desktop shell's handlers (electron/main); without them shell.* methods are refused. */
  attachShell(handlers: ShellHandlers): void {
    this.shell = handlers;
  }

  private shellHandler<M extends keyof ShellHandlers>(method: M): ShellHandlers[M] {
    if (!this.shell) throw AppError.of('UNKNOWN_METHOD', 'errors.desktopOnly', { method });
    return this.shell[method];
  }

  /** Phones on the LAN (issue #10): a separate server with its own contract, see handlers/participants.ts. */
  readonly participants = new ParticipantMode({ ctx: this.ctx, events: this.events });

  readonly handlers: Handlers = {
    ...workshopHandlers(this.workshopCtx),
    ...sessionHandlers(this.ctx),
    ...resultsHandlers(this.ctx),
    ...importHandlers(this.ctx),
    ...cardsHandlers(this.ctx),
    ...ideasHandlers(this.ctx),
    ...votesHandlers(this.ctx),
    ...criteriaHandlers(this.ctx),
    ...rankingHandlers(this.ctx),
    ...actionsHandlers(this.ctx),
    ...exportHandlers(this.ctx),
    ...clusteringHandlers(this.ctx),
    ...agendaHandlers(this.ctx),
    ...participantsHandlers(this.ctx, this.events, this.participants),
    ...exchangeHandlers(this.ctx),
    'shell.openProjector': (i) => this.shellHandler('shell.openProjector')(i),
    'shell.pickOpen': (i) => this.shellHandler('shell.pickOpen')(i),
    'shell.pickSaveAs': (i) => this.shellHandler('shell.pickSaveAs')(i),
    'shell.pickPath': (i) => this.shellHandler('shell.pickPath')(i),
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
    // invisible and control characters never reach a workshop (shared/domain/text.ts)
    const parsed = def.input.safeParse(cleanInput(rawInput));
    if (!parsed.success) throw invalidInput(parsed.error);
    const handler = this.handlers[method] as Handler<M>;
    const input = parsed.data as ParsedInput<M>;
    let out: Output<M>;
    // During an exclusive write: other writes wait (they would join its open transaction), and so do
    // reads of what it changes (they would see it half-written). Other reads answer at once.
    while (this.hold && (def.kind !== 'query' || def.staleOn.some((t) => this.hold!.topics.has(t)))) await this.hold.done;
    // Before any write: not read-only, and the path still leads to the file we opened.
    if (this.current && (def.kind === 'mutation' || WRITING_CONTROLS.has(method))) assertFileInPlace(this.current);
    try {
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
    } catch (e) {
      // Disk full, file gone, locked, read-only: a message the user can act on, not INTERNAL.
      throw sqliteError(this.current?.file ?? null, e) ?? e;
    }
    return out;
  }
}

/** Controls that write to the workshop file (mutations are checked anyway). */
const WRITING_CONTROLS = new Set<string>(['history.undo', 'history.redo', 'import.commit']);

function invalidInput(err: z.ZodError): AppError {
  const first = err.issues[0];
  const path = first?.path.length ? first.path.join('.').slice(0, 200) : 'none';
  if (!first) return AppError.of('INVALID_INPUT', 'errors.invalidInput', { path, detailKey: 'validation.invalid' });
  const m = issueMessage(first);
  return AppError.of('INVALID_INPUT', 'errors.invalidInput', 'detail' in m ? { path, detail: m.detail } : { path, detailKey: m.detailKey, ...m.params });
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof AppError) return e.toJSON();
  const err = e as { code?: string; message?: string };
  if (typeof err?.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT')) {
    return { ...AppError.of('CONFLICT', 'errors.conflict').toJSON(), params: { detail: String(err.message) } };
  }
  const fileErr = sqliteError(null, e);
  if (fileErr) return fileErr.toJSON();
  return AppError.of('INTERNAL', 'errors.internal', { detail: String(err?.message ?? e) }).toJSON();
}
