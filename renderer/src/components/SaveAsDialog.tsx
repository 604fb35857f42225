import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApp } from '../stores/app';
import { useT } from '../i18n';

/** Browser mode has no native file dialog: "Speichern unter" takes a path on this machine. */
export function SaveAsDialog({ open, onClose, current }: { open: boolean; onClose: () => void; current: string }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const ref = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState(current.replace(/\.werkstatt$/, ' (Kopie).werkstatt'));
  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if ((await run('workshop.saveAs', { file: file.trim() })) !== null) onClose();
  };
  return (
    <dialog ref={ref} className="dialog" onClose={onClose} aria-labelledby="saveas-h">
      <h2 id="saveas-h">{t('shell.saveAs')}</h2>
      <form onSubmit={submit} className="form">
        <label>
          {t('shell.saveAsPath')}
          <input value={file} onChange={(e) => setFile(e.target.value)} autoFocus />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('shell.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('shell.saveAsGo')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
