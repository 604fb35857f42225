import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEngine } from './index';
import type { LemmaTable } from './lemmas';
import { sameLabelWord } from './labels';

// Labels are read by forty people on the projector: they should name a theme, not quote
// a verb or an adjective that happened to open a sentence.
// Word choice is tested on whole labels (`oneWordUpTo: 0`): with the defaults a group of two to four
// cards is cut to its first word (round 21; tested on its own at the end).
const label = (...texts: string[]) => createEngine({ oneWordUpTo: 0 }).label(texts);
// the noun dictionary the app loads in electron/core (resources/lemmas/de-nouns.json)
const table = JSON.parse(readFileSync(`${__dirname}/../../resources/lemmas/de-nouns.json`, 'utf8')) as LemmaTable;

/** The live label, with the cards switching between `a` and `b` four times, never changes. */
function expectStableLive(engine: ReturnType<typeof createEngine>, label: string, a: string[], b: string[]) {
  for (let k = 0; k < 4; k++) expect(engine.liveLabel(label, k % 2 ? a : b, k % 2 ? b.length : a.length)).toBe(label);
}

describe('labels read like themes', () => {
  test('verbs and adjectives do not lead a label', () => {
    expect(label('Lokalzeitung berichtet regelmäßig über gelungene Integrationsprojekte')).not.toMatch(/berichtet|gelungene/);
    expect(label('Kurze Wege zum Jobcenter, wenn es im Einzelfall hakt', 'Kurze Wege zwischen Verwaltung, Vereinen und Betrieben')).not.toMatch(/Kurze/);
    expect(label('Interkulturelle Woche mit Programm von über 30 Vereinen')).not.toMatch(/^Interkulturelle/);
    expect(label('Viele Menschen in der Stadt packen einfach mit an')).not.toMatch(/einfach/);
  });

  test('filler words such as "Jahren" stay out; nouns opening a sentence stay in', () => {
    expect(label('Freundeskreis Asyl seit fast zehn Jahren verlässlich aktiv')).not.toMatch(/Jahren/);
    expect(label('Fest der Kulturen auf dem Marktplatz', 'Fest der Nachbarschaft im Quartier', 'Fest der Vereine im Park')).toMatch(/Fest/);
  });
});

describe('live labels stay stable (the room keeps its orientation)', () => {
  const KURSE = [
    'Deutschkurse mit Kinderbetreuung an der Volkshochschule',
    'Deutschkurse für Mütter mit Kinderbetreuung',
    'Kinderbetreuung während der Deutschkurse im Familienzentrum',
  ];
  const CAFE = [
    'Sprachcafé jeden Donnerstag in der Stadtbibliothek',
    'Sprachcafé am Donnerstag in der Stadtbibliothek für Frauen',
    'Donnerstags Sprachcafé in der Stadtbibliothek mit Ehrenamtlichen',
    'Sprachcafé in der Stadtbibliothek, Donnerstag nachmittags',
  ];
  const SPORT = [
    'Sportverein mit Schwimmkursen für Frauen',
    'Fußballverein mit offenem Training für alle',
    'Sportverein bietet Schwimmkurse für Kinder',
    'Fußballturnier im Sportverein',
  ];

  test('similar cards joining a cluster of ≥ 3 do not rename it (assign)', () => {
    const e = createEngine({ oneWordUpTo: 0 });
    const cards: { id: number; text: string; clusterId: number | null }[] = [];
    const cluster = { id: 1, label: '' };
    const labels: string[] = [];
    for (const text of [...KURSE, ...CAFE]) {
      const r = e.assign({ id: cards.length + 1, text }, cards, cards.length ? [cluster] : []);
      expect(r.clusterId === null ? cards.length : r.clusterId).toBe(cards.length ? 1 : 0); // all join the first cluster
      cluster.label = r.label!;
      labels.push(r.label!);
      cards.push({ id: cards.length + 1, text, clusterId: 1 });
    }
    // the theme word leads (issue #12.6), the cards' words follow
    expect(labels[2]).toBe('Sprache, Deutschkurse, Kinderbetreuung'); // formed anew up to the third card …
    expect(new Set(labels.slice(2))).toEqual(new Set(['Sprache, Deutschkurse, Kinderbetreuung'])); // … then stable
    // a fresh label would have drifted to the newer cards: that is what "sort again" may show
    expect(e.label([...KURSE, ...CAFE])).not.toBe('Sprache, Deutschkurse, Kinderbetreuung');
  });

  test('liveLabel: kept while it fits; renamed when the dominant concept changes or a word left the cards', () => {
    const e = createEngine({ oneWordUpTo: 0 });
    const cur = 'Deutschkurse, Kinderbetreuung';
    expect(e.liveLabel(cur, [...KURSE, ...CAFE])).toBe(cur);
    // Sprache → Sport: the theme changed, so does the label
    const sport = e.liveLabel(cur, [...KURSE, ...SPORT]);
    expect(sport).not.toBe(cur);
    expect(sport).toMatch(/Sport|Schwimm|Fußball/);
    // the only cards with "Kinderbetreuung" were edited away: the label would be stale
    expect(e.liveLabel(cur, ['Deutschkurse an der Volkshochschule', 'Deutschkurse für Mütter', 'Deutschkurse im Familienzentrum'])).not.toMatch(
      /Kinderbetreuung/,
    );
    // fewer than 3 cards before (or after) the change: the label may still change
    expect(e.liveLabel('Mütter', KURSE.slice(0, 2))).toBe(e.label(KURSE.slice(0, 2)));
    expect(e.liveLabel('Mütter', KURSE, 2)).toBe(e.label(KURSE));
  });
});

describe('labels read like a facilitator would write them (issue #12.6, #12.7)', () => {
  const e = createEngine({ oneWordUpTo: 0 });
  test('nouns in the form closest to the base form that the cards use', () => {
    const label = e.label(['Betriebe bilden Geflüchtete aus', 'Ausbildung in kleinen Betrieben', 'Patenschaften mit Betrieben der Region']);
    expect(label.split(', ').slice(0, 2)).toEqual(['Arbeit', 'Betriebe']); // theme word, then the cards' word
    expect(label).not.toMatch(/Betrieben/);
  });
  test('a shouted card does not shout the label', () => {
    const label = e.label(['SPRACHCAFÉ IN DER BIBLIOTHEK', 'Sprachcafé am Donnerstag', 'Sprachcafé für Mütter']);
    expect(label).toMatch(/^Sprache, Sprachcafé/);
    expect(label).not.toMatch(/[A-ZÄÖÜ]{4}/);
  });
});

