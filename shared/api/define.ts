import { z } from 'zod';
import type { MessageId } from '../messages/core';

// Validation messages that zod writes itself come in German, like everything the user reads.
z.config(z.locales.de());

export const TOPICS = [
  'workshop',
  'session',
  'history',
  'results',
  'cards',
  'ideas',
  'votes',
  'actions',
  'recent',
  'agenda',
  'tables',
  'participants',
] as const;
export type Topic = (typeof TOPICS)[number];
/** Every topic: for calls that replace the whole workshop (open, create, close). */
export const ALL_TOPICS: Topic[] = [...TOPICS];

export interface MethodDef<I extends z.ZodType, O extends z.ZodType> {
  kind: 'query' | 'mutation' | 'control';
  input: I;
  output: O;
  topics: readonly Topic[];
  /** Queries: the change topics after which a cached answer is stale (the renderer's stores are
   * built from this, so a new mutation cannot leave a screen stale unnoticed). */
  staleOn: readonly Topic[];
  /** Catalogue id of the undo entry's label ('undo.addCard'); absent = not undoable. */
  undo?: UndoLabelId;
}
/** An undo label: an id of the 'undo' message area, shown in the user's language. */
export type UndoLabelId = Extract<MessageId, `undo.${string}`>;

export function q<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, staleOn: readonly Topic[]): MethodDef<I, O> {
  return { kind: 'query', input, output, topics: [], staleOn };
}
export function mut<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, topics: Topic[], undo?: UndoLabelId): MethodDef<I, O> {
  return { kind: 'mutation', input, output, topics, staleOn: [], undo };
}
export function ctl<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, topics: Topic[]): MethodDef<I, O> {
  return { kind: 'control', input, output, topics, staleOn: [] };
}

export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });
export const Nullable = <T extends z.ZodType>(t: T) => t.nullable().optional();
