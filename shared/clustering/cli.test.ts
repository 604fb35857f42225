import { describe, expect, it } from 'vitest';
import { clusterLines, decodeCardFile } from './cli';

describe('clusterLines', () => {
  it('skips empty lines and puts every non-empty line (0-based) in exactly one cluster', () => {
    const lines = [
      'Sprachcafé in der Bibliothek',
      '',
      'Deutschkurse an der VHS mit Kinderbetreuung',
      '   ',
      'Fußballturnier für alle',
      'Sportverein mit Schwimmkursen für Frauen',
    ];
    const res = clusterLines(lines);
    const all = res.clusters.flatMap((c) => c.cards).sort((a, b) => a - b);
    expect(all).toEqual([0, 2, 4, 5]);
    for (const c of res.clusters) expect(c.label.length).toBeGreaterThan(0);
  });
  it('handles no input', () => {
    expect(clusterLines([])).toEqual({ clusters: [] });
    expect(clusterLines(['', ' '])).toEqual({ clusters: [] });
  });
  it('decodes UTF-8 (BOM dropped) and falls back to Windows-1252', () => {
    const utf8 = new TextEncoder().encode('\uFEFFStraßenfest – Café');
    expect(decodeCardFile(utf8)).toEqual({ text: 'Straßenfest – Café', encoding: 'utf-8' });
    // "Straßenfest – Café" in Windows-1252: ß = DF, – = 96, é = E9
    const ansi = Uint8Array.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x6e, 0x66, 0x65, 0x73, 0x74, 0x20, 0x96, 0x20, 0x43, 0x61, 0x66, 0xe9]);
    expect(decodeCardFile(ansi)).toEqual({ text: 'Straßenfest – Café', encoding: 'windows-1252' });
  });
});
