import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLIND_PATH, FIXTURE_PATH, TUNING2_PATH, parseLabelled, parseThemed } from './data';
import { stemHits, stemsOnlyIn } from './audit';

const items = parseLabelled(readFileSync(join(__dirname, '..', '..', '..', FIXTURE_PATH), 'utf8'));
// Tuning data = the old tuning part + tuning2 (issue #12 round 2) + the old blind set (round 4:
// scored in rounds 1–3, burnt, now tuned on); stems must be backed by it.
const tune = [
  ...items.filter((i) => i.split === 'tune').map((i) => i.text),
  ...parseThemed(readFileSync(join(__dirname, '..', '..', '..', TUNING2_PATH), 'utf8')).map((i) => i.text),
  ...parseThemed(readFileSync(join(__dirname, '..', '..', '..', BLIND_PATH), 'utf8')).map((i) => i.text),
];
const held = items.filter((i) => i.split === 'heldout').map((i) => i.text);

describe('lexicon audit', () => {
  it('finds stems by the cards they hit (compound parts, vetoes applied)', () => {
    const h = stemHits(['Fremdsprachen im Alltag', 'Beratung im Rathaus', 'Interkulturelle Woche']);
    expect(h.get('sprache:sprach')!.hits).toEqual([0]);
    expect(h.get('verwaltung:rathaus')!.hits).toEqual([1]);
    expect(h.get('kultur:kultur')!.hits).toEqual([]); // vetoed: interkulturell is not Kultur
    expect(stemsOnlyIn(['Sprachcafé'], ['Sprachcafé', 'Moscheegemeinde']).map((s) => s.ref.raw)).toEqual(['moschee']);
  });

  // Issue #11.9: stems that hit held-out cards but no tuning card were fitted to the held-out
  // wording and made its figure look better than the method is. They were removed; keep it so.
  it('has no stem that matches only cards of the old held-out part', () => {
    expect(stemsOnlyIn(tune, held).map((s) => `${s.ref.concept}:${s.ref.raw}`)).toEqual([]);
  });
});
