import { useEffect, useRef, useState } from 'react';
import { FIELDS, SECTORS, type FieldKey, type SectorKey } from '../../../../shared/domain/fields';
import type { DuplicateMatch } from '../../../../shared/api/cards';
import { api, ApiCallError } from '../../api/client';
import { useApp } from '../../stores/app';
import { useBoardStore } from '../../stores/data';
import { useResource } from '../../stores/resource';
import { useT } from '../../i18n';
import { SectorTag } from '../../components/SectorTag';
import { SECTOR_KEYS_BY_LETTER, statusHolds, toggleSector } from './board';
import { flashCard, say, useBoardUi } from './ui';
import { TableChoice, useChosenTableId } from './TableChoice';

interface Pending {
  text: string;
  match: DuplicateMatch;
}

/**
 * Keyboard-first capture: Enter saves and keeps the focus; field and sector stick between cards;
 * Alt+V/P/Z/W/S picks the sector. Before saving, exact and near duplicates are offered for merging.
 */
export function CaptureBar() {
  const t = useT();
  const setError = useApp((s) => s.setError);
  const status = useBoardUi((s) => s.status);
  const refs = useBoardUi((s) => s.statusRefs);
  const board = useResource(useBoardStore).data;
  // A message the board no longer bears out (a card deleted, a move or rename undone, here or in
  // another window) disappears. It may not hold yet (the board reloads just after the action): it
  // shows once it does, and goes for good once it no longer does, so a redo does not bring it back.
  const statusAlive = !board || statusHolds(refs, board);
  const held = useRef(false);
  useEffect(() => {
    held.current = false;
  }, [status, refs]);
  useEffect(() => {
    if (!status) return;
    if (statusAlive) held.current = true;
    else if (held.current) say();
  }, [status, refs, statusAlive]);
  const [text, setText] = useState('');
  const [field, setField] = useState<FieldKey | null>(null);
  const [sector, setSector] = useState<SectorKey | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  // the table of a pile of paper cards: chosen once, kept for every card typed after it
  const tableId = useChosenTableId();

  // Alt+letter picks the sector from anywhere on this screen.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const s = SECTOR_KEYS_BY_LETTER[e.key.toLowerCase()] ?? SECTOR_KEYS_BY_LETTER[e.code.replace(/^Key/, '').toLowerCase()];
      if (!s) return;
      e.preventDefault();
      setSector((cur) => toggleSector(cur, s));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function save(value: string, allowDuplicate = false): Promise<boolean> {
    try {
      const card = await api.call('cards.add', { text: value, field, sector, allowDuplicate, tableId });
      if (useApp.getState().error) setError(null);
      say(card.joined ? t(card.joined.isNew ? 'board.savedNew' : 'board.saved', { label: card.joined.label }) : '', {
        cards: [card.id],
        clusters: card.joined ? [card.joined.clusterId] : [],
      });
      flashCard(card.id);
      return true;
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CONFLICT') setProblem(e.message);
      else setError({ message: (e as Error).message, code: e instanceof ApiCallError ? e.code : undefined });
      return false;
    }
  }

  // Typing never waits for the server: the field is cleared at once and saves run one after another.
  const queue = useRef<Promise<void>>(Promise.resolve());
  function submit(value: string) {
    const v = value.trim();
    if (!v) return setProblem(t('board.emptyText'));
    if (v.length > 500) return setProblem(t('board.tooLong', { n: v.length }));
    setText('');
    queue.current = queue.current.then(async () => {
      try {
        const { matches } = await api.call('cards.checkDuplicate', { text: v });
        if (matches.length) {
          setPending({ text: v, match: matches[0] });
          return;
        }
        if (!(await save(v))) setText((cur) => cur || v);
      } catch (e) {
        setError({ message: (e as Error).message });
        setText((cur) => cur || v);
      }
    });
  }

  async function merge() {
    if (!pending) return;
    const m = pending.match;
    const patch: { id: number; field?: FieldKey; sector?: SectorKey; tableId?: number } = { id: m.id };
    const existing = useBoardStore.getState().data?.cards.find((c) => c.id === m.id);
    if (field && !existing?.field) patch.field = field;
    if (sector && !existing?.sector) patch.sector = sector;
    if (tableId !== null && existing && existing.tableId === null) patch.tableId = tableId;
    if (patch.field || patch.sector || patch.tableId) await useApp.getState().run('cards.update', patch);
    const dropped = pending.text;
    setPending(null);
    setText((cur) => (cur.trim() === dropped ? '' : cur));
    say(t('board.merged', { text: m.text }), { cards: [m.id] });
    flashCard(m.id);
    document.querySelector(`[data-card-id="${m.id}"]`)?.scrollIntoView({ block: 'nearest' });
    ref.current?.focus();
  }

  async function addAnyway() {
    if (!pending) return;
    const v = pending.text;
    setPending(null);
    setText((cur) => (cur.trim() === v ? '' : cur));
    if (!(await save(v, true))) setText((cur) => cur || v);
    ref.current?.focus();
  }

  async function pasteMany(lines: string[]) {
    const made: number[] = [];
    let skipped = 0;
    say();
    for (const line of lines) {
      try {
        made.push((await api.call('cards.add', { text: line.slice(0, 500), field, sector, tableId })).id);
      } catch (e) {
        if (e instanceof ApiCallError && e.code === 'CONFLICT') skipped++;
        else {
          setError({ message: (e as Error).message });
          break;
        }
      }
    }
    say(t('board.pastedMany', { n: made.length, skipped }), { cards: made });
  }

  const len = text.trim().length;
  return (
    <div className="capture" role="group" aria-label={t('board.capture')}>
      <div className="capture-row">
        <input
          ref={ref}
          className="quick-input capture-input"
          aria-label={t('cards.placeholder')}
          data-testid="card-input"
          placeholder={t('cards.placeholder')}
          value={text}
          lang="de"
          aria-describedby="capture-hint"
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            setText(e.target.value);
            if (problem) setProblem(null);
          }}
          onPaste={(e) => {
            const lines = e.clipboardData
              .getData('text')
              .split(/\r?\n/)
              .map((l) => l.trim())
              .filter(Boolean);
            if (lines.length > 1) {
              e.preventDefault();
              void pasteMany(lines);
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              if (pending) {
                // back to editing: the text returns to the field
                const back = pending.text;
                setPending(null);
                setText((cur) => cur || back);
              } else setText('');
              setProblem(null);
            }
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              // Read the field itself, not the state: a fast typist's Enter can arrive before React
              // has re-rendered with the last keystrokes, and the card would be lost as "empty".
              const raw = e.currentTarget.value;
              const v = raw.trim();
              // A duplicate question is answered first (unless a different next card is already typed).
              if (pending && (v === '' || v === pending.text)) void (e.shiftKey ? addAnyway() : merge());
              else submit(raw);
            }
          }}
        />
        <TableChoice label={t('tables.choose')} className="capture-table" testId="capture-table" onField={setField} />
        <select
          aria-label={t('cards.field')}
          value={field ?? ''}
          onChange={(e) => setField((e.target.value || null) as FieldKey | null)}
          data-testid="capture-field"
        >
          <option value="">{t('board.fieldAny')}</option>
          {FIELDS.map((f) => (
            <option key={f.key} value={f.key}>
              {f.number} {t.fieldShort(f.key)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('cards.sector')}
          value={sector ?? ''}
          onChange={(e) => setSector((e.target.value || null) as SectorKey | null)}
          data-testid="capture-sector"
        >
          <option value="">{t('board.sectorAny')}</option>
          {SECTORS.map((s) => (
            <option key={s.key} value={s.key}>
              {s.letter} · {t.sector(s.key)}
            </option>
          ))}
        </select>
        {sector && <SectorTag sector={sector} />}
      </div>
      <p className="hint capture-hint" id="capture-hint">
        {t('board.captureHint')}
        {len > 400 && <span className={len > 500 ? 'capture-count is-over' : 'capture-count'}> · {len}/500</span>}
      </p>
      {problem && (
        <p className="capture-problem" role="alert" data-testid="capture-problem">
          {problem}
        </p>
      )}
      {pending && (
        <div className="dup-panel" role="alert" data-testid="duplicate-warning">
          <p>
            <strong>{t(pending.match.exact ? 'board.dupExact' : 'board.dupNear')}</strong> <q lang="de">{pending.match.text}</q>
            {pending.match.clusterLabel && <> {t('board.dupIn', { label: pending.match.clusterLabel })}</>}
          </p>
          <div className="dup-actions">
            <button type="button" className="primary" onClick={() => void merge()} title={t('board.dupMergeHint')}>
              {t('board.dupMerge')}
            </button>
            <button type="button" onClick={() => void addAnyway()} aria-keyshortcuts="Shift+Enter">
              {t('board.dupAdd')} <kbd>{t('board.dupAddHint')}</kbd>
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const back = pending.text;
                setPending(null);
                setText((cur) => cur || back);
                ref.current?.focus();
              }}
            >
              {t('board.dupEdit')}
            </button>
          </div>
          <p className="hint">{t('board.dupMergeHint')}</p>
        </div>
      )}
      <p className="capture-status" role="status" aria-live="polite" data-testid="capture-status">
        {statusAlive ? status : ''}
      </p>
    </div>
  );
}
