import { create } from 'zustand';
import { api } from '../../api/client';

/** The import dialog's state: opened from the Ergebnisse screen or by dropping a file anywhere. */
interface ImportUi {
  open: boolean;
  /** A file dropped onto the window (or chosen) that the dialog should read. */
  file: File | null;
  /** One-line confirmation after a successful import, shown on the Ergebnisse screen. */
  done: string | null;
  show: (file?: File | null) => void;
  hide: () => void;
  setDone: (s: string | null) => void;
}

export const useImportUi = create<ImportUi>((set) => ({
  open: false,
  file: null,
  done: null,
  show: (file = null) => set({ open: true, file }),
  hide: () => set({ open: false, file: null }),
  setDone: (done) => set({ done }),
}));

/** Reads a file as base64 (FileReader's data URL: native, no string building in JS). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const s = String(r.result);
      resolve(s.slice(s.indexOf(',') + 1));
    };
    r.onerror = () => reject(r.error ?? new Error('read error'));
    r.readAsDataURL(file);
  });
}

/** Offers the exchange template (resources/templates) as a download, in Electron and the browser. */
export async function downloadTemplate(format: 'csv' | 'xlsx'): Promise<void> {
  const { fileName, base64 } = await api.call('import.template', { format });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const type = format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
