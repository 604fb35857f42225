import { create } from 'zustand';
import { formatMessage, type MessageId } from '../../../shared/messages';
import type { MessageKey } from '../../../shared/messages/ui';
import { FIELDS, SECTORS, type FieldKey, type SectorKey } from '../../../shared/domain/fields';

export type Locale = 'de' | 'en';

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

// The screen texts are the `ui` area of the one catalogue (shared/messages): ICU MessageFormat with
// the language's plural rules, like errors, import problems and exports.
const ICU = /\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/;

/** True when the message uses ICU plural/select (a unit test checks both languages agree). */
export function isIcuMessage(s: string): boolean {
  return ICU.test(s);
}

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return formatMessage(locale, `ui.${key}` as MessageId, params);
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
