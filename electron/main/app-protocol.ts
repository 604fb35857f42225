import fs from 'node:fs';
import { decodePath, resolveInside } from '../core/http/target';

export const APP_SCHEME = 'app';
export const APP_HOST = 'werkstatt';

/**
 * Which file an app:// request serves. Total: any string gives a file or a status, never an
 * exception (a throw inside protocol.handle leaves the page with a network error and no answer).
 * Paths are compared after normalising with path.relative (resolveInside), not by string
 * prefix, so `app://werkstatt/../renderer-evil/x` cannot reach a sibling folder.
 */
export function appRequestFile(rawUrl: unknown, rendererDir: string): { file: string } | { status: 400 | 404 } {
  if (typeof rawUrl !== 'string') return { status: 400 };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return { status: 404 };
  const decoded = decodePath(url.pathname || '/');
  if (decoded === null) return { status: 400 };
  const file = resolveInside(rendererDir, decoded === '/' ? '/index.html' : decoded);
  if (!file) return { status: 404 };
  try {
    return fs.statSync(file).isFile() ? { file } : { status: 404 };
  } catch {
    return { status: 404 };
  }
}
