import { useEffect, useState } from 'react';

// German hyphenation for the projector and narrow table cells. Chromium (and so Electron) ships no hyphenation
// dictionaries on Linux/Windows, so CSS `hyphens: auto` alone would break long compounds
// anywhere ("Integrationsbeauf|tragte"). Soft hyphens from the `hyphen` patterns (already used
// for the PDF export) let the browser break them at syllables, with a visible hyphen.
// Loaded lazily, so the patterns never delay the start of the app.

interface Hyphenator {
  hyphenateSync(text: string, options?: { minWordLength?: number }): string;
}
let mod: Hyphenator | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
const cache = new Map<string, string>();

function load(): void {
  loading ??= import('hyphen/de')
    .then((m) => {
      mod = ((m as { default?: Hyphenator }).default ?? m) as Hyphenator;
      for (const l of listeners) l();
    })
    .catch(() => undefined); // without patterns, text still wraps (overflow-wrap)
}

const SHY = '\u00AD';
const VOWEL = /[aeiouäöüyAEIOUÄÖÜY]/;

/**
 * Drops the breaks German typesetting avoids although the patterns allow them: between two
 * vowels ("Informati-on", "Integrati-onsbeirat", "Ide-e"), and any that leave fewer than two
 * letters before or three after the break ("A-bend", "Fami-lie" stays, "Betrie-be" loses it).
 */
export function tidyBreaks(word: string): string {
  const parts = word.split(SHY);
  if (parts.length < 2) return word;
  let out = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const before = out.replaceAll(SHY, '');
    const after = parts.slice(i).join('');
    const ok = !(VOWEL.test(before.at(-1) ?? '') && VOWEL.test(parts[i][0] ?? '')) && before.length >= 2 && after.length >= 3;
    out += (ok ? SHY : '') + parts[i];
  }
  return out;
}

/** The text with soft hyphens in words of 10+ letters (unchanged until the patterns are loaded). */
export function softHyphens(s: string): string {
  if (!mod) return s;
  let r = cache.get(s);
  if (r === undefined) {
    r = s.replace(/\p{L}{10,}/gu, (w) => tidyBreaks(mod!.hyphenateSync(w)));
    if (cache.size > 5000) cache.clear();
    cache.set(s, r);
  }
  return r;
}

/** Re-renders the caller once the patterns are there. */
export function useHyphenation(): boolean {
  const [ready, setReady] = useState(mod !== null);
  useEffect(() => {
    if (mod) return undefined;
    const l = () => setReady(true);
    listeners.add(l);
    load();
    return () => {
      listeners.delete(l);
    };
  }, []);
  return ready;
}

/** Text that may hold long German compounds: breaks at syllables, with a visible hyphen. */
export function Hy({ children }: { children: string | null | undefined }) {
  useHyphenation();
  return <>{softHyphens(children ?? '')}</>;
}
