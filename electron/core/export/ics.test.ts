import { describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { actionUid, exportIcs, icsFold } from './ics';
import { edgeModel, emptyModel, overdueModel, richModel } from '../../../tests/fixtures/export/model';

describe('iCalendar export', () => {
  it('has one all-day event per due date plus the review, with stable UIDs', () => {
    const ics = exportIcs(richModel);
    const parsed = ical.sync.parseICS(ics);
    const events = Object.values(parsed).filter((e) => e?.type === 'VEVENT') as ical.VEvent[];
    expect(events.length).toBe(richModel.actions.filter((a) => a.due).length + 1);
    const first = events.find((e) => e.uid === actionUid(richModel.actions[0]))!;
    expect(first.summary).toBe('Frist: Leitbild „Weltoffene Kommune“ im Stadtrat beschließen');
    expect(first.datetype).toBe('date');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270630');
    expect(ics).toContain('DTEND;VALUE=DATE:20270701');
    expect(exportIcs(richModel)).toBe(ics); // deterministic
  });

  it('uses CRLF and folds at 75 octets', () => {
    const ics = exportIcs(edgeModel);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const folded = icsFold('DESCRIPTION:' + 'ä'.repeat(100));
    expect(folded.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe('DESCRIPTION:' + 'ä'.repeat(100));
  });

  it('escapes text so hostile content round-trips', () => {
    const parsed = ical.sync.parseICS(exportIcs(edgeModel));
    const events = Object.values(parsed).filter((e) => e?.type === 'VEVENT') as ical.VEvent[];
    const nasty = events.find((e) => e.uid === actionUid(edgeModel.actions[1]))!;
    expect(nasty.uid).toMatch(/^massnahme-nasty%2F1%3Bx%40y-frist@/);
    expect(nasty.summary).toBe('Frist: =HYPERLINK("http://x","y")');
    const desc = String(typeof nasty.description === 'object' ? (nasty.description as { val: string }).val : nasty.description);
    expect(desc).toContain('Zeile 2 mit "Anführungszeichen" und | Pipe\nZeile 3; Semikolon, Komma\\Backslash');
    const long = events.find((e) => e.uid === actionUid(edgeModel.actions[2]))!;
    const longDesc = String(typeof long.description === 'object' ? (long.description as { val: string }).val : long.description);
    expect(longDesc.length).toBeGreaterThan(2000);
    // Invalid due date: no event rather than a wrong one.
    expect(events.find((e) => e.uid === actionUid(edgeModel.actions[3]))).toBeUndefined();
  });

  it('is a valid empty calendar without actions', () => {
    const ics = exportIcs(emptyModel);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(ics).not.toContain('VEVENT');
  });

  it('builds UIDs from the workshop uid, so the same action number in two workshops never collides', () => {
    const uids = (m: typeof richModel) =>
      (Object.values(ical.sync.parseICS(exportIcs(m))).filter((e) => e?.type === 'VEVENT') as ical.VEvent[]).map((e) => e.uid);
    const a = uids(overdueModel);
    const other = { ...overdueModel, workshop: { ...overdueModel.workshop, uid: '9b8c7d6e5f40' } };
    const b = uids(other);
    expect(a).toContain('ws-3f2a9c0b1d4e-massnahme-m-01-frist@selbstcheck-werkstatt.invalid');
    expect(a.some((u) => u.startsWith('ws-3f2a9c0b1d4e-ueberpruefung-'))).toBe(true);
    expect(a.filter((u) => b.includes(u))).toEqual([]);
    expect(uids(overdueModel)).toEqual(a); // stable across exports
    expect(new Set(a).size).toBe(a.length);
    // Without a uid (older callers): the previous form.
    expect(uids(richModel)).toContain('massnahme-m-01-frist@selbstcheck-werkstatt.invalid');
    // Only [A-Za-z0-9-] of the uid reaches the calendar.
    expect(actionUid(richModel.actions[0], 'a b;c@d')).toBe('ws-abcd-massnahme-m-01-frist@selbstcheck-werkstatt.invalid');
  });
});
