// Lexicon audit: which stems fire on which cards of a labelled set. Used to find stems that were
// fitted to evaluation wording (they match held-out cards but no tuning card). Pure (no I/O).
import { CONCEPTS } from '../lexicon';
import { StemMatcher } from '../matcher';
import { tokenize } from '../normalize';

export interface StemRef {
  concept: string;
  /** the stem as written in lexicon.ts (with its = / ^ marker) */
  raw: string;
}

/** For every lexicon stem, the indices of the texts it hits (concept vetoes applied, as in the engine). */
export function stemHits(texts: string[]): Map<string, { ref: StemRef; hits: number[] }> {
  const entries: { raw: string; payload: StemRef }[] = [];
  for (const c of CONCEPTS) for (const raw of c.stems) entries.push({ raw, payload: { concept: c.key, raw } });
  const m = new StemMatcher(entries);
  const out = new Map<string, { ref: StemRef; hits: number[] }>();
  for (const e of entries) out.set(`${e.payload.concept}:${e.raw}`, { ref: e.payload, hits: [] });
  texts.forEach((text, i) => {
    const tokens = tokenize(text);
    for (const h of m.match(tokens)) {
      const veto = CONCEPTS.find((c) => c.key === h.payload.concept)?.not;
      if (veto?.some((v) => tokens[h.tokenIndex].norm.includes(v))) continue;
      const rec = out.get(`${h.payload.concept}:${h.payload.raw}`)!;
      if (rec.hits[rec.hits.length - 1] !== i) rec.hits.push(i);
    }
  });
  return out;
}

/** Stems that hit no text of `tune` but at least one text of `other`. */
export function stemsOnlyIn(tune: string[], other: string[]): { ref: StemRef; hits: number[] }[] {
  const t = stemHits(tune);
  const o = stemHits(other);
  return [...o.entries()].filter(([k, v]) => v.hits.length > 0 && t.get(k)!.hits.length === 0).map(([, v]) => v);
}
