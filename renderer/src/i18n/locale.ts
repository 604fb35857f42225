import type { Locale } from '../../../shared/messages';

/** The language chosen in this window (German unless the user switched), for code outside React. */
export function currentLocale(): Locale {
  try {
    return localStorage.getItem('werkstatt-locale') === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}
