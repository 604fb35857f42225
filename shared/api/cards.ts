import { z } from 'zod';
import { BoardSchema, CardSchema, CardTextSchema, FieldKeySchema, IdSchema, SectorKeySchema } from '../domain/schemas';
import { Empty, mut, Nullable, Ok, q } from './define';

// Strength cards and their clusters ("Themen"). The board is clustered live by the engine in
// shared/clustering: a new card joins the most similar cluster or opens a new one, nothing else
// moves. Everything the facilitator does by hand wins over the engine: a moved card is pinned
// (stays, and seeds its cluster on "sort again"), a renamed cluster keeps its label.

const LabelSchema = z.string().trim().max(80);

/** Where a new card went: the cluster it joined, or the one it opened. */
export const JoinedSchema = z.object({ clusterId: IdSchema, label: z.string(), isNew: z.boolean() });

export const DuplicateMatchSchema = z.object({
  id: IdSchema,
  text: z.string(),
  similarity: z.number(),
  /** identical after normalisation (case, umlauts, spaces, punctuation) */
  exact: z.boolean(),
  clusterId: IdSchema.nullable(),
  clusterLabel: z.string().nullable(),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatchSchema>;

const ClusterRef = z.object({ id: IdSchema.nullable(), label: z.string() });
export const SortPreviewSchema = z.object({
  /** fingerprint of the board the preview was computed on; sortApply refuses a different board */
  revision: z.string(),
  moves: z.array(z.object({ cardId: IdSchema, text: z.string(), from: ClusterRef.nullable(), to: ClusterRef })),
  unchanged: z.number().int(),
  newClusters: z.array(z.object({ label: z.string(), cards: z.number().int() })),
  emptied: z.array(z.object({ id: IdSchema, label: z.string() })),
  relabelled: z.array(z.object({ id: IdSchema, from: z.string(), to: z.string() })),
  /** cards placed by hand that stay where they are */
  pinned: z.number().int(),
});
export type SortPreview = z.infer<typeof SortPreviewSchema>;

const SuggestSide = z.object({ id: IdSchema, label: z.string(), cards: z.number().int() });
/** "Sport → Begegnung zusammenlegen?": a small theme that fits into a larger, related one (issue #12.5). */
export const MergeSuggestionSchema = z.object({ from: SuggestSide, to: SuggestSide, similarity: z.number() });
export type MergeSuggestionView = z.infer<typeof MergeSuggestionSchema>;

export const cardsMethods = {
  'cards.list': q(Empty, BoardSchema, ['cards']),
  /**
   * Adds a card and places it live (unless `clusterId` is given: then it goes there, pinned).
   * An exact duplicate (same text after normalisation) is refused with CONFLICT unless
   * `allowDuplicate`. Near duplicates (very similar wording) are accepted on purpose – the room
   * may mean a different thing, and the board offers merging before it saves (cards.checkDuplicate) –
   * but never silently: the answer lists them in `nearDuplicates` (best first, at most 3; empty if
   * none), so every caller (paste of many lines, CLI, scripts) can tell the user.
   * `source` e.g. `question:Q12` for a strength taken over from the self-check results.
   */
  'cards.add': mut(
    z
      .object({
        text: CardTextSchema,
        field: Nullable(FieldKeySchema),
        sector: Nullable(SectorKeySchema),
        clusterId: Nullable(IdSchema),
        source: Nullable(z.string().max(100)),
        allowDuplicate: z.boolean().optional(),
        tableId: Nullable(IdSchema),
      })
      .strict(),
    CardSchema.extend({ joined: JoinedSchema.nullable(), nearDuplicates: z.array(DuplicateMatchSchema) }),
    ['cards'],
    'undo.addCard',
  ),
  /** Exact and near duplicates of a text among the existing cards, best first (at most 3). */
  'cards.checkDuplicate': q(z.object({ text: CardTextSchema, excludeId: IdSchema.optional() }).strict(), z.object({ matches: z.array(DuplicateMatchSchema) }), [
    'cards',
  ]),
  'cards.update': mut(
    z
      .object({
        id: IdSchema,
        text: CardTextSchema.optional(),
        field: Nullable(FieldKeySchema),
        sector: Nullable(SectorKeySchema),
        hidden: z.boolean().optional(),
        tableId: Nullable(IdSchema),
      })
      .strict(),
    CardSchema,
    ['cards'],
    'undo.updateCard',
  ),
  'cards.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['cards'], 'undo.deleteCard'),
  /** Moves a card by hand (null = out of every cluster). The card is pinned: "sort again" leaves it there. */
  'cards.move': mut(
    z.object({ id: IdSchema, clusterId: IdSchema.nullable(), position: z.number().finite().optional() }).strict(),
    CardSchema,
    ['cards'],
    'undo.moveCard',
  ),
  /** What "sort again" would do, without doing it. */
  'cards.sortPreview': q(Empty, SortPreviewSchema, ['cards', 'results']),
  /** Applies the plan shown by sortPreview; CONFLICT if the board changed since (revision). */
  'cards.sortApply': mut(
    z.object({ revision: z.string().min(1).max(200) }).strict(),
    z.object({ moved: z.number().int(), created: z.number().int(), removed: z.number().int() }),
    ['cards'],
    'undo.resort',
  ),
  /** Renames a cluster; the label is then never replaced by the engine. Empty = automatic label again. */
  'clusters.rename': mut(z.object({ id: IdSchema, label: LabelSchema }).strict(), Ok, ['cards'], 'undo.renameTheme'),
  /** Moves every card of `sourceId` into `targetId` (pinned) and removes the source. */
  'clusters.merge': mut(z.object({ sourceId: IdSchema, targetId: IdSchema }).strict(), Ok, ['cards'], 'undo.mergeThemes'),
  /**
   * Suggested merges of small themes (≤ 3 cards) into a related larger theme, best first (at most 3).
   * Nothing changes until the facilitator accepts (clusters.merge) or dismisses one.
   */
  'clusters.suggestions': q(Empty, z.object({ suggestions: z.array(MergeSuggestionSchema) }), ['cards']),
  /** The facilitator said no: this pair is not suggested again (kept in the workshop file). */
  'clusters.dismissSuggestion': mut(z.object({ sourceId: IdSchema, targetId: IdSchema }).strict(), Ok, ['cards'], 'undo.dismissSuggestion'),
  /** Moves the given cards (pinned) into a new cluster; returns its id. */
  'clusters.split': mut(
    z.object({ id: IdSchema, cardIds: z.array(IdSchema).min(1, 'validation.selectCard').max(500) }).strict(),
    z.object({ clusterId: IdSchema, label: z.string() }),
    ['cards'],
    'undo.splitTheme',
  ),
  'clusters.create': mut(
    z.object({ label: LabelSchema.optional() }).strict(),
    z.object({ clusterId: IdSchema, label: z.string() }),
    ['cards'],
    'undo.addTheme',
  ),
  /** Dissolves a cluster: its cards stay, without a theme. */
  'clusters.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['cards'], 'undo.dissolveTheme'),
} as const;
