import { api } from '../../api/client';
import type { Output } from '../../../../shared/api';
import type { ExportFormatKey } from '../../../../shared/api/export';

/** Hands bytes to the browser as a download (a[download] + Blob); Electron shows its save dialog. */
export function saveBytes(out: Output<'export.render'>): void {
  const bin = atob(out.base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: out.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = out.fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const renderExport = (format: ExportFormatKey, locale: 'de' | 'en') => api.call('export.render', { format, locale });
