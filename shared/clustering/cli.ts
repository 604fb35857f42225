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

/**
 * Text of a card file, decoded like the import does: UTF-8 (with or without BOM) if the bytes are
 * valid UTF-8, else Windows-1252 (German Excel / Notepad "ANSI"). `encoding` says which was used,
 * so the caller can tell the user.
 */
export function decodeCardFile(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    // fatal: throws on the first byte that cannot be UTF-8; the BOM is dropped by the decoder
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