describe('labels in base forms, without names (issue #12.6, with the noun dictionary)', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });
  const lab = (...texts: string[]) => engine.label(texts);

  test('nouns in their base form, also from a plural or dative on every card', () => {
    const l = lab(
      'Beratung in Betrieben zur Ausbildung',
      'Azubis in kleinen Betrieben gut begleitet',
      'Betrieben fehlen Fachkräfte, sie stellen Geflüchtete ein',
    );
    expect(l.split(', ').slice(0, 2)).toEqual(['Arbeit', 'Betriebe']); // theme word; nominative, in the number the cards use
    expect(l).not.toMatch(/Betrieben/);
    expect(lab('Zusammenarbeit mit Vereinen im Stadtteil', 'Vereine öffnen sich, in vielen Vereinen Vielfalt', 'Vereinen fehlt Geld')).toMatch(
      /^Beteiligung, Vereine\b/,
    );
  });

  test('a place or firm name is no theme word when the cards offer another', () => {
    const l = lab(
      'Amtsblatt Brunnstedt berichtet über Integration',
      'Im Amtsblatt von Brunnstedt stehen Termine mehrsprachig',
      'Brunnstedter Anzeiger und Amtsblatt schreiben fair',
    );
    expect(l).toMatch(/Amtsblatt/);
    expect(l).not.toMatch(/Brunnstedt/);
    // without the dictionary the name would stand in the label
    expect(
      createEngine({ oneWordUpTo: 0 }).label([
        'Amtsblatt Brunnstedt berichtet über Integration',
        'Im Amtsblatt von Brunnstedt stehen Termine mehrsprachig',
        'Brunnstedter Anzeiger und Amtsblatt schreiben fair',
      ]),
    ).toMatch(/Brunnstedt/);
  });

  test('acronyms the room uses for institutions stay usable', () => {
    expect(lab('ABH berät freundlich', 'ABH hat kurze Wartezeiten', 'ABH schickt Termine per SMS')).toMatch(/ABH/);
  });

  test('one good word rather than a time word as the second', () => {
    const l = lab(
      'Woche gegen Rassismus an allen Schulen',
      'Rassismus wird offen angesprochen, jede Woche',
      'Workshop gegen Rassismus in der Woche der Vielfalt',
    );
    // "Rassismus" comes after "gegen" on two of three cards: what the room opposes is no label word (round 11)
    expect(l).toMatch(/^Antidiskriminierung\b/);
    expect(l).not.toMatch(/Woche|Rassismus/);
  });

  test('the theme word leads when most cards share a concept or a room theme (issue #12.6)', () => {
    // (three cards of three different words: the theme word alone since round 16)
    expect(lab('Hebamme mit Sprechstunde in der Unterkunft', 'Arztpraxen mit Dolmetschern', 'Impfaktion im Stadtteil')).toBe('Gesundheit');
    // festivals, sport and faith: one room theme, Begegnung
    expect(lab('Stadtteilfest mit vielen Familien', 'Fußballturnier für alle', 'Interreligiöses Friedensgebet', 'Sommerfest im Park')).toMatch(/^Begegnung\b/);
    // no concept holds half of the cards: the cards' own words only
    expect(
      lab('Stadtteilfest mit vielen Familien', 'Hebamme mit Sprechstunde', 'Jobcenter berät gut', 'Mietwohnungen vermittelt', 'Amtsblatt berichtet'),
    ).not.toMatch(/^(Begegnung|Gesundheit|Arbeit|Wohnen|Kommunikation),/);
    // two cards: the theme word only when both name it (round 12; before, two cards never got one, and
    // judges renamed such small groups built from single cards' words)
    // (alone since round 17: a card word after it needs three cards)
    expect(lab('Hebamme mit Sprechstunde', 'Arztpraxen mit Dolmetschern')).toBe('Gesundheit');
    expect(lab('Hebamme mit Sprechstunde', 'Amtsblatt berichtet')).not.toMatch(/^Gesundheit/);
    // the theme word is not repeated by a card word that says the same
    expect(lab('Sprache lernen im Café', 'Sprache und Kultur', 'Sprache verbindet')).not.toMatch(/Sprache.*Sprache/);
    expect(lab('Wohnungen für Familien vermittelt', 'Wohnungen in der Altstadt', 'Vermieter öffnen Wohnungen')).not.toMatch(/Wohnen.*Wohnung/);
  });

  test('under a shared room theme, the names of its concepts that a fifth of the cards name (round 6, judgement 5)', () => {
    const begegnung = [
      'Fußballturnier für alle',
      'Laufgruppe am Sonntag im Park',
      'Sportverein nimmt alle auf',
      'Interreligiöses Friedensgebet',
      'Moscheegemeinde lädt zum Fastenbrechen ein',
      'Stadtteilfest mit vielen Familien',
      'Sommerfest im Park',
      'Nachbarschaftsfest in der Siedlung',
    ];
    const l = lab(...begegnung);
    expect(l).toMatch(/^Begegnung, Sport, Religion$/);
    // it stays live while the cards still name them
    expect(engine.liveLabel(l, [...begegnung, 'Kinderfest am Samstag'], begegnung.length)).toBe(l);
    // a concept from elsewhere on a fifth of the cards is a side remark, not a sub-theme
    const g = lab(
      'Hebamme mit Sprechstunde in der Unterkunft',
      'Arztpraxen mit Dolmetschern für Arabisch',
      'Impfaktion im Stadtteil',
      'Gesundheitslotsen begleiten zum Arzt',
      'Psychosoziale Beratung für Geflüchtete in mehreren Sprachen',
    );
    expect(g).toMatch(/^Gesundheit/);
    expect(g).not.toMatch(/Sprachmittlung|Sprache,|Beratung, /);
  });

  test('under a theme word in a big group, no word from a single card (judgement 5: "Wohnen, Hausmeister, Mieterfest")', () => {
    const cards = [
      'Wohnungsbaugesellschaft vermietet an Geflüchtete',
      'Wohnungen werden dezentral vergeben',
      'Vermieter öffnen ihre Wohnungen',
      'Mietführerschein für neue Mieter',
      'Wohnungsbörse der Stadt',
      'Wohnraum für große Familien gefunden',
      'Hausmeister in der Siedlung vermittelt bei Streit',
      'Wohnberatung der Caritas',
      'Wohnungen im Neubaugebiet auch für Geflüchtete',
      'Vermieter melden freie Wohnungen direkt',
    ];
    const l = lab(...cards);
    expect(l).toMatch(/^Wohnen/);
    expect(l).not.toMatch(/Hausmeister|Caritas|Neubaugebiet/);
  });

  test('where people come from is no label word beside a theme (judgements 5 and 6: "Gesundheit, Ukrainische")', () => {
    const l = lab(
      'Ukrainerinnen arbeiten jetzt in der Pflege',
      'Hebamme kommt in die Unterkunft',
      'Kinderarzt nimmt Ukrainerinnen auf',
      'Gesundheitslotsen begleiten zum Arzt',
      'Praxis mit Ukrainerinnen im Team',
      'Dolmetscher beim Arzt bezahlt',
    );
    expect(l).toMatch(/^Gesundheit/);
    expect(l).not.toMatch(/Ukrain/);
    expect(
      lab('Syrer gründen Betriebe', 'Betriebe stellen Geflüchtete ein', 'Syrer bilden Azubis aus', 'Jobcenter vermittelt schnell', 'Viele Syrer in Arbeit'),
    ).not.toMatch(/Syrer/);
  });

  test('a district named after "in der" is a place, not a theme word ("Wohnen, Durchmischung, Nordstadt")', () => {
    const l = lab(
      'Gute Durchmischung in der Nordstadt',
      'Wohnungen in der Nordstadt für Familien',
      'Durchmischung der Häuser klappt',
      'Vermieter in der Nordstadt offen',
    );
    expect(l).not.toMatch(/Nordstadt/);
  });

  test('the arrival theme is called "Ankommen": "Willkommen" on the wall reads as a greeting (judgement 5)', () => {
    expect(lab('Willkommensbüro im Rathaus', 'Erstberatung für Neuzugewanderte', 'Willkommenspaket mit Stadtplan', 'Lotsen zeigen die Stadt')).toMatch(
      /^Ankommen/,
    );
  });

  test('a live label keeps its theme word while the concept holds 35 % of the cards', () => {
    const cards = ['Hebamme mit Sprechstunde in der Unterkunft', 'Arztpraxen mit Dolmetschern', 'Impfaktion im Stadtteil'];
    const first = engine.label(cards);
    expect(first).toMatch(/^Gesundheit\b/);
    expect(engine.liveLabel(first, [...cards, 'Arztbesuch mit Begleitung'], 3)).toBe(first);
    // three of eight (37.5 %) still keep it
    expect(
      engine.liveLabel(
        first,
        [...cards, 'Fußballturnier für alle', 'Sommerfest im Park', 'Chor der Kulturen', 'Tanzabend im Bürgerhaus', 'Kochabend im Familienzentrum'],
        3,
      ),
    ).toBe(first);
    // health cards become a third: the label follows the new theme
    const moved = engine.liveLabel(
      first,
      [
        ...cards,
        'Fußballturnier für alle',
        'Sommerfest im Park',
        'Stadtteilfest mit vielen Familien',
        'Chor der Kulturen',
        'Tanzabend im Bürgerhaus',
        'Kochabend im Familienzentrum',
      ],
      3,
    );
    expect(moved).not.toBe(first);
  });

  test('one word once: "Stadtrat" and "Stadträte" are not two label words', () => {
    const l = lab(
      'Stadtrat beschließt Integrationskonzept',
      'Zwei Stadträte mit Migrationsgeschichte',
      'Stadtrat unterstützt Beirat',
      'Stadträte besuchen die Unterkunft',
      'Stadtrat lädt Vereine ein',
      'Stadträte hören zu',
    );
    expect(l.match(/Stadtr/g)?.length).toBe(1);
  });

  test('live labels with base forms stay while they fit (no drift from "Betrieben" to "Betriebe")', () => {
    const cards = ['Praktika in Betrieben der Region', 'Betrieben fehlen Azubis', 'Ausbildung in Betrieben mit Sprachförderung'];
    const first = engine.label(cards);
    expect(engine.liveLabel(first, [...cards, 'Betriebe stellen Geflüchtete ein'], 3)).toBe(first);
  });
});

