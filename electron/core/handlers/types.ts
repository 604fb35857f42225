import type Database from 'better-sqlite3';
import type { Method, Output, ParsedInput, Topic } from '../../../shared/api';
import type { OpenedWorkshop } from '../db/workshop-file';
import type { UndoLog } from '../db/undo';
import type { Paths } from '../settings';

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
}
