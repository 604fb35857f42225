// Tiny pure entry point for the command-line tool: one statement per line in, clusters out.
import { createEngine, type EngineOptions } from './engine';

/**
 * Cluster the non-empty lines. `cards` are 0-based line numbers; empty (whitespace-only) lines
 * are skipped; every non-empty line is in exactly one cluster.
 */
export function clusterLines(lines: string[], opts?: EngineOptions): { clusters: { label: string; cards: number[] }[] } {
  const cards = lines.flatMap((text, id) => (text.trim() === '' ? [] : [{ id, text: text.trim(), clusterId: null }]));
  const res = createEngine(opts).clusterAll(cards);
  return { clusters: res.clusters.map((c) => ({ label: c.label, cards: c.cardIds })) };
}