describe('labels a facilitator keeps (round 9): no synonyms, misspellings or torn phrases', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('no synonym beside the theme word: "Ehrenamt", not "Ehrenamt, Freiwillige, Helfende"', () => {
    const l = engine.label([
      'Freiwillige begleiten Familien zu Ämtern',
      'viele Freiwillige im Helferkreis',
      'Helfende organisieren Fahrdienste',
      'Ehrenamtliche geben Nachhilfe',
      'Freiwillige und Helfende treffen sich monatlich',
    ]);
    expect(l.split(', ')[0]).toBe('Ehrenamt');
    expect(l).not.toMatch(/Freiwillige|Helfende|Ehrenamtliche/);
  });

  test('an acronym and its long form are one word ("Ausländerbehörde", not "Ausländerbehörde, ABH")', () => {
    const l = engine.label([
      'Ausländerbehörde mit Terminvergabe online',
      'ABH hat Wartezeiten halbiert',
      'Ausländerbehörde berät auf Englisch',
      'ABH-Team kommt in die Unterkunft',
      'Ausländerbehörde und Bürgeramt unter einem Dach',
    ]);
    expect(l).toMatch(/Ausländerbehörde|ABH/);
    expect(l.includes('Ausländerbehörde') && l.includes('ABH')).toBe(false);
  });

  test('a misspelled theme word is no second word ("Begegnung, Begegnug")', () => {
    const l = engine.label(['Begegnug im Café International', 'Begegnug beim Sommerfest', 'Begegnung im Park mit Picknick', 'Begegnungscafé jeden Freitag']);
    expect(l).not.toMatch(/Begegnug/);
  });

  test('"an einem Tisch" and "Runder Tisch" do not give the label word "Tisch"', () => {
    expect(
      engine.label(['Runder Tisch Integration trifft sich viermal', 'am Runden Tisch sitzen alle Träger', 'Runder Tisch mit Beirat und Verwaltung']),
    ).not.toMatch(/\bTisch\b/);
    expect(engine.label(['Stadtteilkonferenz: alle an einem Tisch', 'Fallkonferenz, alle an einem Tisch', 'Konferenz der Träger'])).not.toMatch(/\bTisch\b/);
  });

  test('a synonym offered again by a later pass costs the label one place, not two', () => {
    const l = engine.label([
      'viele Freiwillige geben Nachhilfe',
      'viele Freiwillige begleiten Familien',
      'Ehrenamtliche geben Nachhilfe',
      'neue Freiwillige im Helferkreis geben Nachhilfe',
      'Ehrenamt wird geehrt',
    ]);
    expect(l.split(', ')).toHaveLength(2);
    expect(l).not.toMatch(/Freiwillige|Ehrenamtliche/);
  });

  test('a gender form belongs to its word family and is never a place ("bei Gärtner:innen")', () => {
    const l = engine.label([
      'viele Helfer:innen begleiten Familien',
      'Ehrenamtliche geben Nachhilfe',
      'die Helfer:innen organisieren Fahrdienste',
      'Ehrenamt im Helferkreis',
    ]);
    expect(l).not.toMatch(/Helfer:innen/);
    expect(engine.label(['Gemüse von Gärtner:innen', 'Lernen bei Gärtner:innen', 'Austausch bei Gärtner:innen'])).toMatch(/Gärtner:innen/);
  });

  test('two real words one letter apart are no misspelling ("Frauen", "Fragen")', () => {
    const l = engine.label([
      'Frauen stellen Fragen zur Gesundheit',
      'Fragen der Frauen beantwortet',
      'Frauen mit Fragen willkommen',
      'Frauencafé mit Fragen und Antworten',
    ]);
    expect(l).toMatch(/Frauen/);
    expect(l).toMatch(/Fragen/);
  });

  test('a term after a capitalised adjective is torn, after "Unsere" or in a comma list it is not', () => {
    expect(engine.label(['Offener Treff jeden Montag', 'im Offenen Treff gibt es Kaffee', 'Offener Treff für alle Generationen'])).not.toMatch(/\bTreff\b/);
    expect(engine.label(['Unsere Hebammen besuchen Familien', 'Unsere Hebammen sprechen Arabisch', 'Hebammen in der Unterkunft'])).toMatch(/Hebammen/);
    // a list is no name after its noun: "Tauschbörse" (3 cards) is not a name
    expect(
      engine.label([
        'Im Stadtteil gibt es Kleiderkammer, Tauschbörse',
        'Angebote: Kleiderkammer, Tauschbörse, Grillplatz',
        'Tauschbörse jeden Monat gut besucht',
      ]),
    ).toMatch(/Tauschbörse/);
  });

  test('a gender form is shown as the room wrote it, never torn ("Ärzt")', () => {
    const l = engine.label(['Ärzt:innen im Klinikum sprechen viele Sprachen', 'Ärzt:innen mit Dolmetschdienst', 'Klinikum: Ärzt:innen aus 20 Ländern']);
    expect(l).toMatch(/Ärzt:innen/);
    expect(l).not.toMatch(/Ärzt\b(?!:)/);
  });

  test('a name after the noun it belongs to is no theme word ("Helferkreis Eichwald")', () => {
    const l = engine.label([
      'Helferkreis Eichwald trifft sich monatlich',
      'Stadtteilkonferenz Eichwald viermal im Jahr',
      'Jugendtreff Eichwald mit offener Tür',
      'Helferkreis mit neuen Leuten',
    ]);
    expect(l).not.toMatch(/Eichwald/);
  });
});

describe('labels a facilitator keeps (round 10): parts of the group, not details or names', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('under a theme word, a word from two cards of a big group is a detail; a word on 15 % of them names a part', () => {
    const sport = [
      'Fußballverein nimmt alle Kinder auf',
      'Sportverein erlässt Beiträge',
      'Fußball mit neuen Trikots',
      'Sportfest mit allen Vereinen',
      'Schwimmkurse für Frauen',
      'Sportverein mit Trainerin aus Syrien',
      'Fußballturnier der Kulturen',
      'Trikots gespendet vom Autohaus',
      'Laufgruppe trifft sich sonntags',
      'Sportverein bietet Probetraining',
      'Tischtennis im Jugendhaus',
      'Radsport für Anfänger',
      'Basketball für Mädchen',
      'Kampfsport gegen Gewalt',
    ];
    const l = engine.label(sport);
    expect(l.split(', ')[0]).toBe('Sport');
    expect(l).not.toMatch(/Trikots/); // 2 of 14 cards, no domain concept
    expect(engine.label([...sport, 'Trikots für die ganze Mannschaft', 'Trikots mit Namen'])).toMatch(/Trikots/); // 4 of 16
  });

  test('club letters, streets and platforms are names ("Sport, Bolzplatz, TSV", "Begegnung, Bahnhofstraße")', () => {
    expect(engine.label(['TSV lädt alle ein', 'TSV mit Mädchenteam', 'Fußball beim TSV', 'Sportfest beim TSV'])).not.toMatch(/TSV/);
    expect(
      engine.label(['Straßenfest Bahnhofstraße', 'Läden in der Bahnhofstraße', 'Bahnhofstraße feiert zusammen', 'Nachbarschaftsfest im Park']),
    ).not.toMatch(/Bahnhofstraße/);
    expect(engine.label(['Stadt antwortet auf Instagram', 'Instagram-Kanal der Stadt mehrsprachig', 'Infos auf Instagram und im Amtsblatt'])).not.toMatch(
      /Instagram/,
    );
  });

  test('more synonyms and fillers stay out: "Nachbarn, Anwohner", "Personal, Mitarbeitende", "Kreis", "Integration"', () => {
    const n = engine.label([
      'Nachbarn und Anwohner helfen beim Umzug',
      'Anwohner und Nachbarn grüßen die Neuen',
      'Nachbarn feiern mit Anwohnern',
      'Anwohner laden Nachbarn ein',
    ]);
    expect(n.includes('Nachbarn') && n.includes('Anwohner')).toBe(false);
    const p = engine.label([
      'Personal und Mitarbeitende geschult',
      'Mitarbeitende und Personal sprechen viele Sprachen',
      'Personal, Mitarbeitende mit Migrationsgeschichte',
      'Mitarbeitende im Personal vielfältig',
    ]);
    expect(p.includes('Personal') && p.includes('Mitarbeitende')).toBe(false);
    expect(engine.label(['Integration ist Chefsache', 'Chefsache Integration im Kreis', 'Kreis nimmt Integration ernst'])).not.toMatch(/Kreis|Integration$/);
  });
});

describe('labels a facilitator keeps (round 11): no negated words, copied typos or one-card details', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('a word the cards name after "kein", "ohne" or "gegen" is not a label word ("Abzug", "Hetze")', () => {
    expect(engine.label(['Bus fährt ohne Abzug vom Lohn', 'kein Abzug für die Monatskarte', 'Fahrtkosten ohne Abzug erstattet'])).not.toMatch(/Abzug/);
    expect(engine.label(['Bündnis gegen Hetze', 'Stadt steht gegen Hetze auf', 'klare Worte gegen Hetze im Netz'])).not.toMatch(/Hetze/);
    // the same word named as a thing stays
    expect(engine.label(['Abzug der Truppen 2014', 'nach dem Abzug neue Wohnungen', 'Abzug machte Platz für Familien'])).toMatch(/Abzug/);
  });

  test('a typo copied from a card gives way to the common spelling ("Begegungscafé")', () => {
    const l = engine.label(['Begegnungscafé jeden Freitag', 'Begegnungscafé im Pfarrheim', 'Begegungscafé mit Kuchen', 'Begegnungscafé für alle']);
    expect(l).not.toMatch(/Begegungscafé/);
  });

  test('under a theme word, a word from one card stays out even in a small group ("Gesundheit, Ärztin, Impfaktion")', () => {
    const l = engine.label([
      'Ärztin spricht Arabisch',
      'Impfaktion in der Unterkunft',
      'Ärztin mit Sprechstunde für Frauen',
      'Gesundheitslotsen begleiten zum Arzt',
      'Hebamme besucht Familien',
    ]);
    expect(l.split(', ')[0]).toBe('Gesundheit');
    expect(l).not.toMatch(/Impfaktion|Hebamme/);
  });

  test('"Alten" of a name ("Alte Molkerei") is no noun, and "Team", "Gäste", "Innenstadt" are fillers', () => {
    expect(engine.label(['Treff in der Alten Molkerei', 'Café in der Alten Molkerei', 'Kultur in der Alten Molkerei'])).not.toMatch(/\bAlte/);
    expect(engine.label(['Team der Moschee lädt ein', 'Gäste beim Fastenbrechen', 'Moschee in der Innenstadt offen', 'Team und Gäste feiern'])).not.toMatch(
      /Team|Gäste|Innenstadt/,
    );
  });
});

describe('labels a facilitator keeps (round 12): small groups get their theme word too', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('two cards of one concept are named by it ("Mobilität, …"), two of different concepts are not', () => {
    // (the theme word alone since round 17: a card word after it needs three cards)
    expect(engine.label(['Fahrradwerkstatt repariert Räder für Neue', 'Radfahrkurs für Frauen am Radweg'])).toBe('Mobilität');
    expect(engine.label(['Fahrradwerkstatt repariert Räder für Neue', 'Sprachcafé jeden Freitag'])).not.toMatch(/^Mobilität/);
  });
});

