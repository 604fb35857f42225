import { useRef, useState } from 'react';

/**
 * Keyboard-first capture: Enter saves and keeps the focus for the next entry, Esc clears.
 * Typing never waits for the server: the field is cleared at once and refilled only on failure.
 */
export function QuickInput({
  placeholder,
  onSubmit,
  label,
  testId,
}: {
  placeholder: string;
  label: string;
  onSubmit: (text: string) => Promise<boolean>;
  testId?: string;
}) {
  const [text, setText] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  return (
    <input
      ref={ref}
      className="quick-input"
      aria-label={label}
      data-testid={testId}
      placeholder={placeholder}
      value={text}
      maxLength={500}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={async (e) => {
        if (e.key === 'Escape') setText('');
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
          e.preventDefault();
          // The field itself, not the state: an Enter right after fast typing may beat the re-render.
          const value = e.currentTarget.value.trim();
          if (!value) return;
          setText('');
          if (!(await onSubmit(value))) setText(value);
          ref.current?.focus();
        }
      }}
    />
  );
}
