import path from 'node:path';

// Request targets are attacker-controlled text (any web page can make the browser request
// `http://127.0.0.1:PORT/%ff` with an <img>). These helpers never throw: they answer null and the
// caller turns that into a 400/404. Shared by the browser-mode server and the app:// handler.

export interface Target {
  /** Percent-decoded path, always starting with '/', never containing NUL. */
  pathname: string;
  query: URLSearchParams;
}

/**
 * Parses an HTTP request target: origin-form (`/a/b?c`) or absolute-form
 * (`http://host:port/a/b?c`, whose host must be one of `hosts`). Anything else — `*`,
 * authority-form, a bad port, malformed percent escapes, NUL bytes — gives null.
 */
export function parseTarget(target: string, hosts: readonly string[]): Target | null {
  let raw: string;
  let search: string;
  if (target.startsWith('/')) {
    if (target.startsWith('//')) return null; // a scheme-relative form, never from our own pages
    const q = target.search(/[?#]/);
    raw = q < 0 ? target : target.slice(0, q);
    search = q < 0 || target[q] === '#' ? '' : target.slice(q + 1).split('#')[0]!;
  } else if (/^https?:\/\//i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return null;
    }
    if (!hosts.includes(url.host.toLowerCase()) || url.username || url.password) return null;
    raw = url.pathname;
    search = url.search.slice(1);
  } else {
    return null;
  }
  const pathname = decodePath(raw);
  return pathname === null ? null : { pathname, query: new URLSearchParams(search) };
}

/** decodeURIComponent without the URIError; NUL (as %00 or raw) is refused too. */
export function decodePath(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return null;
  return decoded;
}

/**
 * The file for a decoded URL path inside `root`, or null when it would leave `root` (compared
 * with path.relative, not a string prefix: `/srv/app-evil` starts with `/srv/app`).
 */
export function resolveInside(root: string, urlPath: string): string | null {
  if (urlPath.includes('\0')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.sep}${urlPath}`);
  const rel = path.relative(base, file);
  if (!rel || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return file;
}
