import { z } from 'zod';
import { TOPICS } from './api/define';
import { workshopMethods } from './api/workshop';
import { resultsMethods } from './api/results';
import { cardsMethods } from './api/cards';
import { ideasMethods } from './api/ideas';
import { votesMethods } from './api/votes';
import { criteriaMethods } from './api/criteria';
import { rankingMethods } from './api/ranking';
import { actionsMethods } from './api/actions';
import { importMethods } from './api/import';
import { exportMethods } from './api/export';
import { agendaMethods } from './api/agenda';
import { clusteringMethods } from './api/clustering';
import { shellMethods } from './api/shell';
import { participantsMethods } from './api/participants';
import { exchangeMethods } from './api/exchange';

/**
 * The one API contract. Electron IPC, the HTTP transport and the CLI all dispatch through it,
 * so a browser test exercises the same validation and service code as the desktop app.
 * Each area keeps its methods in shared/api/<area>.ts.
 *
 * kind:
 *  - query:    reads the open workshop
 *  - mutation: one SQLite transaction; an undo step when `undo` is set; emits `topics`
 *  - control:  opens/closes/copies files; may be async; emits `topics`
 */
export const contract = {
  ...workshopMethods,
  ...resultsMethods,
  ...importMethods,
  ...cardsMethods,
  ...ideasMethods,
  ...votesMethods,
  ...criteriaMethods,
  ...rankingMethods,
  ...actionsMethods,
  ...exportMethods,
  ...agendaMethods,
  ...clusteringMethods,
  ...shellMethods,
  ...participantsMethods,
  ...exchangeMethods,
} as const;

export { TOPICS, type Topic } from './api/define';
export { AppStatusSchema, type AppStatus } from './api/workshop';

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;
export const METHODS = Object.keys(contract) as Method[];

/** Pushed to every window and tab after a change. `topics` says which stores should reload. */
export const ChangeEventSchema = z.object({ rev: z.number().int(), topics: z.array(z.enum(TOPICS)) });
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;

export function isMethod(s: unknown): s is Method {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(contract, s);
}
