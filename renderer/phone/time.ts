// The countdown and clock texts of the phone's timer. The same arithmetic as formatCountdown and
// clock in shared/agenda/timer.ts, kept here on purpose: importing runtime code that the
// facilitator UI also uses makes Vite split it into a shared chunk, and the phone page must stay
// one self-contained script (tests/unit/phone-time.test.ts holds both in step).

/** "12:05", "0:42", "1:02:03" (never negative here: over time is said in words). */
export function countdown(ms: number): string {
  const s = Math.floor(Math.max(0, ms) / 1000 + 0.999);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const p = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${p(m)}:${p(s % 60)}` : `${m}:${p(s % 60)}`;
}

/** "17:20": the local clock time of a moment. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
