import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n';
import { formatDate } from '../format';

/**
 * A date typed the German way (24.11.2026; also 24.11.26 or 2026-11-24), stored as ISO.
 * A plain text field rather than <input type=date>: the browser's picker follows the system
 * locale (often en-US in a kiosk browser), so 11/24/2026 would show up in a German plan.
 */
export function parseDate(s: string): string | null | undefined {
  const v = s.trim();
  if (!v) return null;
  let y: number, m: number, d: number;
  let hit = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(v);
  if (hit) {
    d = Number(hit[1]);
    m = Number(hit[2]);
    y = Number(hit[3]);
    if (hit[3].length === 2) y += 2000;
  } else if ((hit = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v))) {
    y = Number(hit[1]);
    m = Number(hit[2]);
    d = Number(hit[3]);
  } else return undefined;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const dt = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(dt.getTime()) && dt.toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * A date typed the German way. A date that does not exist (31.02.2027) or cannot be read is
 * refused with a message under the field and never passed on: the value stays what it was, and
 * forms check `isBadDate` before they save, so it is never stored as "no date".
 */
export function DateField({
  value,
  onChange,
  id,
  locale,
  testId,
  onCommit,
  required,
  'aria-label': ariaLabel,
}: {
  value: string; // ISO or ''
  onChange: (iso: string) => void;
  onCommit?: () => void;
  id?: string;
  locale: 'de' | 'en';
  testId?: string;
  required?: boolean;
  'aria-label'?: string;
}) {
  const t = useT();
  const msgId = useId();
  const [text, setText] = useState(formatDate(value, locale));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setText(formatDate(value, locale));
    setBad(false);
  }, [value, locale]);
  const apply = () => {
    const iso = parseDate(text);
    if (iso === undefined) return setBad(true);
    setBad(false);
    if ((iso ?? '') !== value) onChange(iso ?? '');
    else setText(formatDate(value, locale));
  };
  return (
    <>
      <input
        id={id}
        data-testid={testId}
        className={`date-field${bad ? ' is-bad' : ''}`}
        inputMode="numeric"
        autoComplete="off"
        placeholder={locale === 'de' ? 'TT.MM.JJJJ' : 'YYYY-MM-DD'}
        value={text}
        required={required}
        aria-invalid={bad || undefined}
        aria-label={ariaLabel}
        aria-describedby={bad ? msgId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          // the message goes while typing, once the text is a date: were it to go on blur, the
          // layout would shift under the pointer between mousedown and click, and the click on
          // "Speichern" that caused the blur would land elsewhere
          if (bad && parseDate(e.target.value) !== undefined) setBad(false);
        }}
        onBlur={() => {
          apply();
          onCommit?.();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
      />
      {bad && (
        <span id={msgId} className="date-problem" role="alert" data-testid="date-problem">
          {t('date.invalid', { text: text.trim() })}
        </span>
      )}
    </>
  );
}

/** True when a date field in `root` holds text that is not a date (forms refuse to save then). */
export function firstBadDate(root: ParentNode | null | undefined): HTMLInputElement | null {
  for (const el of root?.querySelectorAll<HTMLInputElement>('input.date-field') ?? []) if (parseDate(el.value) === undefined) return el;
  return null;
}
