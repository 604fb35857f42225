import type React from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { EXPORT_FORMAT_KEYS, type ExportFormatKey } from '../../../../shared/api/export';
import { ApiCallError } from '../../api/client';
import { useT } from '../../i18n';
import { useApp } from '../../stores/app';
import { renderExport, saveBytes } from './download';
import './plan.css';

/**
 * "Exportieren …": a small menu of the six formats. Works from any phase (it only reads).
 * Keyboard: Enter/Space opens, arrows move, Esc closes and returns focus to the button.
 */
export function ExportMenu({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const setError = useApp((s) => s.setError);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ExportFormatKey | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onDoc = (e: MouseEvent) => {
      if (!menu.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDoc);
    return () => document.removeEventListener('mousedown', onDoc);
  }, [open]);

  const run = async (format: ExportFormatKey) => {
    setOpen(false);
    setBusy(format);
    setDone(null);
    try {
      const out = await renderExport(format, t.locale);
      saveBytes(out);
      setDone(out.fileName);
      setError(null);
    } catch (e) {
      setError({ message: (e as Error).message, code: e instanceof ApiCallError ? e.code : undefined });
    } finally {
      setBusy(null);
      button.current?.focus();
    }
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      items[(i + 1) % items.length]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i - 1 + items.length) % items.length]?.focus();
    } else if (e.key === 'Home') {
      e.preventDefault();
      items[0]?.focus();
    } else if (e.key === 'End') {
      e.preventDefault();
      items[items.length - 1]?.focus();
    }
  };

  return (
    <div className={`export-menu${compact ? ' compact' : ''}`}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={id}
        data-testid={compact ? 'export-header' : 'export-button'}
        // aria-disabled, not disabled: a disabled button cannot take the focus back when the export ends
        onClick={() => busy === null && setOpen((o) => !o)}
        aria-disabled={busy !== null}
      >
        {busy ? t('export.working', { format: busy.toUpperCase() }) : t('export.button')}
      </button>
      {open && (
        <ul ref={menu} id={id} role="menu" aria-label={t('export.menu')} className="export-list" onKeyDown={onMenuKey}>
          {EXPORT_FORMAT_KEYS.map((f) => (
            <li key={f} role="none">
              <button type="button" role="menuitem" data-format={f} onClick={() => void run(f)}>
                {t(`export.${f}`)}
              </button>
            </li>
          ))}
          <li role="none" className="export-note">
            {t('export.personal')}
          </li>
        </ul>
      )}
      {!compact && (
        <span className="export-status" role="status">
          {busy ? t('export.working', { format: busy.toUpperCase() }) : done ? t('export.done', { file: done }) : ''}
        </span>
      )}
    </div>
  );
}
