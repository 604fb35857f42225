import { create } from 'zustand';
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

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  let s = DICTS[locale][key] ?? de[key] ?? key;
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

/** The hook every screen uses; switching language re-renders without a restart. */
export function useT() {
  const locale = useLocale((s) => s.locale);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  return Object.assign(t, {
    locale,
    field: (k: FieldKey | null | undefined) => (k ? FIELDS.find((f) => f.key === k)?.[locale] ?? k : ''),
    fieldShort: (k: FieldKey | null | undefined) => (k ? FIELDS.find((f) => f.key === k)?.short[locale] ?? k : ''),
    sector: (k: SectorKey | null | undefined) => (k ? SECTORS.find((s) => s.key === k)?.[locale] ?? k : ''),
  });
}

export type { MessageKey };
