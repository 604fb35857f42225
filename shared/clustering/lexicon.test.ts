// Round 5 (domain vocabulary): tricky new stems fire where they should and not where they should not.
import { describe, expect, it } from 'vitest';
import { FeatureStore } from './vectors';
import { stemMatchesWord } from './matcher';

const st = new FeatureStore({ ngramMin: 3, ngramMax: 5, genericWeight: 0.3, questionWeight: 0.5 });
const keys = (text: string) => [...new Set(st.get(text).conceptHits.map((h) => st.concepts[h.concept].key))];

describe('round-5 domain stems', () => {
  it('short stems do not fire inside ordinary words', () => {
    expect(stemMatchesWord('=zug', 'Zugang')).toBe(false); // train, not access
    expect(stemMatchesWord('=zug', 'Zug')).toBe(true);
    expect(stemMatchesWord('=hindu', 'hindurch')).toBe(false);
    expect(stemMatchesWord('=taxi', 'taxieren')).toBe(false);
    expect(stemMatchesWord('=reiten', 'erstreiten')).toBe(false);
    expect(stemMatchesWord('haltung', 'Unterhaltung')).toBe(false);
    expect(stemMatchesWord('haltung', 'Grundhaltung')).toBe(true);
    expect(stemMatchesWord('sozialarbeit', 'Flüchtlingssozialarbeit')).toBe(true);
  });
  it('rural mobility, counselling, donation help and attitude have concepts', () => {
    expect(keys('Rufbus und Bürgerbus am Wochenende')).toEqual(['mobilitaet']);
    expect(keys('Anrufsammeltaxi in die Kreisstadt')).toEqual(['mobilitaet']);
    expect(keys('MBE und JMD beraten vor Ort')).toEqual(['willkommen']);
    expect(keys('Integrationslotsen begleiten Familien')).toEqual(['willkommen']);
    expect(keys('Kleiderkammer und Tafelausgabe')).toEqual(['ehrenamt']);
    expect(keys('Große Hilfsbereitschaft und Offenheit der Bevölkerung')).toEqual(['haltung']);
    expect(keys('Arbeitskreis Integration trifft sich monatlich')).toEqual(['steuerung']);
    expect(keys('Aktives Vereinsleben im Dorf')).toEqual(['ehrenamt']); // club life is volunteering, not Beteiligung
    expect(keys('Starkes Wir-Gefühl im Ort')).toEqual(['haltung']);
    expect(keys('Migrationsfachdienst berät Neuzugewanderte')).toEqual(['willkommen']);
  });
  it('vetoes keep attitudes, opening hours and language courses apart', () => {
    expect(keys('Willkommenskultur')).not.toContain('kultur');
    expect(keys('Lange Öffnungszeiten im Bürgerbüro')).not.toContain('personal');
    expect(keys('Berufssprachkurse der VHS')).not.toContain('arbeit');
    expect(keys('Gewaltfreie Kommunikation')).not.toContain('recht');
    expect(keys('Stammtischparolen widersprechen')).not.toContain('begegnung');
    expect(keys('Hausverwaltung hilft bei Mietfragen')).toEqual(['wohnen']);
    expect(keys('Personalausweis beantragen')).not.toContain('personal'); // an ID card, not staff
    expect(keys('Ausweisung droht')).toEqual(['recht']);
    expect(keys('Kontaktpflege mit Brauchtumsvereinen')).not.toContain('gesundheit'); // pflegen = cultivate
  });
  it('care homes as employers: care jobs and training are Arbeit, care itself is Gesundheit', () => {
    expect(keys('Pflegeausbildung für Geflüchtete')).toEqual(['arbeit']);
    expect(keys('Pflegekräfte aus dem Ausland')).toEqual(['arbeit']);
    expect(keys('Kultursensible Pflege im Altenheim')).toEqual(['gesundheit']);
  });
});

describe('round 22: people are not the language, council members take part', () => {
  it('"deutsche Rentner", "Russlanddeutsche", "für Deutsche" name people; "Deutschkurs", "Deutsch lernen" the language', () => {
    expect(keys('syrische und deutsche Rentner schrauben zusammen')).not.toContain('sprache');
    expect(keys('Russlanddeutsche Familien seit den 90ern fest verwurzelt')).not.toContain('sprache');
    expect(keys('Stammtisch für Polen und Deutsche im Anker')).not.toContain('sprache');
    expect(keys('Bewerbungen ohne deutschen Pass')).not.toContain('sprache');
    expect(keys('Deutschkurs am Abend mit Kinderbetreuung')).toContain('sprache');
    expect(keys('Frauen lernen Deutsch im Stadtteilzentrum')).toContain('sprache');
    expect(keys('Polnischkurs für Deutsche an der VHS')).toContain('sprache'); // the course says it
  });
  it('a councillor and a youth forum are participation', () => {
    expect(keys('Ratsfrau mit Migrationsgeschichte')).toEqual(['beteiligung']);
    expect(keys('Jugendforum: junge Leute reden mit')).toContain('beteiligung');
    expect(keys('Jugendgemeinderat berät den Haushalt')).toContain('beteiligung');
  });
});

describe('round 23: staff housing is housing, a district paper no part-time job', () => {
  it('"Personalhaus", "Personalwohnheim" are Wohnen, not Personal', () => {
    expect(keys('Personalhaus am Möwenweg – 40 Zimmer')).toEqual(['wohnen']);
    expect(keys('WG-Sprecher im Personalwohnheim regeln Streit selbst')).not.toContain('personal');
    expect(keys('Personalabteilung schult interkulturell')).toContain('personal');
  });
  it('"Stadtteilzeitung" is no "Teilzeit"; "Wohnzimmer für alle" no housing', () => {
    expect(keys('Stadtteilzeitung erscheint in 4 Sprachen')).not.toContain('arbeit');
    expect(keys('Teilzeitausbildung für junge Mütter')).toEqual(['arbeit']);
    expect(keys('Bücherei ist Wohnzimmer des Viertels')).not.toContain('wohnen');
  });
  it('neighbourhood funds and offices are under Wohnen (named "Quartier" when a group is mostly them)', () => {
    expect(keys('Verfügungsfonds: Anwohner entscheiden selbst')).toEqual(['wohnen']);
    expect(keys('Stadtteilbüro an der Bruchstraße kennt jeder')).toEqual(['wohnen']);
  });
});

describe('round 24: democracy is the stand against the far right, not participation', () => {
  it('"Runder Tisch Demokratie", "Partnerschaft für Demokratie" are Antidiskriminierung; a council stays Beteiligung', () => {
    expect(keys('Runder Tisch Demokratie, alle Fraktionen bis auf eine')).toContain('antidiskriminierung');
    expect(keys('Partnerschaft für Demokratie fördert kleine Projekte')).toEqual(['antidiskriminierung']);
    expect(keys('Demokratiefest auf dem Marktplatz')).not.toContain('beteiligung');
    expect(keys('Stadtrat hat Leitbild Weltoffenheit beschlossen')).toContain('beteiligung');
  });
});

describe('review after round 24: vetoes and stems on whole words', () => {
  it('"Deutscherwerb" is the language; "deutsche Rentner" are people; "Personalhaushalt" is no housing; "im Quartier" is a place', () => {
    expect(keys('Deutscherwerb in der Kita von Anfang an')).toContain('sprache');
    expect(keys('syrische und deutsche Rentner schrauben zusammen')).not.toContain('sprache');
    expect(keys('Personalhaushalt der Stadt sieht Stellen für Integration vor')).not.toContain('wohnen');
    expect(keys('Nachbarschaftsfest im Quartier')).not.toContain('wohnen');
  });
});
