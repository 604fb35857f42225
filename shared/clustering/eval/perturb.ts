// Real typing for the robustness check (issue #12.7): a seeded share of cards gets one or two
// typos, common abbreviations (VHS, IHK, KiTa, DaZ, …) or ALL-CAPS. Evaluation only; pure.
import { prng, shuffle } from './harness';

/** Long form → what people write on a card. Case-insensitive match on whole words/phrases. */
export const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/Volkshochschulen?/gi, 'VHS'],
  [/Industrie- und Handelskammer/gi, 'IHK'],
  [/Handwerkskammer/gi, 'HWK'],
  [/Kindertagesstätten?|Kindertageseinrichtungen?|Kindergärten|Kindergarten/gi, 'KiTa'],
  [/Deutsch als Zweitsprache/gi, 'DaZ'],
  [/Migrantenorganisationen?|Migrantenselbstorganisationen?/gi, 'MSO'],
  [/Bundesagentur für Arbeit|Agentur für Arbeit|Arbeitsagentur/gi, 'AfA'],
  [/Integrationskurse/gi, 'I-Kurse'],
  [/Integrationskurs/gi, 'I-Kurs'],
  [/Ausländerbehörde/gi, 'ABH'],
  [/Ehrenamtliche/gi, 'Ehrenamtl.'],
  [/Geflüchtete[n]?/gi, 'Geflücht.'],
  [/Öffentlichkeitsarbeit/gi, 'ÖA'],
  [/Oberbürgermeister(in)?/gi, 'OB'],
  [/Bürgermeister(in)?/gi, 'BM'],
  [/Sozialpädagog(innen|en|in|e)/gi, 'Sozpäd.'],
  [/Unbegleitete minderjährige Ausländer|unbegleitete minderjährige Geflüchtete/gi, 'UMA'],
];

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'sq',
  b: 'vn',
  c: 'xv',
  d: 'sf',
  e: 'wr',
  f: 'dg',
  g: 'fh',
  h: 'gj',
  i: 'uo',
  j: 'hk',
  k: 'jl',
  l: 'kö',
  m: 'n',
  n: 'bm',
  o: 'ip',
  p: 'oü',
  q: 'wa',
  r: 'et',
  s: 'ad',
  t: 'rz',
  u: 'zi',
  v: 'cb',
  w: 'qe',
  x: 'yc',
  y: 'x',
  z: 'tu',
  ä: 'ö',
  ö: 'lä',
  ü: 'p',
  ß: 'p',
};

/** One typo in a word of ≥ 4 letters, never in its first letter: swap, drop, double or hit a neighbour key. */
export function typo(word: string, rnd: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 2)); // 1 … len-2
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const c = word[i];
      const n = KEY_NEIGHBOURS[c.toLowerCase()];
      if (!n) return word.slice(0, i) + word.slice(i + 1);
      const r = n[Math.floor(rnd() * n.length)];
      return word.slice(0, i) + (c === c.toUpperCase() ? r.toUpperCase() : r) + word.slice(i + 1);
    }
  }
}

export type PerturbKind = 'typo' | 'abbrev' | 'caps';

/** Perturb one text the way `kind` says; abbreviation falls back to typos when nothing can be shortened. */
export function perturbText(text: string, kind: PerturbKind, rnd: () => number): string {
  if (kind === 'caps') return text.toUpperCase();
  if (kind === 'abbrev') {
    let out = text;
    for (const [re, short] of ABBREVIATIONS) out = out.replace(re, short);
    if (out !== text) return out;
  }
  const words = [...text.matchAll(/\p{L}{4,}/gu)];
  if (!words.length) return text;
  const n = 1 + Math.floor(rnd() * 2);
  let out = text;
  for (const m of shuffle(words, rnd).slice(0, n)) {
    const w = m[0];
    out = out.replace(w, typo(w, rnd));
  }
  return out;
}

/** A copy of `items` in which a seeded `frac` of the texts carries typos, abbreviations or ALL-CAPS (a third each). */
export function perturbItems<T extends { text: string }>(items: T[], frac = 0.15, seed = 1): T[] {
  const rnd = prng(seed * 7919 + 17);
  const chosen = shuffle(
    items.map((_, i) => i),
    rnd,
  ).slice(0, Math.round(items.length * frac));
  const kinds: PerturbKind[] = ['typo', 'abbrev', 'caps'];
  const out = items.map((it) => ({ ...it }));
  chosen.forEach((i, k) => {
    out[i].text = perturbText(items[i].text, kinds[k % 3], rnd);
  });
  return out;
}