describe('labels a facilitator keeps (round 13): no one-card word after the theme word, no titles, no "Pole"', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('the word behind the main concept, on one card of five or more, does not follow the theme word: the label gets shorter', () => {
    const cards = [
      'Hebammensprechstunde im Familienzentrum',
      'Ärztin spricht Arabisch und Türkisch',
      'Gesundheitslotsen begleiten zu Terminen',
      'Pflegedienst mit Kolleginnen aus vielen Ländern',
      'Krankenhaus hat Dolmetscherpool',
      'Gesundheitstag im Stadtteil',
    ];
    const l = engine.label(cards);
    expect(l).toBe('Gesundheit');
    // on three cards it is a part of the group and stays (two sufficed until round 16)
    expect(engine.label([...cards, 'neue Hebammensprechstunde auch samstags', 'Hebammensprechstunde für Väter'])).toMatch(/^Gesundheit, Hebammensprechstunde/);
  });

  test('"Frau" before a name is a title, not a theme ("Verwaltung, Frau")', () => {
    const l = engine.label([
      'Frau Lemke im Bürgerbüro nimmt sich Zeit',
      'Frau Lemke erklärt Bescheide',
      'Bürgerbüro mit Terminen auf Englisch',
      'Formulare in einfacher Sprache im Bürgerbüro',
      'Ausländerbehörde antwortet schneller',
    ]);
    expect(l).not.toMatch(/Frau|Lemke/);
    // women as a group stay a label word
    expect(engine.label(['Frauen treffen sich im Frauencafé', 'Schwimmkurs nur für Frauen', 'Frauen radeln gemeinsam'])).toMatch(/Frauen/);
  });

  test('a problem the room stands up to or waits for ("Schmierereien", "Wartezeit") and "Menschen" are no label words', () => {
    const l = engine.label([
      'Schmierereien am Bahnhof werden sofort entfernt',
      'Bündnis meldet Schmierereien',
      'Gesundheitslotsen helfen Menschen beim Arzt',
      'Wartezeit beim Facharzt kürzer dank Dolmetscherpool',
      'Wartezeit in der Ambulanz mit Übersetzung überbrückt',
      'Menschen ohne Versicherung finden Hilfe',
    ]);
    expect(l).not.toMatch(/Schmierereien|Wartezeit|Menschen|Hilfe/);
  });

  test('review of round 13: "Frauen" stays beside "Frau Demir"; a sentence end is no title; a problem word beats a verb', () => {
    const rad = engine.label(['Frau Demir organisiert Radkurs', 'Frau Demir fährt mit', 'Frau Kaya hilft', 'Radkurs für Frauen', 'Frauen lernen Rad fahren']);
    expect(rad).toMatch(/\bFrauen\b/);
    expect(engine.label(['Gespräch mit dem Imam. Moschee öffnet Türen', 'Imam lädt ein', 'Moschee und Imam beim Fest'])).toMatch(/Imam/);
    // a group with nothing but problem words and verbs is named by the problem, not by "kürzer"
    expect(engine.label(['Wartelisten sind kürzer geworden', 'Wartezeit deutlich kürzer als vor 2 Jahren', 'kaum Wartezeit mehr'])).toBe('Wartezeit');
  });

  test('"Polen" is the country or the people, never "Pole"', () => {
    const l = engine.label(['Wohnungen für Familien aus Polen', 'Vermieter vermieten an Polen', 'Polen wohnen in der Altstadt']);
    expect(l).not.toMatch(/\bPole\b/);
  });
});

describe('labels a facilitator keeps (round 14): under a theme word, a part of a big group is on 15 % of its cards', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('a concept word on 2 of 16 cards ("Lauftreff") does not follow "Sport"; on 4 of 16 it does', () => {
    const sport = [
      'Fußballverein nimmt alle Kinder auf',
      'Schwimmkurs für Frauen im Hallenbad',
      'Boxclub mit Trainer aus Syrien',
      'Tischtennis am Dienstag im Jugendhaus',
      'Volleyballgruppe gemischt und offen',
      'Sportverein erlässt Beiträge',
      'Radsportgruppe fährt jeden Sonntag',
      'Basketballkörbe am Spielplatz neu',
      'Kinderturnen mit Übungsleiterin aus der Ukraine',
      'Handballverein sucht und findet Spieler überall',
      'Yoga im Park für alle',
      'Sportabzeichen-Tag im Stadion',
      'Fußballturnier der Nationen im Sommer',
      'Tanzgruppe im Sportverein',
    ];
    const two = ['Lauftreff am Fluss jeden Morgen', 'Lauftreff für Anfängerinnen'];
    expect(engine.label([...sport, ...two])).toBe('Sport');
    const four = [...two, 'Lauftreff am Samstag', 'Lauftreff mit Kinderwagen'];
    expect(engine.label([...sport.slice(0, 12), ...four])).toMatch(/^Sport, Lauftreff/);
  });
});

describe('labels a facilitator keeps (round 15): no repeat of the theme word, no person, no single language', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });
  const housing = [
    'Wohnungsgesellschaft vermietet an Geflüchtete',
    'Wohnungsgesellschaft mit Sprechstunde auf Arabisch',
    'Mietwohnungen für große Familien',
    'Wohnungsbörse im Internet',
    'Nachbarschaftstreff im Hochhaus',
    'faire Mieten in der Altstadt',
  ];

  test('a compound of the theme word ("Wohnen, Wohnungsgesellschaft") and "Rathaus" under "Verwaltung" are repeats', () => {
    expect(engine.label(housing)).toBe('Wohnen');
    const admin = [
      'Rathaus hat Formulare in fünf Sprachen',
      'Rathaus mit Terminen am Samstag',
      'Ämter arbeiten mit Dolmetschern',
      'Bürgerbüro erklärt Bescheide',
      'Behörde antwortet schneller',
      'Verwaltung schult ihr Personal',
    ];
    expect(engine.label(admin)).not.toMatch(/Rathaus/);
  });

  test.each([
    [
      '"Gemeinde" (read as the municipality)',
      [
        'Gemeinde öffnet ihr Haus für alle',
        'Gemeinde lädt zum Fastenbrechen',
        'Moscheeverein und Kirche beten gemeinsam',
        'Religionsunterricht für alle Kinder',
        'Glaube verbindet beim Friedensgebet',
      ],
      /Gemeinde/,
    ],
    [
      'a role of one person',
      [
        'Bürgermeisterin macht Integration zur Chefsache',
        'Bürgermeisterin lädt den Runden Tisch ein',
        'Integrationskonzept vom Rat beschlossen',
        'Steuerungsgruppe trifft sich monatlich',
        'Koordination der Träger klappt',
      ],
      /Bürgermeisterin/,
    ],
    [
      'a single language',
      [
        'Sprachkurs auf Englisch und Deutsch',
        'Deutschkurs mit Kinderbetreuung',
        'Sprachcafé jeden Freitag',
        'Übersetzung ins Englisch für Eltern',
        'Deutsch lernen im Tandem',
      ],
      /Englisch/,
    ],
  ])('%s does not follow the theme word', (_, cards, word) => {
    expect(engine.label(cards)).not.toMatch(word);
  });
});

// eight sport cards of different sports (round 16: the sibling that is nearly all of Begegnung)
const SPORT = [
  'Fußballverein für alle',
  'Schwimmkurs für Frauen',
  'Boxclub mit Trainer',
  'Tischtennis im Jugendhaus',
  'Volleyball gemischt',
  'Sportverein erlässt Beiträge',
  'Radsportgruppe sonntags',
  'Kinderturnen mit Übungsleiterin',
];

describe('labels a facilitator keeps (round 16): parts of a group on three cards, the sibling that is nearly all, no label twice', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('under a theme word a group of three gets no one-card words ("Mobilität, Bürgerbus, Pendler")', () => {
    expect(engine.label(['Bürgerbus fährt auch samstags', 'Pendler teilen Fahrten zur Fabrik', 'Radwege ins Nachbardorf sicher'])).toBe('Mobilität');
  });

  test('in a group of ten a card word on two cards does not follow the theme word, on three it does', () => {
    const net = [
      'Netzwerktreffen zweimal im Jahr',
      'Netzwerktreffen mit allen Trägern',
      'Integrationskonzept vom Rat beschlossen',
      'Steuerungsgruppe tagt monatlich',
      'Koordination der Träger klappt',
      'Integrationsbeauftragte im Rathaus',
      'Haushaltsmittel fest eingeplant',
      'Runder Tisch Integration',
      'Monitoring mit Zahlen',
      'Leitbild Vielfalt beschlossen',
    ];
    expect(engine.label(net)).toBe('Steuerung');
    expect(engine.label([...net.slice(0, 9), 'Netzwerktreffen auch digital'])).toBe('Steuerung, Netzwerktreffen');
  });

  test('a group that is nearly all sport is "Sport", not "Begegnung, Sport"', () => {
    expect(engine.label([...SPORT, 'Sommerfest im Park'])).toBe('Sport');
  });

  const A = [
    'Stadtfest mit Vereinen',
    'Sommerfest im Park',
    'Fest der Kulturen',
    'Straßenfest in der Weststadt',
    'Nachbarschaftsfest im Hof',
    'Herbstfest der Kirchengemeinde',
    'Frühlingsfest am Markt',
    'Weinfest mit allen',
    'Kinderfest im Quartier',
  ];
  const B = [
    'Flohmarkt im Hof mit Kaffee',
    'Flohmarkt der Kulturen',
    'Sommerfest am See',
    'Grillfest der Nachbarn',
    'Stadtteilfest jedes Jahr',
    'Fest im Begegnungszentrum',
    'Erntefest im Dorf',
    'Laternenfest für Kinder',
  ];
  const board = (lockA?: string) =>
    engine
      .clusterAll(
        [...A.map((text, i) => ({ id: i + 1, text, clusterId: 1, pinned: true })), ...B.map((text, i) => ({ id: 100 + i, text, clusterId: 2, pinned: true }))],
        [
          { id: 1, label: lockA ?? '', labelLocked: lockA !== undefined },
          { id: 2, label: '' },
        ],
      )
      .clusters.map((c) => c.label);

  test('two groups of one board that would get the same label: the smaller takes the word that sets it apart', () => {
    // alone, each would be "Begegnung"
    expect(engine.label(A)).toBe(engine.label(B));
    const labels = board();
    expect(new Set(labels).size).toBe(2);
    expect(labels).toContain('Begegnung, Flohmarkt');
  });

  test('a renamed label counts as taken (review of round 16); another renamed label leaves the board alone', () => {
    expect(board('Begegnung')).toEqual(['Begegnung', 'Begegnung, Flohmarkt']);
    expect(board('Feste')).toEqual(['Feste', 'Begegnung']);
  });

  test('a live label does not flip at the 75 % line between "Sport" and "Begegnung" (review of round 16)', () => {
    const ten = [...SPORT, 'Sommerfest im Park', 'Stadtteilfest mit vielen Familien'];
    const eleven = [...ten, 'Straßenfest in der Weststadt'];
    expectStableLive(engine, engine.label(ten), ten, eleven);
  });
});

