import { useRef, useState } from 'react';
import type { SectorKey } from '../../../../shared/domain/fields';
import { api, ApiCallError } from '../../api/client';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';

/**
 * One tally, keyboard first: type a number and press Enter (or leave the field); + / − or the
 * arrow keys count by one. +/− are sent as relative changes (two windows add up); a typed
 * number carries the value it replaces, so a tally changed elsewhere meanwhile is not
 * overwritten (CONFLICT, the typed text stays for a second Enter).
 */
export function TallyCell({ ideaId, sector, value, label }: { ideaId: number; sector: SectorKey | null; value: number; label: string }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const setError = useApp((s) => s.setError);
  const [draft, setDraft] = useState<string | null>(null);
  const seen = useRef<number | null>(null);
  // the text being saved: Enter saves, and leaving the field before the answer must not save it again
  // (the second save would carry the old value and be refused as changed elsewhere)
  const saving = useRef<string | null>(null);

  const step = (delta: number) => void run('votes.tally', { ideaId, sector, delta });
  const commit = async () => {
    if (draft === null) return;
    const txt = draft.trim();
    if (txt === '' || txt === String(value)) {
      setDraft(null);
      return;
    }
    if (saving.current === txt) return;
    const n = /^\d+$/.test(txt) ? Number(txt) : /^-\d+$/.test(txt) ? Number(txt) : txt;
    saving.current = txt;
    try {
      await api.call('votes.tally', { ideaId, sector, set: n as number, expected: seen.current ?? value });
      if (useApp.getState().error) setError(null);
      setDraft(null);
      seen.current = null;
    } catch (e) {
      const err = e instanceof ApiCallError ? e.error : null;
      setError(err ? { ...err } : { message: (e as Error).message });
      // Keep the typed text; after "changed meanwhile" the next Enter replaces the value this answer
      // reports (the live refresh of `value` may still be on its way: comparing with it would refuse again).
      const current = err?.key === 'votes.tallyChanged' ? err.params?.current : undefined;
      seen.current = typeof current === 'number' ? current : null;
    } finally {
      saving.current = null;
    }
  };

  return (
    <span className="tally">
      <button type="button" className="tally-btn" tabIndex={-1} aria-label={`${label}: ${t('prio.minus')}`} disabled={value <= 0} onClick={() => step(-1)}>
        −
      </button>
      <input
        className="tally-input"
        inputMode="numeric"
        aria-label={label}
        data-testid="tally"
        value={draft ?? String(value)}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          if (draft === null) seen.current = value;
          setDraft(e.target.value);
        }}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === '+' || (e.key === 'ArrowUp' && draft === null)) {
            e.preventDefault();
            step(1);
          } else if (e.key === '-' || (e.key === 'ArrowDown' && draft === null)) {
            e.preventDefault();
            if (value > 0) step(-1);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            void commit();
          } else if (e.key === 'Escape') {
            setDraft(null);
          } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && draft === null) {
            // The number is not being edited: Ctrl+Z undoes the last change, as everywhere else.
            e.preventDefault();
            void run(e.shiftKey ? 'history.redo' : 'history.undo', {});
          }
        }}
      />
      <button type="button" className="tally-btn" tabIndex={-1} aria-label={`${label}: ${t('prio.plus')}`} onClick={() => step(1)}>
        +
      </button>
    </span>
  );
}
