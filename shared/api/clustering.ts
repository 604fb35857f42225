import { z } from 'zod';
import { q } from './define';

/** Generous bounds for a text file of cards (a workshop has a few hundred). */
export const MAX_CLUSTER_LINES = 20_000;
export const MAX_CLUSTER_LINE_LENGTH = 2_000;

// Clustering a list of texts without a workshop (CLI `cluster`): the engine of the live board.
export const clusteringMethods = {
  /** `cards` are 0-based indexes into `lines`; empty lines are skipped, every other line is in one cluster. */
  'clustering.lines': q(
    z
      .object({
        lines: z.array(z.string().max(MAX_CLUSTER_LINE_LENGTH)).max(MAX_CLUSTER_LINES),
        /** Add the open workshop's imported questions as vocabulary (CLI `cluster --workshop FILE`). */
        workshopVocabulary: z.boolean().optional(),
      })
      .strict(),
    z.object({ clusters: z.array(z.object({ label: z.string(), cards: z.array(z.number().int()) })) }),
    [],
  ),
} as const;
