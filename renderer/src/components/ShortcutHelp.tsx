import { useEffect, useRef } from 'react';
import { useT, type MessageKey } from '../i18n';

const KEYS: [string, MessageKey][] = [
  ['Enter', 'keys.enter'],
  ['Esc', 'keys.esc'],
  ['Strg+Z', 'keys.undo'],
  ['Strg+Umschalt+Z / Strg+Y', 'keys.redo'],
  ['Alt+1 … Alt+5', 'keys.phase'],
  ['Tab / Umschalt+Tab', 'keys.tab'],
  ['Alt+V / P / Z / W / S', 'board.keySector'],
  ['Leertaste · Pfeiltasten · Leertaste', 'board.keyDrag'],
  ['F2 / Entf', 'board.keyEdit'],
  ['M', 'board.keyMove'],
  ['Ü / Enter', 'suggest.keyAdopt'],
  ['?', 'keys.help'],
];

/** The `?` overview. A native <dialog>: focus is trapped and Esc closes it. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" onClose={onClose} aria-labelledby="keys-h">
      <h2 id="keys-h">{t('keys.title')}</h2>
      <table className="table">
        <tbody>
          {KEYS.map(([k, m]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{t.locale === 'en' ? k.replace('Strg', 'Ctrl').replace('Umschalt', 'Shift') : k}</kbd>
              </th>
              <td>{t(m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="primary">
          OK
        </button>
      </form>
    </dialog>
  );
}