// sixteen and eight more cards of a language group (round 17 and its review)
const LANGUAGE = [
  'Sprachcafé im Jugendhaus',
  'Deutsch lernen mit Ehrenamtlichen',
  'Sprachpatenschaften für neue Familien',
  'Deutschkurse für Mütter',
  'Sprachförderung in der Grundschule',
  'Deutsch am Arbeitsplatz',
  'Lesepaten in der Stadtbibliothek helfen beim Deutschlernen',
  'Sprachtreff für Seniorinnen',
  'Sprachmentoren begleiten Azubis',
  'Deutsch üben beim Kochen',
  'Alphabetisierung für Erwachsene',
  'Sprachcafé mit Kinderbetreuung',
  'Deutsch für den Beruf',
  'Mehrsprachige Vorlesestunde',
  'Sprachstammtisch am Markt',
  'Konversationsrunde auf Deutsch',
];
const MORE_LANGUAGE = [
  'Deutsch im Verein',
  'Sprachkurs im Betrieb',
  'Deutsch im Alltag',
  'Sprachtandem mit Studierenden',
  'Deutsch beim Sport',
  'Sprachspiele für Kinder',
  'Deutsch lernen im Garten',
  'Sprachförderung am Nachmittag',
];
// a mixed group: three administration cards among ten (round 17 and its review)
const MIXED = [
  'Rathaus hat Sprechzeiten am Abend',
  'Stadtverwaltung schult ihr Personal interkulturell',
  'Bürgeramt mit mehrsprachigen Formularen',
  'Stammtisch der Gewerbetreibenden',
  'Nachbarschaftshilfe im Hochhaus',
  'Fahrdienst zum Arzt',
  'Laternenumzug im Herbst',
  'Schachclub für alle',
  'Kleingärten am Stadtrand',
  'Repair-Café im Keller',
];

describe('labels a facilitator keeps (round 17): a part of the group on five cards or a quarter, no institution letters, a theme for mixed groups', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });
  const withBib = (k: number) => LANGUAGE.map((t, i) => (i < k ? `${t}, Treffpunkt Bürgerhaus` : t));

  test('under a theme word a card word needs five cards or a quarter of them: four of twenty stay out, five stay in', () => {
    const twenty = [...withBib(4), ...MORE_LANGUAGE.slice(0, 4)];
    expect(twenty).toHaveLength(20);
    expect(engine.label(twenty)).toBe('Sprache');
    const five = [...withBib(5), ...twenty.slice(16)];
    expect(engine.label(five)).toMatch(/^Sprache, Bürgerhaus/);
    // in a group of twelve, three cards are a quarter
    expect(engine.label(withBib(3).slice(0, 12))).toMatch(/^Sprache, Bürgerhaus/);
    // three cards of six: the old bar of two cards no longer carries a word in small groups
    expect(engine.label([...withBib(2).slice(0, 2), ...LANGUAGE.slice(2, 6)])).toBe('Sprache');
  });

  test('capitals of one institution on a minority of the cards do not follow the theme word ("Sprache, VHS"); on most of them they do', () => {
    const vhs = LANGUAGE.slice(0, 10).map((t, i) => (i < 3 ? `${t} an der VHS` : t));
    expect(engine.label(vhs)).toBe('Sprache');
    expect(engine.label(LANGUAGE.slice(0, 4).map((t) => `${t} an der VHS`))).toMatch(/VHS/);
    // "Kurs" says nothing after "Sprache"
    expect(engine.label(LANGUAGE.slice(0, 8).map((t, i) => (i < 5 ? `${t}, Kurs am Abend` : t)))).toBe('Sprache');
  });

  test('a mixed group of seven or more that no concept leads takes the concept of 30 % of its cards', () => {
    const mixed = MIXED.slice(0, 8);
    expect(engine.label(mixed)).toBe('Verwaltung');
    // two such cards of eight are too few
    expect(engine.label(MIXED.slice(1, 9))).not.toMatch(/^Verwaltung/);
  });

  test('a live label of a mixed group does not flip at the 30 % line', () => {
    const ten = MIXED;
    const eleven = [...ten, 'Bücherschrank am Bahnhof'];
    expect(engine.label(ten)).toBe('Verwaltung');
    expect(engine.label(eleven)).not.toBe('Verwaltung'); // 3 of 11: a new label would not lead with it
    expectStableLive(engine, 'Verwaltung', ten, eleven);
  });
});

describe('labels a facilitator keeps (review of round 17)', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });
  const inKita = (k: number, shout = -1) => LANGUAGE.map((t, i) => (i < k ? `${t} in der ${i === shout ? 'KITA' : 'Kita'}` : t));

  test('a word shouted in capitals ("KITA") is the word, not the letters of an institution', () => {
    expect(engine.label(inKita(6))).toMatch(/^Sprache, Kita/);
    expect(engine.label(inKita(6, 0))).toMatch(/^Sprache, Kita/);
    expect(engine.label(LANGUAGE.map((t) => t.toUpperCase()))).toMatch(/^Sprache/);
  });

  test('the bar of five cards holds where a quarter would be six (24 cards)', () => {
    const cards = [...LANGUAGE, ...MORE_LANGUAGE];
    const inHaus = (k: number) => cards.map((t, i) => (i < k ? `${t}, Treffpunkt Bürgerhaus` : t));
    expect(engine.label(inHaus(4))).toBe('Sprache');
    expect(engine.label(inHaus(5))).toMatch(/^Sprache, Bürgerhaus/);
  });

  test('skipped institution letters leave their place empty; "Infos" and "Informationen" say nothing', () => {
    const cards = [...LANGUAGE.slice(0, 12), ...MORE_LANGUAGE];
    const marked = (vhs: boolean) => cards.map((t, i) => `${t}${i < 8 && vhs ? ' der VHS' : ''}${i >= 8 && i < 14 ? ', Treffpunkt Bürgerhaus' : ''}`);
    // the letters (8 cards) come before "Bürgerhaus" (6): one word fewer, not the next word instead
    // ("Deutsch", a synonym of the theme word, empties the other place)
    expect(engine.label(marked(false))).toBe('Sprache, Bürgerhaus');
    expect(engine.label(marked(true))).toBe('Sprache');
    expect(engine.label(cards.map((t, i) => (i < 10 ? `${t} mit Infos` : t)))).toBe('Sprache');
    expect(engine.label(cards.map((t, i) => (i < 10 ? `${t} mit Informationen` : t)))).toBe('Sprache');
  });

  const RATHAUS = [
    'Mitarbeiterin im Bürgerbüro spricht Kroatisch',
    'Stadt koordiniert die Arbeitgeber-Runde Fachkräfte',
    'Ortsvorsteher Oberbrunn kümmert sich persönlich',
    'Integrationsbeauftragte Frau Kessler ist super erreichbar',
    'Bürgermeister und Hauptamtsleiter zeigen sich bei den Festen der Communities',
    'kurze Wege im Rathaus – man kennt sich',
    'interkulturelle Schulung fürs Rathauspersonal letztes Jahr',
  ];

  test('a live theme word stays in a tie of two concepts (no "Verwaltung" ⇄ "Steuerung")', () => {
    const eight = [...RATHAUS, 'Integrationsstelle auf 75 % aufgestockt'];
    expect(engine.label(eight)).toBe('Steuerung'); // 3 : 3, lexicon order
    const label = engine.liveLabel('Steuerung', RATHAUS, 8); // 3 : 2 for Verwaltung
    expect(label).toBe('Verwaltung');
    expectStableLive(engine, label, RATHAUS, eight);
  });

  test('the live theme word of a mixed group lets go below a quarter of the cards', () => {
    const mixed = MIXED;
    expect(engine.label(mixed)).toBe('Verwaltung');
    const thirteen = [...mixed, 'Bücherschrank am Bahnhof', 'Lesung im Buchladen', 'Chor im Gemeindehaus'];
    expect(engine.liveLabel('Verwaltung', thirteen, 12)).not.toBe('Verwaltung'); // 3 of 13
  });

  test('origin adjectives do not name a group "Sprachmittlung" ("polnische Handwerker"); languages in use name it "Mehrsprachigkeit"', () => {
    const clubs = [
      'Türkische Nachbarn helfen beim Umzug',
      'Polnische Handwerker reparieren Fahrräder',
      'Ukrainische Mütter kochen zusammen',
      'Integrationsrat hat Rederecht',
      'Migrantenselbstorganisationen werden gefördert',
      'Schachclub für alle',
      'Kleingärten am Stadtrand',
      'Repair-Café im Keller',
      'Bücherschrank am Bahnhof',
    ];
    expect(engine.label(clubs)).not.toMatch(/Sprachmittlung/);
    const neighbours = [
      'Polnische Nachbarn helfen beim Umzug',
      'ukrainischer Junge Torschützenkönig der D-Jugend',
      'rumänische Familien bleiben das ganze Jahr',
      'Eiscafé am Markt, italienische Familie seit 30 Jahren hier',
      'Skatepark: da fragt keiner woher du kommst',
      'viele pendeln täglich zur Arbeit',
    ];
    expect(engine.label(neighbours)).not.toMatch(/Sprachmittlung/);
    // a language in use still names it ("auf Ukrainisch beraten", "Französisch ab Klasse 1")
    const languages = [
      'zweisprachige Ortsschilder am Grenzübergang',
      'Französisch ab Klasse 1',
      'im Kreishaus kann man sich auf Ukrainisch beraten lassen',
      'Elternbriefe auch auf Arabisch',
      'Schachclub für alle',
      'Kleingärten am Stadtrand',
      'Repair-Café im Keller',
    ];
    expect(engine.label(languages)).toMatch(/^Mehrsprachigkeit/); // nobody interprets here (round 20)
  });
});

