import { describe, expect, it } from 'vitest';
import { stemMatchesWord } from './matcher';
import { lightStem, normalizeWord, tokenize } from './normalize';
import { FeatureStore } from './vectors';
import { CONCEPTS } from './lexicon';

describe('normalisation', () => {
  it('folds umlauts and ß consistently', () => {
    expect(normalizeWord('Bürgerbeteiligung')).toBe('buergerbeteiligung');
    expect(normalizeWord('Straßenfest')).toBe('strassenfest');
    expect(normalizeWord('ÖFFNUNG')).toBe('oeffnung');
    expect(normalizeWord('Ärzte')).toBe(normalizeWord('Aerzte'));
    expect(normalizeWord('Sprachcafé')).toBe('sprachcafe');
  });
  it('keeps the surface form and splits hyphenated words', () => {
    const t = tokenize('Job-Speed-Dating für Geflüchtete!');
    expect(t.map((x) => x.surface)).toEqual(['Job', 'Speed', 'Dating', 'für', 'Geflüchtete']);
    expect(t.map((x) => x.norm)).toEqual(['job', 'speed', 'dating', 'fuer', 'gefluechtete']);
  });
  it('keeps a gender form as one word ("Ärzt:innen"), written as on the card', () => {
    const forms = ['Ärzt:innen', 'Lehrer*innen', 'Schüler_in', 'Bürger/-innen', 'Mitarbeiter:Innen', 'Kolleg·innen'];
    for (const f of forms) expect(tokenize(`Dank an ${f}!`).map((x) => x.surface)).toEqual(['Dank', 'an', f]);
    expect(tokenize('Ärzt:innen')[0].norm).toBe('aerztinnen');
    expect(lightStem(tokenize('Ärzt*innen')[0].norm)).toBe(lightStem('aerzte'));
    expect(tokenize('ÄRZT:INNEN, Bürger/innen').map((x) => x.surface)).toEqual(['ÄRZT:INNEN', 'Bürger/innen']);
    // a compound on the gender form stays whole: "innenvertretung" would be a torn word
    expect(tokenize('Schüler:innenvertretung, Lehrer*innenzimmer').map((x) => x.norm)).toEqual(['schuelerinnenvertretung', 'lehrerinnenzimmer']);
    // a slash between words still separates them, also before the preposition "in"
    expect(tokenize('in/an der Schule, 24/7 offen').map((x) => x.surface)).toEqual(['in', 'an', 'der', 'Schule', '24', '7', 'offen']);
    expect(tokenize('an/in der Schule, Rathaus/in der Unterkunft').map((x) => x.surface)).toEqual([
      'an',
      'in',
      'der',
      'Schule',
      'Rathaus',
      'in',
      'der',
      'Unterkunft',
    ]);
    // each token knows where it starts (labels look at what stands between two words)
    expect(tokenize('Kleiderkammer, Tauschbörse').map((x) => x.start)).toEqual([0, 15]);
  });
  it('light stemming brings inflected forms together', () => {
    expect(lightStem('helferinnen')).toBe(lightStem('helfer'));
    expect(lightStem('helfern')).toBe(lightStem('helfer'));
    expect(lightStem('schulen')).toBe(lightStem('schule'));
  });
});

describe('stem matching at word or compound-part start only', () => {
  it('"rat" fires at a word start or compound part, not inside a word', () => {
    expect(stemMatchesWord('rat', 'Ratsentscheidungen')).toBe(true);
    expect(stemMatchesWord('rat', 'Integrationsrat')).toBe(true);
    expect(stemMatchesWord('rat', 'Stadtrat')).toBe(true);
    expect(stemMatchesWord('rat', 'Beratung')).toBe(false);
    expect(stemMatchesWord('rat', 'Integration')).toBe(false);
    expect(stemMatchesWord('rat', 'Generation')).toBe(false);
  });
  it('"sprach" fires in Sprachpaten and Fremdsprachen; "sport" not in Transport', () => {
    expect(stemMatchesWord('sprach', 'Sprachpaten')).toBe(true);
    expect(stemMatchesWord('sprach', 'Fremdsprachen')).toBe(true);
    expect(stemMatchesWord('sport', 'Transport')).toBe(false);
    expect(stemMatchesWord('sport', 'Sportverein')).toBe(true);
    expect(stemMatchesWord('beirat', 'Integrationsbeirat')).toBe(true);
  });
  it('umlauts in the card match ae/oe/ue stems', () => {
    expect(stemMatchesWord('begruess', 'Begrüßungspaket')).toBe(true);
    expect(stemMatchesWord('fuehrungskraeft', 'Führungskräfte')).toBe(true);
  });
  it('the engine maps cards to lexicon concepts, with vetoes', () => {
    const st = new FeatureStore({ ngramMin: 3, ngramMax: 5, genericWeight: 0.3, questionWeight: 0.5 });
    const keys = (text: string) => [...st.get(text).concepts.ids].map((i) => st.concepts[i].key);
    expect(keys('Sprachpaten begleiten Neuzugewanderte')).toContain('sprache');
    expect(keys('Integrationsbeirat wird bei Ratsentscheidungen gehört')).toContain('beteiligung');
    expect(keys('Kostenlose Beratung im Ehrenamt')).not.toContain('beteiligung');
    expect(keys('Ehrenamtliche im Helferkreis')).not.toContain('verwaltung'); // "amt" vetoed in Ehrenamt
    expect(keys('Interkulturelle Schulungen')).not.toContain('kultur');
    expect(keys('Feste Anlaufstelle im Jobcenter')).toContain('arbeit');
    expect(keys('Deutschlandticket für alle Azubis')).not.toContain('sprache');
    expect(keys('Deutschkurs am Abend')).toContain('sprache');
  });
  it('a long stem after an unknown first part still counts, without overlaps or false friends (innerStems)', () => {
    const on = new FeatureStore({ ngramMin: 3, ngramMax: 5, genericWeight: 0.3, questionWeight: 0.5, innerStems: 6 });
    const off = new FeatureStore({ ngramMin: 3, ngramMax: 5, genericWeight: 0.3, questionWeight: 0.5 });
    const keys = (st: FeatureStore, text: string) => [...new Set(st.get(text).conceptHits.map((h) => st.concepts[h.concept].key))];
    expect(keys(on, 'Integartionsbeirat')).toEqual(['beteiligung']); // typo in the first part
    expect(keys(off, 'Integartionsbeirat')).toEqual([]);
    expect(keys(on, 'Straßenfußballturnier')).toEqual(['sport']);
    expect(keys(on, 'Teilzeitausbildung')).toEqual(['arbeit']); // not also "bildung" inside "ausbild|ung"
    expect(keys(on, 'Asylbewerber')).toEqual([]); // no job applicant
    expect(keys(on, 'Kleiderkammer')).toEqual(['ehrenamt']); // no chamber of trade: a donated-clothes room run by volunteers (round 5)
    expect(keys(on, 'Beratung')).toEqual([]); // short stems ("rat") never fire inside a word
  });
  it('every lexicon stem is normalised (no umlauts, ß or capitals)', () => {
    for (const c of CONCEPTS) for (const s of c.stems) expect(s.replace(/^[=^]/, '')).toMatch(/^[a-z0-9 ]+$/); // digits: language levels (=b1)
  });
});
