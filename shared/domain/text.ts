// Text that reaches the workshop is read by people (projector, phones, exports): characters
// nobody can see must not carry meaning there. Control characters (but tab and line breaks) and
// invisible format characters — zero-width spaces, soft hyphens, bidi embeddings, overrides and
// isolates, the BOM, tag characters — are removed from the text of every request before it is
// validated, so "\u200b" alone is an empty text, "Idi\u00adot" is the word it looks like, and an
// RTL override cannot reorder a card. What spelling needs stays: the zero-width non-joiner and
// joiner between letters (Persian "می‌خواهم", Indic conjuncts), the joiner inside an emoji (👩‍🏫),
// the bidi marks that order mixed Arabic or Hebrew text (LRM, RLM, ALM), and the tag sequences of
// subdivision flags (🏴 Scotland). File paths are never touched (PATH_KEYS).

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cf}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
const BIDI_MARKS = new Set(['\u200e', '\u200f', '\u061c']);
const PICTURE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]/u;
const LETTER = /[\p{L}\p{M}]/u;
// 🏴 + tag letters or digits + cancel tag: a subdivision flag; tags anywhere else hide text
const FLAG = /\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,8}\u{E007F}/gu;

/** The code point ending just before index `at`, or a space at the start. */
function before(all: string, at: number): string {
  if (at <= 0) return ' ';
  const low = all.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return String.fromCodePoint(all.codePointAt(start) ?? 0x20);
}

function cleanPart(s: string): string {
  return s.replace(INVISIBLE_ALL, (ch: string, at: number, all: string) => {
    if (BIDI_MARKS.has(ch)) return ch;
    if (ch === '\u200c' || ch === '\u200d') {
      const prev = before(all, at);
      const next = String.fromCodePoint(all.codePointAt(at + 1) ?? 0x20);
      if (LETTER.test(prev) && LETTER.test(next)) return ch;
      if (ch === '\u200d' && PICTURE.test(prev) && PICTURE.test(next)) return ch;
    }
    return '';
  });
}

/** `s` without control and invisible format characters (tab, line feed and carriage return stay). */
export function cleanText(s: string): string {
  if (!INVISIBLE.test(s)) return s;
  let out = '';
  let last = 0;
  for (const m of s.matchAll(FLAG)) {
    out += cleanPart(s.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + cleanPart(s.slice(last));
}

/** Request fields that hold file or folder paths (and names of files): a path names what is on disk, as it is. */
export const PATH_KEYS: ReadonlySet<string> = new Set(['file', 'dir', 'sources', 'fileName', 'path']);

/**
 * Cleans every text of a parsed request (objects and arrays, in place, without recursion so a
 * deeply nested body cannot exhaust the stack) and returns it; values under PATH_KEYS stay as
 * they are. Own keys only: an own property named "__proto__" from JSON.parse is written as that
 * property, never as the prototype. A frozen object is left as it is.
 */
export function cleanInput<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  const stack: unknown[] = [value];
  const seen = new Set<unknown>(); // a structured clone over IPC may hold cycles
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    const o = v as Record<string, unknown>;
    const frozen = Object.isFrozen(o);
    for (const k of Object.keys(o)) {
      if (!Array.isArray(o) && PATH_KEYS.has(k)) continue;
      const x = o[k];
      if (typeof x === 'string') {
        const c = cleanText(x);
        if (c !== x && !frozen) o[k] = c;
      } else if (x !== null && typeof x === 'object') stack.push(x);
    }
  }
  return value;
}
