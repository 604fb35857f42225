import type Database from 'better-sqlite3';
import type { Method, Output, ParsedInput, Topic } from '../../../shared/api';
import type { History } from '../../../shared/domain/schemas';
import type { OpenedWorkshop } from '../db/workshop-file';
import type { UndoLog } from '../db/undo';
import type { Paths, RecentFiles } from '../settings';

export type Handler<M extends Method> = (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
export type Handlers = { [M in Method]: Handler<M> };
/** Handlers for one area of the contract, e.g. AreaHandlers<'cards.list' | 'cards.add'>. */
export type AreaHandlers<K extends Method> = { [M in K]: Handler<M> };
export type MethodsOf<P extends string> = Extract<Method, `${P}.${string}`>;

/** What a handler may use of the service: the open workshop and a way to notify windows. */
export interface ServiceContext {
  db(): Database.Database;
  workshop(): OpenedWorkshop;
  undoLog(): UndoLog;
  emit(topics: readonly Topic[]): void;
  readonly paths: Paths;
  /**
   * Runs a long write that pauses between slices (the big import): until it is done, every other
   * write and every read of what it changes (queries stale on `topics`) waits; other reads go on.
   */
  exclusive<T>(topics: readonly Topic[], job: () => Promise<T>): Promise<T>;
  /** While an exclusive write runs: a promise that settles when it is done. Writers outside the contract (phones) wait for it. */
  writesHeld(): Promise<void> | null;
}

/**
 * What the workshop handlers (handlers/workshop.ts) need beyond ServiceContext: they replace or
 * close the open workshop and keep the recent-files list.
 */
export interface WorkshopContext extends ServiceContext {
  readonly mode: 'electron' | 'browser' | 'cli';
  readonly recent: RecentFiles;
  current(): OpenedWorkshop | null;
  /** Make `w` the open workshop (closing the previous one); read-only files are not remembered. */
  adopt(w: OpenedWorkshop, opts?: { readOnly?: boolean }): void;
  close(): void;
  history(): History;
}

/** The desktop shell's methods (native dialogs, projector window), given by electron/main. */
export type ShellHandlers = AreaHandlers<MethodsOf<'shell'>>;
