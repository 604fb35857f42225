import { describe, expect, it } from 'vitest';
import { parseClock } from './clock';

describe('parseClock', () => {
  it('reads 24-hour times the German way', () => {
    expect(parseClock('14:30')).toBe('14:30');
    expect(parseClock(' 9:05 ')).toBe('09:05');
    expect(parseClock('14.30')).toBe('14:30');
    expect(parseClock('1430')).toBe('14:30');
    expect(parseClock('930')).toBe('09:30');
    expect(parseClock('14')).toBe('14:00');
    expect(parseClock('0:00')).toBe('00:00');
    expect(parseClock('23:59')).toBe('23:59');
  });
  it('empty is no time', () => {
    expect(parseClock('')).toBeNull();
    expect(parseClock('   ')).toBeNull();
  });
  it('refuses what is not a time', () => {
    for (const s of ['24:00', '12:60', '9:5', '2 PM', '02:00 PM', '14:30:00', 'abc', '-1']) expect(parseClock(s)).toBeUndefined();
  });
});
