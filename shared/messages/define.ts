// One message catalogue per area, German and English, in ICU MessageFormat (plural rules from
// Intl.PluralRules via intl-messageformat): "{count, plural, one {# Karte} other {# Karten}}".
// An area file declares `de` and `en` with `catalog()`: the type system then requires every key
// in both languages.
export type Locale = 'de' | 'en';
export const LOCALES: readonly Locale[] = ['de', 'en'];
export type Params = Record<string, string | number>;

export function catalog<K extends string>(de: Record<K, string>, en: NoInfer<Record<K, string>>): { de: Record<K, string>; en: Record<K, string> } {
  return { de, en };
}
