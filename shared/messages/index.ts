import { IntlMessageFormat } from 'intl-messageformat';
import { rawMessage, type MessageId } from './core';
import type { Locale, Params } from './define';

export type { Locale, Params } from './define';
export { LOCALES } from './define';
export type { MessageId } from './core';
export { isMessageId } from './core';

const cache = new Map<string, IntlMessageFormat>();

/** Format a catalogue message in a language; falls back to German, then to the id itself. */
export function formatMessage(locale: Locale, id: MessageId | string, params: Params = {}): string {
  const src = rawMessage(locale, id) ?? rawMessage('de', id);
  if (src === undefined) return id;
  const k = `${locale}\u0000${id}`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new IntlMessageFormat(src, locale, undefined, { ignoreTag: true })));
  try {
    return String(f.format(params));
  } catch {
    return src; // a missing parameter must never turn an error message into a crash
  }
}

/** The language of a command-line run: WERKSTATT_LANG, else LC_ALL/LC_MESSAGES/LANG, else German. */
export function cliLocale(env: Record<string, string | undefined>): Locale {
  const v = env.WERKSTATT_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return v.toLowerCase().startsWith('en') ? 'en' : 'de';
}
