// Text normalisation for short German statements: one consistent spelling for umlauts/ß,
// tokens with their original surface form (labels show what people wrote), stopwords and a
// deliberately light stemmer. Pure functions, no Node or DOM APIs.

/** Lower-case and fold umlauts/ß the German way (ä→ae, ö→oe, ü→ue, ß→ss); other accents are dropped (é→e). */
export function normalizeWord(s: string): string {
  const lower = s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  // NFD splits é into e + combining mark; strip the marks. Umlauts were folded before, so
  // "Müller" and "Mueller" meet, while "café" and "cafe" meet as well.
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export interface Token {
  /** normalised form (see normalizeWord) */
  norm: string;
  /** exactly as written on the card */
  surface: string;
  /** 0-based position of the token in the text */
  pos: number;
  /** offset of the token's first character in the text (what stands between two tokens: space or a comma) */
  start: number;
}

// A gender form ("Ärzt:innen", "Lehrer*innen", "Schüler_in", "Bürger/-innen", "ÄRZT:INNEN",
// "Schüler:innenvertretung") is one word: split at the mark, "innen" would be a word on cards of
// every theme and "Ärzt" a torn label. A slash before a bare "in" is the preposition ("Rathaus/in
// der Unterkunft", "an/in"): only "/innen", "/-in" and "/-innen" are gender forms.
const TOKEN_RE = /[\p{L}\p{N}]+(?:(?:[:*_·]-?[Ii][Nn]|\/-[Ii][Nn]|\/[Ii][Nn](?=[Nn][Ee][Nn]))(?:[Nn][Ee][Nn][\p{L}\p{N}]*)?(?![\p{L}\p{N}]))?/gu;
const GENDER_MARK = /[:*_·/]-?(?=[Ii][Nn])/u;

/** Split into word tokens; hyphens and apostrophes separate parts ("Job-Speed-Dating" → 3 tokens). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const surface = m[0];
    // "Ärzt:innen" is normalised as "aerztinnen": the stems of "Ärztinnen" and "Ärzte" meet it
    const norm = normalizeWord(surface.replace(GENDER_MARK, ''));
    if (norm) out.push({ norm, surface, pos: pos++, start: m.index });
  }
  return out;
}

// German function words and filler verbs/adverbs typical of workshop cards, plus a few English
// ones (cards sometimes mix in "Welcome Center", "for all"). Normalised spelling.
const STOP = `
aber alle allem allen aller alles als also am an andere anderen anderer auch auf aus bei beim bereits besonders bis bisher
bzw da dabei damit dann darauf darin das dass dem den denen der deren des dessen die dies diese diesem diesen dieser dieses
doch dort durch ein eine einem einen einer eines einige einmal er es etc etwa euch fuer gab ganz gegen gemacht gibt gut gute
guten guter gutes hat haben habe hatte hier ihr ihre ihrem ihren ihrer im immer in ins ist ja je jede jedem jeden jeder jedes
jetzt kann kein keine koennen kommen konnte man mehr mehrere mehreren mit mittlerweile muss nach neben nicht noch nun nur ob
oder ohne per schon sehr sein seine seit sich sie sind so sowie sowohl statt ueber um und uns unser unsere unseren unserer
unter viel viele vielen vom von vor wann war waren was weil wenn wer werden wie wieder wird wir wo wurde wurden z zu zum zur
zwischen zwei drei vier fuenf inzwischen direkt eng gut selbst dazu es gibt bekommen bekommt finden findet helfen hilft
the and for of to in with a an on at by from is are our we all
`;
export const STOPWORDS: ReadonlySet<string> = new Set(STOP.split(/\s+/).filter(Boolean));

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm) || norm.length < 2 || /^\d+$/.test(norm);
}

// Words naming target groups or the town itself occur across all themes; they say little about
// *which* strength a card describes, so they are down-weighted in the character features.
const GENERIC_PREFIXES = [
  'gefluecht',
  'fluechtling',
  'migrant',
  'zugewandert',
  'neuzugewandert',
  'zuwanderung',
  'migrationsgeschicht',
  'migrationshintergrund',
  'fluchtgeschicht',
  'fluchterfahrung',
  'menschen',
  'kommune',
  'kostenlos',
  'regelmaessig',
  'jaehrlich',
  'angebot',
  'stadtverwaltung',
];
const GENERIC_EXACT = new Set(['stadt', 'staedtische', 'staedtischen', 'staedtischer', 'kommunale', 'kommunalen', 'integration', 'vielfalt']);

export function isGeneric(norm: string): boolean {
  return GENERIC_EXACT.has(norm) || GENERIC_PREFIXES.some((p) => norm.startsWith(p));
}

/**
 * Light stemmer for normalised words: strips one inflection ending so that "Helfer", "Helferinnen"
 * and "Helfern" meet. Deliberately conservative (stems keep ≥ 4 letters); used for labels and the
 * word baseline, not for the lexicon (lexicon stems are prefixes anyway).
 */
export function lightStem(w: string): string {
  let s = w;
  if (s.length >= 9 && s.endsWith('innen')) s = s.slice(0, -5);
  else if (s.length >= 7 && s.endsWith('erin')) s = s.slice(0, -2);
  if (s.length >= 7 && s.endsWith('ungen')) return s.slice(0, -2);
  for (const suf of ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's']) {
    if (s.endsWith(suf) && s.length - suf.length >= 4) {
      if (suf === 's' && /(ss|us|is)$/.test(s)) continue;
      return s.slice(0, -suf.length);
    }
  }
  return s;
}
