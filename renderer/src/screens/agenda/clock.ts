/**
 * A start time typed the German way, stored as "HH:MM" (24 hours). Also read: "9:05", "14.30",
 * "1430", "14" (= 14:00). Empty is "no time" (null); anything else, like "9:5", "24:00" or
 * "2 PM", is undefined: refused with a message and not saved.
 */
export function parseClock(s: string): string | null | undefined {
  const v = s.trim();
  if (!v) return null;
  const hit = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(v);
  if (!hit) return undefined;
  const h = Number(hit[1]);
  const min = Number(hit[2] ?? '0');
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
