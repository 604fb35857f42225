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
  /** prefix stems long enough to be matched despite one typo, by first letter */
  private fuzzy = new Map<string, StemEntry<T>[]>();

  constructor(
    entries: { raw: string; payload: T }[],
    extraParts: Iterable<string> = [],
    private fuzzyMatch = true,
    /** stems of at least this many letters also match inside a word that hits nothing else (0 = off) */
    private innerMin = 0,
  ) {
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
      if (mode === 'prefix' && stem.length >= FUZZY_SHORT) {
        const l = this.fuzzy.get(stem[0]) ?? [];
        l.push({ stem, mode, payload });
        this.fuzzy.set(stem[0], l);
      }
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
      const before = hits.length;
      this.matchToken(tok, ti, hits);
      // Real typing (issue #12.7): a word that hits nothing may be a typo of a long stem
      // ("Sprahcafé", "Ehrenamtlihce"). Only at the word start, first letter right, one edit.
      if (this.fuzzyMatch && hits.length === before && w.length >= FUZZY_SHORT && !this.startsKnown(w)) {
        for (const e of this.fuzzy.get(w[0]) ?? [])
          if (oneEditPrefix(w, e.stem, e.stem.length >= FUZZY_MIN)) hits.push({ payload: e.payload, tokenIndex: ti, stem: e.stem });
      }
      // An unknown first part ("Integartions|beirat", "Straßen|fußball|turnier"): a long stem may
      // still be a later part of the compound. Only for words that hit nothing otherwise.
      if (this.innerMin > 0 && hits.length === before && w.length > this.innerMin + 3) this.matchInner(w, ti, hits);
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

  /** Does the word begin with a known part (a modifier or stem)? Then it is no typo of a stem. */
  private startsKnown(w: string): boolean {
    for (const p of this.parts.get(w.slice(0, 2)) ?? []) if (p.length >= 4 && w.startsWith(p)) return true;
    return false;
  }

  private matchInner(w: string, ti: number, hits: MatchHit<T>[]): void {
    for (let p = 4; p + this.innerMin <= w.length; p++) {
      let end = 0;
      for (const e of this.byChar.get(w.slice(p, p + 2)) ?? []) {
        if (e.mode !== 'prefix' || e.stem.length < this.innerMin || !w.startsWith(e.stem, p)) continue;
        if (!hits.some((h) => h.tokenIndex === ti && h.payload === e.payload)) hits.push({ payload: e.payload, tokenIndex: ti, stem: e.stem });
        end = Math.max(end, p + e.stem.length);
      }
      // parts do not overlap: no "bildung" inside "Teilzeit|ausbild|ung"
      if (end) p = end - 1;
    }
  }

  private matchToken(tok: Token, ti: number, hits: MatchHit<T>[]): void {
    {
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
          // In capitals the noun cannot be told from the adjective: "FESTE ANLAUFSTELLE" is no Fest.
          if (e.mode === 'noun' && p === 0 && tok.surface.length > 1 && tok.surface === tok.surface.toUpperCase() && ADJ_END.has(w.slice(e.stem.length)))
            continue;
          hits.push({ payload: e.payload, tokenIndex: ti, stem: e.stem });
        }
      }
    }
  }
}

const ADJ_END = new Set(['e', 'en', 'er', 'es', 'em']);

/**
 * Stems of ≥ FUZZY_MIN letters match despite any one typo; stems of FUZZY_SHORT … FUZZY_MIN − 1
 * letters only despite a wrong or swapped letter (a missing letter would let "Beratung" meet "beirat").
 */
const FUZZY_MIN = 8;
const FUZZY_SHORT = 8;

/**
 * Does `word` start with `stem` up to one edit (substitution, adjacent transposition, a missing or
 * an extra letter), the first letter being right? Exact prefixes are not reported (matched before).
 */
export function oneEditPrefix(word: string, stem: string, indels = true): boolean {
  const L = stem.length;
  if (word[0] !== stem[0] || word.startsWith(stem)) return false;
  // substitution or transposition within the first L letters
  if (word.length >= L) {
    let d = -1;
    let diffs = 0;
    for (let i = 1; i < L && diffs <= 2; i++) {
      if (word[i] === stem[i]) continue;
      diffs++;
      if (d < 0) d = i;
    }
    if (diffs === 1) return true;
    if (diffs === 2 && d + 1 < L && word[d] === stem[d + 1] && word[d + 1] === stem[d] && word.slice(d + 2, L) === stem.slice(d + 2)) return true;
  }
  if (!indels) return false;
  // a letter missing in the word: word[0..L-1) = stem without one letter
  if (word.length >= L - 1) {
    let i = 1;
    while (i < L - 1 && word[i] === stem[i]) i++;
    if (word.slice(i, L - 1) === stem.slice(i + 1)) return true;
  }
  // an extra letter in the word: word[0..L+1) without one letter = stem
  if (word.length >= L + 1) {
    let i = 1;
    while (i < L && word[i] === stem[i]) i++;
    if (word.slice(i + 1, L + 1) === stem.slice(i)) return true;
  }
  return false;
}

/**
 * Does `stem` match `word` at the start of the word or of one of its compound parts? Uses the same
 * part list as the engine (MODIFIERS + all lexicon stems + extraParts). Exposed for tests and tools.
 */
export function stemMatchesWord(stem: string, word: string, extraParts: Iterable<string> = []): boolean {
  const m = new StemMatcher([{ raw: stem, payload: null }], [...ALL_LEXICON_STEMS, ...extraParts]);
  return m.match([{ norm: normalizeWord(word), surface: word, pos: 0, start: 0 }]).length > 0;
}

const ALL_LEXICON_STEMS: string[] = CONCEPTS.flatMap((c) => c.stems)
  .filter((s) => !s.includes(' ') && !s.startsWith('='))
  .map((s) => s.replace(/^\^/, ''));
