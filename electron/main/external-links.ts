// Which addresses the app may hand to the system browser (shell.openExternal). openExternal with
// an attacker's string can start any registered protocol handler (file:, smb:, ms-msdt:, custom
// app schemes), so only https links the app itself shows are allowed, compared after URL
// parsing: exact origin (scheme, punycode host, port) and a path prefix ending in '/'.
// The app links to no outside page yet; add an entry here when a screen gets one.
export interface ExternalLink {
  origin: string;
  /** '/' for the whole site; otherwise a folder ending in '/' or one exact path. */
  path: string;
}

export const EXTERNAL_LINKS: readonly ExternalLink[] = [
  // The programme the self-check belongs to (for a help or "about" link).
  { origin: 'https://www.weltoffene-kommune.de', path: '/' },
];

/** The normalised address to open, or null when it is not on the list. Never throws. */
export function allowedExternalUrl(raw: unknown, list: readonly ExternalLink[] = EXTERNAL_LINKS): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  const ok = list.some((l) => url.origin === l.origin && (l.path.endsWith('/') ? url.pathname.startsWith(l.path) : url.pathname === l.path));
  return ok ? url.href : null;
}
