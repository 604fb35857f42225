import { z } from 'zod';
import { IdSchema, SectorKeySchema } from '../domain/schemas';
import { Empty, mut, Nullable, Ok, q } from './define';

// Dot voting on ideas: the rules, tallies by the facilitator, or dots per person.
//
// Concurrency of tallies (two windows, one tally): the +/− buttons and keys send a *relative*
// change (`delta`), which commutes — two windows pressing +1 give +2, nothing is lost. A typed
// number is an absolute value and carries the value the window saw (`expected`); if the tally
// changed in between, the call fails with CONFLICT and a message naming the current value, and
// nothing is written. Every call is one SQLite transaction, so there is no lost update.

const Count = z.number({ error: 'validation.wholeNumber' }).int('validation.wholeNumber');

export const RankMethodSchema = z.enum(['dots', 'criteria', 'combined']);

export const VoteSettingsSchema = z.object({
  dotsPerPerson: z.number().int().min(1).max(50),
  allowMultiple: z.boolean(),
  revealed: z.boolean(),
  method: RankMethodSchema,
  votesWeight: z.number().min(0).max(10),
  /** What the projector shows in this phase. */
  projectorView: z.enum(['ranking', 'matrix', 'sectors']),
});
export type VoteSettings = z.infer<typeof VoteSettingsSchema>;

export const ParticipantSchema = z.object({
  id: IdSchema,
  label: z.string(),
  sector: SectorKeySchema.nullable(),
  used: z.number().int(),
  /** idea id → dots this person gave it */
  votes: z.record(z.string(), z.number().int()),
});
export type Participant = z.infer<typeof ParticipantSchema>;
export const TallySchema = z.object({ ideaId: IdSchema, sector: SectorKeySchema.nullable(), count: z.number().int() });
export type Tally = z.infer<typeof TallySchema>;
export const votesMethods = {
  'votes.settings': q(Empty, VoteSettingsSchema, ['votes']),
  'votes.configure': mut(
    z
      .object({
        dotsPerPerson: z
          .number({ error: 'validation.wholeNumber' })
          .int('validation.wholeNumber')
          .min(1, 'validation.dotsPerPersonMin')
          .max(50, 'validation.dotsPerPersonMax')
          .optional(),
        allowMultiple: z.boolean().optional(),
        method: RankMethodSchema.optional(),
        votesWeight: z.number().min(0, 'validation.weightMin').max(10, 'validation.weightMax').optional(),
      })
      .strict(),
    VoteSettingsSchema,
    ['votes'],
    'undo.configureVotes',
  ),
  /** Show or hide the dots on the projector ("Aufdecken"). */
  'votes.reveal': mut(z.object({ revealed: z.boolean() }).strict(), VoteSettingsSchema, ['votes'], 'undo.revealVotes'),
  /** Which view the projector shows (not an undo entry, like the phase). */
  'votes.projectorView': mut(z.object({ view: z.enum(['ranking', 'matrix', 'sectors']) }).strict(), VoteSettingsSchema, ['votes']),
  'votes.tallies': q(Empty, z.array(TallySchema), ['ideas', 'votes']),
  /** Facilitator's tally for one idea (optionally per sector): +/− as `delta`, a typed number as `set` with `expected`. */
  'votes.tally': mut(
    z
      .object({
        ideaId: IdSchema,
        sector: Nullable(SectorKeySchema),
        delta: Count.refine((n) => n !== 0, 'validation.changeNotZero').optional(),
        set: Count.min(0, 'validation.dotsNotNegative').max(10000, 'validation.tooManyDots').optional(),
        expected: Count.min(0).optional(),
      })
      .strict()
      .refine((i) => (i.delta === undefined) !== (i.set === undefined), 'validation.changeOrNumber'),
    TallySchema,
    ['votes'],
    'undo.tally',
  ),
  'votes.reset': mut(Empty, Ok, ['votes'], 'undo.resetVotes'),
  'votes.participants': q(Empty, z.array(ParticipantSchema), ['ideas', 'votes']),
  'votes.addParticipant': mut(
    z.object({ label: z.string().trim().min(1, 'validation.enterLabel').max(60), sector: Nullable(SectorKeySchema) }).strict(),
    ParticipantSchema,
    ['votes'],
    'undo.addParticipant',
  ),
  'votes.deleteParticipant': mut(z.object({ id: IdSchema }).strict(), Ok, ['votes'], 'undo.deleteParticipant'),
  /** One person's dots on one idea (+1 / −1); the dot limit and the "several dots per idea" rule are enforced here. */
  'votes.cast': mut(
    z.object({ participantId: IdSchema, ideaId: IdSchema, delta: Count.refine((n) => n !== 0, 'validation.changeNotZero') }).strict(),
    ParticipantSchema,
    ['votes'],
    'undo.castVote',
  ),
} as const;