describe('labels a facilitator keeps (round 18): no single faith after the theme word', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });
  const FAITHS = [
    'Runder Tisch der Religionen trifft sich viermal im Jahr',
    'Interreligiöser Dialog an der Volkshochschule',
    'Religionsgemeinschaften laden gemeinsam zum Friedensfest ein',
    'Glaubensgemeinschaften unterstützen Familien im Alltag',
    'Religionen im Gespräch mit der Stadt',
    'Interreligiöse Stadtführung für Schulklassen',
    'Gemeinsames Gebet der Religionen nach dem Anschlag',
  ];
  const mosque = ['Tag der offenen Moschee mit Führung', 'Moschee öffnet ihre Küche für Nachbarn', 'Moschee lädt Schulklassen ein'];

  test('a mosque, a church or a rite on a minority of the cards does not follow "Religion"; on most of them it does', () => {
    expect(engine.label([...FAITHS, ...mosque])).toBe('Religion');
    expect(engine.label([...FAITHS.slice(0, 3), ...mosque, 'Moschee sammelt Spenden', 'Moschee bietet Hausaufgabenhilfe'])).toMatch(/^Religion, Moschee/);
    expect(engine.label([...FAITHS, 'Kirche öffnet ihr Café', 'Kirche und Moschee feiern zusammen', 'Kirche lädt zum Fastenbrechen ein'])).toBe('Religion');
  });
});

describe('labels a facilitator keeps (round 19): the strength, not the incident', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });
  test('"Vorfälle" does not follow "Antidiskriminierung"', () => {
    const anti = [
      'Meldestelle gegen Rassismus im Rathaus',
      'Antidiskriminierungsberatung jeden Dienstag',
      'Vorfälle werden ernst genommen und dokumentiert',
      'Rassistische Vorfälle landen bei der Meldestelle',
      'Vorfälle an Schulen werden besprochen',
      'Antirassismus-Workshops an Schulen',
      'Aktionswochen gegen Rassismus',
      'Bündnis gegen Rassismus mit 40 Gruppen',
    ];
    expect(engine.label(anti)).toBe('Antidiskriminierung');
  });
});

describe('place names made of real words (round 5)', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('a compound used as a place ("am Silberberg") is a name, not a theme word; the same word as a thing stays', () => {
    const l = engine.label([
      'Nachbarschaftsfest am Silberberg',
      'Treff am Silberberg für alle',
      'Spielplatz am Silberberg neu',
      'Nachbarschaftsfest mit Musik',
      'Nachbarschaftsfest im Hof',
    ]);
    expect(l).not.toMatch(/Silberberg/);
    expect(l).toMatch(/Nachbarschaftsfest/);
    // "Sprachkurs" is known only as a compound too, but nobody writes "in Sprachkurs" as a place
    expect(engine.label(['Sprachkurse für Mütter', 'Sprachkurse am Abend', 'Sprachkurse mit Kinderbetreuung'])).toMatch(/Sprachkurse/);
  });
});

describe('labels a facilitator keeps (round 20): what the words mean on the wall', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('a stand against the far right is named by its theme, never "Rechte" ("rights")', () => {
    const stand = [
      'Bündnis "Buntes Tal" organisiert Gegendemos gegen Rechts',
      'rechte Aufkleber werden bei Spaziergängen entfernt',
      'Omas gegen Rechts stehen jeden Montag am Markt',
      'Fußballfans distanzieren sich von der Naziszene',
      'Argumentationstraining gegen Stammtischparolen',
      'Lichterkette nach dem Anschlag auf den Imbiss',
      'Schule ohne Rassismus an drei Schulen',
      'Zivilgesellschaft lässt sich nicht einschüchtern',
      'Stadtrat beschließt Resolution gegen Rassismus',
    ];
    const l = engine.label(stand);
    expect(l).toMatch(/^Demokratie/); // "Antidiskriminierung" until round 24 (half of the cards name the far right)
    expect(l).not.toMatch(/Rechte|Rechts/);
  });

  test('rights and legal advice stay what they are (review of round 20: "Rechte" alone is no far-right word)', () => {
    const rights = [
      'Rechtsberatung für Geflüchtete jeden Dienstag',
      'Workshop: Deine Rechte als Mieterin',
      'Infoabend zu Rechten und Pflichten im Asylverfahren',
      'Anwältin erklärt ehrenamtlich Rechte am Arbeitsplatz',
      'Broschüre "Deine Rechte" in acht Sprachen',
    ];
    expect(engine.label(rights)).not.toMatch(/Antidiskriminierung/);
    expect(engine.similarity('Workshop: Deine Rechte als Mieterin', 'Omas gegen Rechts stehen jeden Montag am Markt')).toBeLessThan(0.2);
  });

  const INTERPRETING = [
    'Dolmetscherpool der Stadt für Elterngespräche',
    'Sprachmittlerinnen begleiten zum Arzt',
    'Video-Dolmetschen im Bürgerbüro',
    'Bescheide werden übersetzt',
    'zweisprachige Schilder im Rathaus',
  ];

  test('"Sprachmittlung" where people interpret or translate, also misspelt; "Mehrsprachigkeit" for signs, menus and tours in other languages', () => {
    expect(engine.label(INTERPRETING)).toMatch(/^Sprachmittlung/);
    expect(
      engine.label([
        'Dolmetcher für Elterngespräche an der Schule',
        'ubersetzen beim Amt klappt',
        'Dolmetscherpool der Stadt',
        'zweisprachige Infoblätter im Rathaus',
      ]),
    ).toMatch(/^Sprachmittlung/);
    const multilingual = [
      'zweisprachige Schilder an der Weinstube',
      'Stadtführung auch auf Englisch',
      'Tourist-Info mit mehrsprachigem Personal',
      'Speisekarten auf Englisch und Niederländisch',
      'Vorarbeiter dolmetschen für die Kolonne',
      'Kinderlieder auf Türkisch und Deutsch in der Kita',
    ];
    expect(engine.label(multilingual)).toMatch(/^Mehrsprachigkeit/);
  });

  test('a live label keeps "Sprachmittlung" or "Mehrsprachigkeit" while one card comes and goes (review of round 20)', () => {
    const four = ['Dolmetscher beim Arzt', 'Übersetzung der Elternbriefe', 'mehrsprachige Website', 'Flyer auf Türkisch und Arabisch'];
    const five = [...four, 'Schilder zweisprachig'];
    for (const start of ['Sprachmittlung', 'Mehrsprachigkeit']) expectStableLive(engine, start, four, five);
    const six = [
      'mehrsprachige Website',
      'Flyer auf Türkisch und Arabisch',
      'Schilder zweisprachig',
      'Stadtführung auf Englisch',
      'Dolmetscher beim Arzt',
      'Elternbriefe übersetzt',
    ];
    expect(engine.liveLabel('Mehrsprachigkeit', [...six, 'Speisekarte auf Englisch'], 6)).toBe('Mehrsprachigkeit');
  });

  test('an adjective written mostly in lower case is no label word, even when a name capitalises it ("Café International")', () => {
    const meet = [
      'Internationaler Stammtisch jeden Donnerstag im Studentenclub',
      'Campus Café International als Treffpunkt für alle',
      'internationales Frauenfrühstück einmal im Monat',
      'Open-Air-Kino mit internationalen Filmen im Park',
      'Internationaler Frauenkreis für Partnerinnen der Forschenden',
      'Begegnungscafé im Stadtteiltreff, wöchentlich',
      'Nachbarschaftsfest im Hochhausviertel',
      'Straßenfest jedes Jahr größer',
      'Tanzworkshop: Dabke trifft Polka',
      'Kochabend mit Gemüse aus dem Garten',
      'Tisch der Nationen: jede Familie bringt ein Gericht mit',
    ];
    const l = engine.label(meet);
    expect(l).toMatch(/^Begegnung/);
    expect(l).not.toMatch(/International/);
  });

  test('nouns that a lower-case writer wrote small keep their place ("Mannschaft", "Festival", "Nachbarn"; review of round 20)', () => {
    expect(
      engine.label([
        'Beim FC spielt eine gemischte Mannschaft in der Kreisliga',
        'mannschaft mit spielern aus 9 ländern',
        'frauen-mannschaft trainiert dienstags',
        'Trainer holt Jungs vom Wohnheim ab',
        'neue mannschaft für geflüchtete jugendliche',
      ]),
    ).toMatch(/Mannschaft/);
    expect(
      engine.label([
        'Das Festival der Kulturen im Juni ist ein Highlight',
        'festival der kulturen jedes jahr, alle machen mit',
        'viele vereine beim festival mit ständen',
        'Musik aus aller Welt auf dem Marktplatz',
        'tanzgruppe tritt beim festival auf',
      ]),
    ).toMatch(/Festival/);
    expect(
      engine.label([
        'Die Nachbarn im Haus helfen sich gegenseitig',
        'nachbarn bringen essen vorbei',
        'nachbarn passen auf kinder auf',
        'Hausfest im Hof jeden Sommer',
        'nachbarn reparieren zusammen fahrräder',
      ]),
    ).toMatch(/Nachbarn/);
  });
});

