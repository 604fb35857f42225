// German (and a few English) insults and slurs that put a card from a phone on "review": the card
// is kept, hidden, and shown to the facilitator with a flag — never dropped silently. Matching is
// by word stem after lower-casing and umlaut folding, so "Idioten" and "IDIOT!" both match.
// Deliberately short: a false flag costs one click, a missed one is caught by "review before it
// shows" when the facilitator expects trouble.
const STEMS = [
  'arschloch',
  'arsch',
  'idiot',
  'depp',
  'trottel',
  'vollpfosten',
  'spast',
  'spacko',
  'missgeburt',
  'hurensohn',
  'hure',
  'wichser',
  'fotze',
  'schlampe',
  'bastard',
  'penner',
  'drecks',
  'scheiss',
  'scheis',
  'kacke',
  'fick',
  'schwuchtel',
  'kanake',
  'neger',
  'nigger',
  'zigeuner',
  'kuemmeltuerke',
  'untermensch',
  'volksverraeter',
  'lugenpresse',
  'luegenpresse',
  'abschaum',
  'gesindel',
  'pack',
  'asozial',
  'fuck',
  'shit',
  'bitch',
  'asshole',
  'heil hitler',
  'sieg heil',
];
// Words that contain a stem but are harmless ("Paket", "Packung", "Depot").
const SAFE = ['paket', 'packung', 'packen', 'gepack', 'gepaeck', 'depot', 'deponie', 'arschbacke'];

// Cyrillic and Greek letters that look like Latin ones on a projector ("Іdiot" with a Cyrillic І)
const LOOKALIKE: Record<string, string> = Object.fromEntries(
  [...'аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdαaβbεeιiκkνvοoρpτtυuχx'.match(/../gu)!].map((p) => [...p] as [string, string]),
);

export function foldGerman(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[\u0370-\u03ff\u0400-\u052f]/g, (c) => LOOKALIKE[c] ?? c)
      // joiners stay in stored text (Persian, Indic spelling) but split no word here: "Idi\u200dot"
      .replace(/[\u200c\u200d]/g, '')
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
  );
}

/** The flagged words of a text (empty = nothing to review). */
export function flaggedWords(text: string): string[] {
  const folded = foldGerman(text);
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  const hits = new Set<string>();
  for (const w of words) {
    if (SAFE.some((s) => w.startsWith(s))) continue;
    for (const stem of STEMS) {
      if (stem.includes(' ')) continue;
      // 'pack' only as the whole word ("Pack"), the others also inside compounds ("Drecksverwaltung")
      if (stem === 'pack' ? w === stem : w.includes(stem)) hits.add(w);
    }
  }
  const spaced = ` ${words.join(' ')} `;
  for (const stem of STEMS) if (stem.includes(' ') && spaced.includes(` ${stem} `)) hits.add(stem);
  return [...hits];
}
