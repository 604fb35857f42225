// Stem matching at the start of a word or of a compound part. A position inside a word counts as
// a part start only if everything before it splits into known parts (+ linking elements), so
// "sprach" fires in "Fremdsprachen" (fremd|sprachen) but "rat" does not fire in "Beratung" (be|…)
// nor in "Integration" (integ|…).
import { CONCEPTS, LINKS, MODIFIERS } from './lexicon';
import { normalizeWord, type Token } from './normalize';

export interface StemEntry<T> {
  stem: string;
  mode: 'prefix' | 'exact' | 'noun';
  payload: T;
}

export interface MatchHit<T> {
  payload: T;
  tokenIndex: number;
  stem: string;
}

function parseStem(raw: string): { stem: string; mode: 'prefix' | 'exact' | 'noun' } {
  if (raw.startsWith('=')) return { stem: raw.slice(1), mode: 'exact' };
  if (raw.startsWith('^')) return { stem: raw.slice(1), mode: 'noun' };
  return { stem: raw, mode: 'prefix' };
}

/**
 * A compiled set of stems. Stems containing a space are phrases: each word of the phrase must
 * start the consecutive tokens ("interkulturelle woche").
 */
export class StemMatcher<T> {
  private byChar = new Map<string, StemEntry<T>[]>(); // first two letters → stems
  private phrases: { words: string[]; payload: T; stem: string }[] = [];
  private parts: Map<string, string[]>; // first two letters → known compound parts (longest first)
  private reachCache = new Map<string, Uint8Array>();

  constructor(entries: { raw: string; payload: T }[], extraParts: Iterable<string> = []) {
    const partSet = new Set<string>();
    for (const m of MODIFIERS) if (m.length >= 3) partSet.add(m);
    for (const p of extraParts) if (p.length >= 3) partSet.add(p);
    for (const { raw, payload } of entries) {
      if (raw.includes(' ')) {
        this.phrases.push({ words: raw.split(' ').map((w) => parseStem(w).stem), payload, stem: raw });
        continue;
      }
      const { stem, mode } = parseStem(raw);
      if (stem.length < 2) continue;
      const k2 = stem.slice(0, 2);
      const list = this.byChar.get(k2) ?? [];
      list.push({ stem, mode, payload });
      this.byChar.set(k2, list);
      // Exact-only stems are too short to be trusted as compound parts.
      if (mode !== 'exact' && stem.length >= 3) partSet.add(stem);
    }
    this.parts = new Map();
    for (const p of [...partSet].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
      const k2 = p.slice(0, 2);
      const l = this.parts.get(k2) ?? [];
      l.push(p);
      this.parts.set(k2, l);
    }
  }

  /** reach[p] = 1 if a compound part may start at position p of the normalised word. */
  reach(word: string): Uint8Array {
    const cached = this.reachCache.get(word);
    if (cached) return cached;
    const n = word.length;
    const r = new Uint8Array(n + 1);
    r[0] = 1;
    for (let i = 0; i < n; i++) {
      if (!r[i]) continue;
      const cands = this.parts.get(word.slice(i, i + 2));
      if (!cands) continue;
      for (const part of cands) {
        if (!word.startsWith(part, i)) continue;
        const j = i + part.length;
        for (const link of LINKS) {
          if (word.startsWith(link, j)) r[j + link.length] = 1;
        }
      }
    }
    if (this.reachCache.size > 50000) this.reachCache.clear();
    this.reachCache.set(word, r);
    return r;
  }

  /** All (payload, token) hits in a token list. A stem hits a token at most once. */
  match(tokens: Token[]): MatchHit<T>[] {
    const hits: MatchHit<T>[] = [];
    for (let ti = 0; ti < tokens.length; ti++) {
      const tok = tokens[ti];
      const w = tok.norm;
      const r = this.reach(w);
      for (let p = 0; p < w.length; p++) {
        // inner part starts need ≥ 3 letters before them (no "be|rat")
        if (!r[p] || (p > 0 && p < 3)) continue;
        const cands = this.byChar.get(w.slice(p, p + 2));
        if (!cands) continue;
        for (const e of cands) {
          if (!w.startsWith(e.stem, p)) continue;
          if (e.mode === 'exact' && (p !== 0 || w.length !== e.stem.length)) continue;
          if (e.mode === 'noun' && p === 0 && tok.surface[0] === tok.surface[0].toLowerCase()) continue;
          hits.push({ payload: e.payload, tokenIndex: ti, stem: e.stem });
        }
      }
    }
    for (const ph of this.phrases) {
      for (let ti = 0; ti + ph.words.length <= tokens.length; ti++) {
        let ok = true;
        for (let k = 0; k < ph.words.length && ok; k++) ok = tokens[ti + k].norm.startsWith(ph.words[k]);
        if (ok) hits.push({ payload: ph.payload, tokenIndex: ti, stem: ph.stem });
      }
    }
    return hits;
  }
}

/**
 * Does `stem` match `word` at the start of the word or of one of its compound parts? Uses the same
 * part list as the engine (MODIFIERS + all lexicon stems + extraParts). Exposed for tests and tools.
 */
export function stemMatchesWord(stem: string, word: string, extraParts: Iterable<string> = []): boolean {
  const m = new StemMatcher([{ raw: stem, payload: null }], [...ALL_LEXICON_STEMS, ...extraParts]);
  return m.match([{ norm: normalizeWord(word), surface: word, pos: 0 }]).length > 0;
}

const ALL_LEXICON_STEMS: string[] = CONCEPTS.flatMap((c) => c.stems)
  .filter((s) => !s.includes(' ') && !s.startsWith('='))
  .map((s) => s.replace(/^\^/, ''));