describe('labels a facilitator keeps (round 21): one word for a group of two to four cards', () => {
  const engine = createEngine({ lemmas: table });

  test('a small group gets one word; from five cards on, a part of the group may follow', () => {
    // two unrelated cards: one word, not a list from both ("Chef, Omas, Opas" in round 19)
    expect(
      engine.label(['Chef der Firma bezieht öffentlich Stellung gegen Rassismus', 'offenes Haus, auch Omas und Opas willkommen']).split(', '),
    ).toHaveLength(1);
    const four = [
      'Notschlafstelle nimmt auch Menschen ohne Leistungsanspruch auf',
      'offene Sprechstunde dienstags mit Dolmetscherin',
      'Hilfe beim Briefe lesen – Behördenpost wird erklärt',
      'Wegweiser Ankommen in acht Sprachen gedruckt',
    ];
    expect(engine.label(four).split(', ')).toHaveLength(1);
    expect(createEngine({ lemmas: table, oneWordUpTo: 0 }).label(four).split(', ').length).toBeGreaterThan(1);
  });

  test('on a board, two small groups with the same word are still told apart', () => {
    const cards = [
      'Sprachcafé jeden Donnerstag in der Stadtbibliothek',
      'Sprachcafé am Donnerstag in der Stadtbibliothek für Frauen',
      'Deutschkurse mit Kinderbetreuung an der Volkshochschule',
      'Deutschkurse für Mütter mit Kinderbetreuung',
    ].map((text, i) => ({ id: i + 1, text, clusterId: i < 2 ? 1 : 2, pinned: true }));
    const labels = engine
      .clusterAll(cards, [
        { id: 1, label: '' },
        { id: 2, label: '' },
      ])
      .clusters.map((c) => c.label);
    expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
    for (const l of labels) expect(l.split(', ').length).toBeLessThanOrEqual(2);
  });
});

describe('labels a facilitator keeps (review after round 21): nothing the cards say people are not', () => {
  const engine = createEngine({ lemmas: table });
  const MIXED_NINE = [
    'nicht nur junge Leute – viele Ältere gehen mit auf die Straße',
    'Demo-Orga eingespielt: Ordner, Lautsprecher, Sanis',
    'indische Familien bleiben, weil sie sich gut aufgenommen fühlen',
    'Werkleiter sagt öffentlich: ohne Zuwanderung keine Zukunft für die Chemie',
    'auch die Mittelständler im Park ziehen mit, nicht nur die Großen',
    'man fühlt sich dort nicht als Bittsteller',
    'das Team wurde interkulturell geschult',
    'Frau Rabinovich ist eine feste Größe in der Stadt',
    'Hilfskonvois in die Partnerstadt in der Westukraine',
  ];

  test('"nicht als Bittsteller" gives no label word, and a noun goes before a participle', () => {
    const l = engine.label(MIXED_NINE);
    expect(l).not.toMatch(/Bittsteller|aufgenommen/);
    expect(l).toMatch(/^[A-ZÄÖÜ]/);
  });

  test('"nicht nur" counts a word in, it does not negate it', () => {
    const all = createEngine({ lemmas: table, oneWordUpTo: 0 });
    expect(all.label(['nicht nur Vereine machen mit', 'Vereine öffnen ihre Türen', 'nicht nur die Vereine helfen'])).toMatch(/Verein/);
    expect(all.label(['man fühlt sich nicht als Bittsteller', 'nicht als Bittsteller behandelt', 'Beratung auf Augenhöhe'])).not.toMatch(/Bittsteller/);
  });
});

describe('labels a facilitator keeps (round 22): no people of one town, no "Familien" after the theme word', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('the people of a town named on the cards ("Merzenauer:innen") are a name; "Ärzt:innen" are not', () => {
    const COMMS = [
      'Website übersichtlich und mehrsprachig',
      'Stadtteilzeitung jetzt auch arabisch und russisch',
      'Lokalzeitung berichtet fair und differenziert',
      'Stadt-Instagram stellt neue Merzenauer:innen vor',
      'Radio Merzenau hat eine mehrsprachige Sendung',
      'Plakatkampagne "Wir sind Merzenau"',
      'Merzenauer:innen erzählen im Podcast',
      'Pressestelle achtet auf respektvolle Sprache',
    ];
    expect(engine.label(COMMS)).not.toMatch(/Merzenau/);
    const HEALTH = [
      'Ärzt:innen sprechen Arabisch',
      'Ärzt:innen nehmen sich Zeit',
      'Ärzt:innen im Klinikum beraten',
      'Lots:innen begleiten',
      'Lots:innen übersetzen',
    ];
    expect(engine.label(HEALTH)).toMatch(/Ärzt:innen/);
    expect(engine.label(['Lots:innen begleiten zum Amt', 'Lots:innen übersetzen beim Arzt', 'Lots:innen helfen bei Briefen'])).toMatch(/Lots:innen/);
  });

  test('"Familien" on a minority of a housing group does not follow "Wohnen" (judges of round 20)', () => {
    const HOUSING = [
      'Lotse aus Wittmoor hat 3 Familien eine Wohnung besorgt',
      'Dorf-Carsharing, auch neue Familien nutzen es',
      'dezentrale Unterbringung in den Dörfern statt Sammelunterkunft',
      'Gemeinden haben Wohnungen selbst angemietet',
      'Vermieter auf dem Land oft offen für Familien',
      'kreiseigene Wohnungsbaugesellschaft vergibt fair',
      'leerstehende Häuser im Dorf werden genutzt',
      'Mietführerschein hilft bei der Suche',
      'Genossenschaft baut bezahlbare Wohnungen in Hallerup',
      'Hausmeister im Ehrenamt erklärt Mülltrennung und Heizung',
    ];
    const l = engine.label(HOUSING);
    expect(l).toMatch(/^Wohnen/);
    expect(l).not.toMatch(/Famili/);
  });
});

describe('labels a facilitator keeps (round 23): a neighbourhood group is a "Quartier"', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });
  // the round-20 group every judge renamed from "Wohnen" to "Quartier"
  const QUARTER = [
    'Stadtteilbüro am Schleusenplatz – kurze Wege!!',
    'Quartiersmanagerin kennt wirklich jede Familie rund um den Kai',
    'Mieterbeirat Hafenbogen arbeitet gut mit der Wohnbau zusammen',
    'Verfügungsfonds: kleine Projekte schnell finanziert',
    'Stadtteilkonferenz 4x im Jahr, gut besucht',
    'Quartiersbüro hat Sprechstunden auf Arabisch und Türkisch',
    'Soziale-Stadt-Gelder haben unten am Wasser viel bewegt',
    'Quartiersfonds hat Nachbarschaftsfest Lotsenweg ermöglicht',
    'Quartiersmanagement verstetigt, nicht nur für die Projektlaufzeit',
  ];
  const HOUSING = [
    'Wohnungsbaugesellschaft vergibt fair',
    'Vermieter auf dem Land oft offen',
    'Genossenschaft baut bezahlbare Wohnungen',
    'dezentrale Unterbringung statt Sammelunterkunft',
    'Mietführerschein hilft bei der Suche',
    'Quartiersmanagement vermittelt bei Streit im Haus',
  ];

  test('mostly neighbourhood work: "Quartier"; mostly housing with one such card: "Wohnen"', () => {
    expect(engine.label(QUARTER)).toMatch(/^Quartier\b/);
    expect(engine.label(HOUSING)).toMatch(/^Wohnen\b/);
  });

  test('a live label keeps "Wohnen" or "Quartier" while one card moves the group across the half-way line', () => {
    const four = ['Quartiersmanagement im Viertel', 'Stadtteilbüro mit offener Tür', 'Vermieter offen für Familien', 'Wohnungsbaugesellschaft vergibt fair'];
    const five = [...four, 'Genossenschaft baut bezahlbare Wohnungen'];
    // four: half name the quarter ("Quartier" when fresh); five: housing leads ("Wohnen" when fresh)
    expect(engine.label(four)).toMatch(/^Quartier/);
    expect(engine.label(five)).toMatch(/^Wohnen/);
    for (const start of ['Wohnen', 'Quartier']) expectStableLive(engine, start, four, five);
  });
});

describe('labels a facilitator keeps (review after round 23): no label twice on one board', () => {
  // blind115: both groups were "Begegnung, Kultur" after the loose pass (judges of round 23)
  const FESTS = [
    'Café Glück auf im Gemeindehaus, jeden Donnerstag',
    'Begegnungsgarten hinter der Marienkirche',
    'Posaunenchor hat beim Willkommensfest gespielt',
    'Schulküche kocht Rezepte aus aller Welt, Eltern kochen mit',
    'Frauen-Sprachtreff im Stadtteilzentrum Neustadt',
    'Interkulturelle Woche jedes Jahr im September',
    'Stadtfest mit internationaler Meile',
    'Diwali im Kulturhaus, die ganze Stadt war eingeladen',
    'Kochabende in der Neustadt - jedes Mal eine andere Küche',
    'Nachbarschaftsfest Am Sonnenhang',
    'Picknick im Stadtpark mit Musik',
    'Erzählcafé: Alteingesessene und Neue erzählen ihre Geschichten',
    'Gemeinschaftsgarten Hüttengrund bringt Leute zusammen',
    'Repair-Café, da kommt jeder mit jedem ins Gespräch',
    'Spieleabend im Jugendhaus',
    'Stadtbibliothek ist Treffpunkt für alle',
    'Tanzabend: Dabke trifft erzgebirgischen Volkstanz',
    'Kino zeigt Filme mit Untertiteln',
    'Nachbarn grüßen inzwischen, man kennt sich',
    'internationales Frauenfrühstück einmal im Monat',
    'Kulturhaus bezieht Neue ins Programm mit ein',
    'zur Bergparade Neue eingeladen, danach zusammen gegessen',
    'Klöppelzirkel hat jetzt ukrainische Frauen dabei',
    'Heimatverein-Ausstellung über Bergleute aus Böhmen und Tirol',
    'Konzert Bergsänger + indische Tanzgruppe, Saal voll',
    'Bergbaumuseum hat Audioguide in mehreren Sprachen',
    'Bergmannstag mit Stand der Nationen',
    'Fotoausstellung Gesichter von Silberhain im Rathausfoyer',
    'Rodeltag für Neue im Winter',
    'Ankunftsabend im Kulturhaus',
  ];
  const TRADITION = [
    'JG nimmt syrische Jugendliche mit auf Rüstzeit',
    'Schnitzverein - ein Inder hat seinen ersten Räuchermann geschnitzt',
    'Knappen haben beim Willkommensfest die Tradition erklärt',
    'unsere Tradition ist Brücke, nicht Mauer',
    'Vorsitzender der Knappschaft bekennt sich öffentlich zu Vielfalt',
    'Jugendparlament diskutiert offen und kontrovers',
    'Nachbarschaftshilfe im Block funktioniert',
    'syrische Frauengruppe Yasmin kocht für Feste',
    'Migrantenbeirat ist in Gründung',
    'Communities sitzen mit im Netzwerk Integration',
  ];
  const board = (engine: ReturnType<typeof createEngine>) =>
    engine
      .clusterAll(
        [...FESTS.map((text) => ({ text, clusterId: 1 })), ...TRADITION.map((text) => ({ text, clusterId: 2 }))].map((c, i) => ({
          ...c,
          id: i + 1,
          pinned: true,
        })),
        [
          { id: 1, label: '' },
          { id: 2, label: '' },
        ],
      )
      .clusters.map((c) => c.label);

  test('the smaller group is named by its own words on a fifth of its cards', () => {
    const [fests, tradition] = board(createEngine({ lemmas: table }));
    expect(fests).toMatch(/^Begegnung/);
    expect(tradition).toBe('Tradition');
  });
});

