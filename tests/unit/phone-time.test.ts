import { describe, expect, test } from 'vitest';
import { clock, formatCountdown } from '../../shared/agenda/timer';
import { clockTime, countdown } from '../../renderer/phone/time';

describe('phone timer texts', () => {
  test('the same countdown and clock as the projector', () => {
    for (const ms of [0, 1, 999, 1000, 42_000, 59_999, 60_000, 754_321, 1_200_000, 3_599_999, 3_600_000, 3_723_000, 36_000_000]) {
      expect(countdown(ms), String(ms)).toBe(formatCountdown(ms));
    }
    for (const ms of [0, Date.UTC(2026, 10, 30, 13, 5), Date.UTC(2026, 10, 30, 23, 59, 59), Date.now()]) expect(clockTime(ms)).toBe(clock(ms));
  });
});
