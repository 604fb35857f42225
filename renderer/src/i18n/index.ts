import { create } from 'zustand';
import { IntlMessageFormat } from 'intl-messageformat';
import { de, type MessageKey } from './de';
import { en } from './en';
import { FIELDS, SECTORS, type FieldKey, type SectorKey } from '../../../shared/domain/fields';

export type Locale = 'de' | 'en';
const DICTS: Record<Locale, Record<MessageKey, string>> = { de, en };

function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('werkstatt-locale') : null;
  return saved === 'en' ? 'en' : 'de'; // German first, whatever the system says
}

export const useLocale = create<{ locale: Locale; setLocale: (l: Locale) => void }>((set) => ({
  locale: initialLocale(),
  setLocale: (locale) => {
    localStorage.setItem('werkstatt-locale', locale);
    document.documentElement.lang = locale;
    set({ locale });
  },
}));

// Every open window (facilitator, projector, another tab) switches at once: they share the
// origin, so the browser tells each of them when another one changes the stored language.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== 'werkstatt-locale' || (e.newValue !== 'de' && e.newValue !== 'en')) return;
    document.documentElement.lang = e.newValue;
    useLocale.setState({ locale: e.newValue });
  });
}

// Messages with a count use ICU plural syntax ("{n, plural, one {# Schritt} other {# Schritte}}"),
// formatted by intl-messageformat like the shared catalogues; plain messages keep the fast
// {param} replacement (and their apostrophes, which ICU would treat as quotes).
const ICU = /\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/;
const icuCache = new Map<string, IntlMessageFormat>();

/** True when the message is formatted as ICU MessageFormat (a unit test checks both languages agree). */
export function isIcuMessage(s: string): boolean {
  return ICU.test(s);
}

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  let s = DICTS[locale][key] ?? de[key] ?? key;
  if (isIcuMessage(s)) {
    const k = `${locale}\u0000${key}`;
    let f = icuCache.get(k);
    if (!f) icuCache.set(k, (f = new IntlMessageFormat(s, locale, undefined, { ignoreTag: true })));
    try {
      return String(f.format(params ?? {}));
    } catch {
      return s;
    }
  }
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

/** The hook every screen uses; switching language re-renders without a restart. */
export function useT() {
  const locale = useLocale((s) => s.locale);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  return Object.assign(t, {
    locale,
    field: (k: FieldKey | null | undefined) => (k ? (FIELDS.find((f) => f.key === k)?.[locale] ?? k) : ''),
    fieldShort: (k: FieldKey | null | undefined) => (k ? (FIELDS.find((f) => f.key === k)?.short[locale] ?? k) : ''),
    sector: (k: SectorKey | null | undefined) => (k ? (SECTORS.find((s) => s.key === k)?.[locale] ?? k) : ''),
  });
}

export type { MessageKey };
