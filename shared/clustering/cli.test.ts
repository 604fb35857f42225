import { describe, expect, it } from 'vitest';
import { clusterLines } from './cli';

describe('clusterLines', () => {
  it('skips empty lines and puts every non-empty line (0-based) in exactly one cluster', () => {
    const lines = ['Sprachcafé in der Bibliothek', '', 'Deutschkurse an der VHS mit Kinderbetreuung', '   ', 'Fußballturnier für alle', 'Sportverein mit Schwimmkursen für Frauen'];
    const res = clusterLines(lines);
    const all = res.clusters.flatMap((c) => c.cards).sort((a, b) => a - b);
    expect(all).toEqual([0, 2, 4, 5]);
    for (const c of res.clusters) expect(c.label.length).toBeGreaterThan(0);
  });
  it('handles no input', () => {
    expect(clusterLines([])).toEqual({ clusters: [] });
    expect(clusterLines(['', ' '])).toEqual({ clusters: [] });
  });
});
