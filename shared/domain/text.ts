// Text that reaches the workshop is read by people (projector, phones, exports): characters
// nobody can see must not carry meaning there. Control characters (but tab and line breaks) and
// invisible format characters — zero-width spaces and joiners, soft hyphens, bidi overrides, the
// BOM — are removed from every input string before it is validated, so "\u200b" alone is an
// empty text, "Idi\u00adot" is the word it looks like, and an RTL override cannot reorder a card.
// A zero-width joiner inside an emoji sequence (👩‍🏫) stays: there it is part of one picture.

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cf}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
const PICTURE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]/u;

/** `s` without control and invisible format characters (tab, line feed and carriage return stay). */
export function cleanText(s: string): string {
  if (!INVISIBLE.test(s)) return s;
  return s.replace(INVISIBLE_ALL, (ch: string, at: number, all: string) => {
    if (ch !== '\u200d') return '';
    const before = String.fromCodePoint(all.codePointAt(at - 1 >= 0 && /[\udc00-\udfff]/.test(all[at - 1]) ? at - 2 : at - 1) ?? 0x20);
    const after = String.fromCodePoint(all.codePointAt(at + 1) ?? 0x20);
    return PICTURE.test(before) && PICTURE.test(after) ? ch : '';
  });
}

/**
 * Cleans every string in a parsed request (objects and arrays, in place, without recursion so a
 * deeply nested body cannot exhaust the stack) and returns it. Own keys only: an own property
 * named "__proto__" from JSON.parse is written as that property, never as the prototype.
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
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (typeof x === 'string') {
        const c = cleanText(x);
        if (c !== x) o[k] = c;
      } else if (x !== null && typeof x === 'object') stack.push(x);
    }
  }
  return value;
}
