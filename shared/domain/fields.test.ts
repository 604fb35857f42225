import { describe, expect, test } from 'vitest';
import { effectLevelForWirkungsstufe, isOverdue } from './fields';

describe('domain rules', () => {
  test('overdue: before today and neither done nor postponed; no date or a broken date never', () => {
    expect(isOverdue('2026-11-24', 'geplant', '2026-11-25')).toBe(true);
    expect(isOverdue('2026-11-24', 'in_arbeit', '2026-11-25')).toBe(true);
    expect(isOverdue('2026-11-25', 'geplant', '2026-11-25')).toBe(false);
    expect(isOverdue('2026-11-24', 'erledigt', '2026-11-25')).toBe(false);
    expect(isOverdue('2026-11-24', 'zurueckgestellt', '2026-11-25')).toBe(false);
    expect(isOverdue(null, 'geplant', '2026-11-25')).toBe(false);
    expect(isOverdue('bald', 'geplant', '2026-11-25')).toBe(false);
  });

  test('Wirkungstreppe: steps 1–3 output, 4–6 outcome, 7 impact', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(effectLevelForWirkungsstufe)).toEqual(['output', 'output', 'output', 'outcome', 'outcome', 'outcome', 'impact']);
  });
});