describe('labels a facilitator keeps (round 24): a group standing up for democracy is "Demokratie"', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('half of the cards name democracy or the far right: "Demokratie"; counselling against discrimination stays "Antidiskriminierung"', () => {
    const ALLIANCE = [
      'Bündnis für Demokratie organisiert schnell Gegenprotest',
      'Demokratiefest auf dem Marktplatz',
      'Partnerschaft für Demokratie fördert kleine Projekte',
      'Gegendemo gegen Rechts, 400 Leute',
      'Meldestelle für rassistische Vorfälle ist bekannt',
      'Zivilcourage-Kurs vom Bündnis',
    ];
    expect(engine.label(ALLIANCE)).toMatch(/^Demokratie\b/);
    const ADVICE = [
      'Antidiskriminierungsberatung im Rathaus',
      'Meldestelle für rassistische Vorfälle ist bekannt',
      'Beschwerdestelle für Diskriminierung am Arbeitsplatz',
      'Schule ohne Rassismus an beiden Gymnasien',
      'Runder Tisch Demokratie trifft sich',
    ];
    expect(engine.label(ADVICE)).toMatch(/^Antidiskriminierung\b/);
  });
});

describe('labels a facilitator keeps (round 25): counselling, languages in use, and small mixed groups', () => {
  const engine = createEngine({ lemmas: table, oneWordUpTo: 0 });

  test('a group mostly of counselling services is "Beratung"; arrival with some counselling stays "Ankommen"', () => {
    // blind111/10 of round 23 (both judges: "Beratung, Ankommen")
    const COUNSEL = [
      'Begleitung zur Ausländerbehörde, damit keiner allein hin muss',
      'Erstorientierungskurs direkt in der Unterkunft',
      'Neubürgermappe vom Markt in 5 Sprachen',
      'Asylsozialberatung 2x pro Woche vor Ort',
      'Migrationsberatung der Caritas, sehr kompetent',
      'Jugendmigrationsdienst kommt 1x pro Woche',
      'Flüchtlings- und Integrationsberatung auch telefonisch erreichbar',
      'Schuldnerberatung vom Landkreis auch für Migranten',
    ];
    expect(engine.label(COUNSEL)).toMatch(/^Beratung\b/);
    const ARRIVAL = [
      'Neubürgerempfang jedes Jahr im Rathaus',
      'Willkommensmappe in sechs Sprachen',
      'Stadtrundgang für Neuzugezogene',
      'Migrationsberatung der Caritas',
      'Begrüßungspaket für neue Familien',
    ];
    expect(engine.label(ARRIVAL)).toMatch(/^Ankommen\b/);
  });

  test('three of five cards name languages in use: "Mehrsprachigkeit", not "Sprachmittlung" (judges of round 24)', () => {
    const LANGUAGES = [
      'Mehrsprachigkeit ist hier normal: Platt, Friesisch, Dänisch, jetzt auch Arabisch',
      'Lesestart-Taschen mehrsprachig für Familien mit Babys',
      'Inselbücherei hat Bücher auf Polnisch und Rumänisch',
      'Elternbriefe per App – automatisch übersetzt',
      'Tag der offenen Tür im Umspannwerk mit Übersetzung',
    ];
    expect(engine.label(LANGUAGES)).toMatch(/^Mehrsprachigkeit\b/);
  });

  test('a mixed group of six: the concept of a third of its cards leads, not two one-card words', () => {
    // blind122/13 of round 24 ("Haushaltstitel, Leitbild": all four judgements failed it)
    const STEERING = [
      'Insulaner halten zusammen, bei Sturmflut sowieso',
      'Bürgermeister steht klar hinter dem Thema',
      'Stadtvertretung hat das Leitbild "Weltoffenes Wiekbüll" einstimmig beschlossen',
      'Runder Tisch Integration 4x im Jahr',
      'eigener Haushaltstitel für Integrationsprojekte',
      'dass wir den Selbstcheck überhaupt machen!',
    ];
    expect(engine.label(STEERING)).toMatch(/^Steuerung\b/);
  });
});

describe('labels a facilitator keeps (review after round 24)', () => {
  const engine = createEngine({ lemmas: table });
  const board = (...groups: string[][]) =>
    engine
      .clusterAll(
        groups.flatMap((g, k) => g.map((text) => ({ text, clusterId: k + 1 }))).map((c, i) => ({ ...c, id: i + 1, pinned: true })),
        groups.map((_, k) => ({ id: k + 1, label: '' })),
      )
      .clusters.map((c) => c.label);
  const BIG = [
    'Sprachkurs am Abend',
    'Sprachcafé jeden Dienstag',
    'Deutschkurs mit Kinderbetreuung',
    'Sprachtandem',
    'Integrationskurs an der VHS',
    'Sprachkurs für Frauen',
  ];

  test('the last resort against a label twice takes no verb, time word, place name, problem or filler', () => {
    const smalls = [
      ['Menschen im Sprachcafé', 'Sprachkurs für viele Menschen', 'Integrationskurs am Abend', 'Sprachtandem klappt', 'Lesepaten kommen'],
      ['Sprachcafé in Zechenfeld', 'Sprachkurs Zechenfeld', 'Integrationskurs am Abend', 'Sprachtandem klappt', 'Lesepaten kommen'],
      ['Sprachcafé trotz Wartezeit', 'Sprachkurs: Wartezeit lang', 'Integrationskurs am Abend', 'Sprachtandem klappt', 'Lesepaten kommen'],
      ['Sprachcafé klappt', 'Sprachkurs klappt', 'Integrationskurs am Abend', 'Sprachtandem läuft', 'Lesepaten kommen'],
      ['Sprachcafé jeden Montag', 'Sprachkurs jeden Montag', 'Integrationskurs am Abend', 'Sprachtandem läuft', 'Lesepaten kommen'],
    ];
    for (const small of smalls) expect(board(BIG, small)[1]).not.toMatch(/Menschen|Zechenfeld|Wartezeit|klappt|Montag/);
  });

  test('words that read as one on the wall: forms, umlauts, gender forms, a word inside a theme name, synonyms', () => {
    expect(sameLabelWord('Stadtrat', 'Stadträte')).toBe(true);
    expect(sameLabelWord('Ärzt:innen', 'Ärztinnen')).toBe(true);
    expect(sameLabelWord('Pflege', 'Gesundheit und Pflege')).toBe(true);
    expect(sameLabelWord('Sprachen', 'Sprache')).toBe(true);
    expect(sameLabelWord('Sprache', 'Sport')).toBe(false);
    expect(sameLabelWord('Tradition', 'Begegnung, Kultur')).toBe(false);
  });

  test('the people of a place on the cards are a name; people the room names with a gender form are not', () => {
    const town = [
      'Neustädter*innen erzählen im Podcast',
      'Stadtzeitung stellt Neustädter*innen vor',
      'Radio Neustadt sendet mehrsprachig',
      'Neustädter*innen auf Instagram',
      'Website der Stadt in sechs Sprachen',
      'Pressestelle achtet auf Sprache',
    ];
    expect(createEngine({ lemmas: table, oneWordUpTo: 0 }).label(town)).not.toMatch(/Neustädter/);
    const mentors = ['Mentor:innen begleiten Azubis', 'Mentor:innen aus dem Betrieb', 'Mentor:innen treffen sich monatlich'];
    expect(createEngine({ lemmas: table, oneWordUpTo: 0 }).label(mentors)).toMatch(/Mentor:innen/);
    // a gender ending with hardly a word before it names nobody (attack after round 25)
    expect(createEngine({ lemmas: table }).label(['Merzenauer:innen', 'Merzenauer:innen', 'er:innen', 'er:innen'])).not.toMatch(/(^|, )er:innen/);
    const shouted = ['ÄRZT:INNEN SPRECHEN ARABISCH', 'ÄRZT:INNEN NEHMEN SICH ZEIT', 'ÄRZT:INNEN IM KLINIKUM'];
    expect(createEngine({ lemmas: table, oneWordUpTo: 0 }).label(shouted)).toMatch(/ÄRZT:INNEN|Ärzt/i);
  });
});
