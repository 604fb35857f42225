import { describe, expect, test } from 'vitest';
import { cleanInput, cleanText } from './text';

describe('invisible characters never reach the workshop', () => {
  test('control and format characters go; tab, line breaks, umlauts, other scripts and emoji stay', () => {
    expect(cleanText('\u200b\u2060')).toBe('');
    expect(cleanText('a\u0000b\u001b[31m')).toBe('ab[31m');
    expect(cleanText('Idi\u200bot I\u00addiot')).toBe('Idiot Idiot');
    expect(cleanText('x\u202eabc\u2066')).toBe('xabc');
    expect(cleanText('\ufeffBOM')).toBe('BOM');
    expect(cleanText('Zeile 1\r\nZeile 2\tTab')).toBe('Zeile 1\r\nZeile 2\tTab');
    expect(cleanText('Ärger über Öffnungszeiten, ß')).toBe('Ärger über Öffnungszeiten, ß');
    expect(cleanText('مرحبا Привет')).toBe('مرحبا Привет');
    // the joiner inside an emoji sequence is part of the picture; elsewhere it goes
    expect(cleanText('👩\u200d🏫 Lehrerin, ❤️\u200d🔥')).toBe('👩\u200d🏫 Lehrerin, ❤️\u200d🔥');
    expect(cleanText('1\u200d2 👩\u200d')).toBe('12 👩');
  });

  test('what spelling needs stays: joiners between letters, bidi marks, subdivision flags; hidden tag text goes', () => {
    // Persian "I want" with its zero-width non-joiner; a Devanagari conjunct with a joiner
    expect(cleanText('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(cleanText('क्\u200dष')).toBe('क्\u200dष');
    // the marks that order mixed right-to-left text
    expect(cleanText('\u200fשלום\u200e 2026 \u061cمرحبا')).toBe('\u200fשלום\u200e 2026 \u061cمرحبا');
    const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    expect(cleanText(`Fahne ${scotland}`)).toBe(`Fahne ${scotland}`);
    // tag characters that spell hidden text ("ASCII smuggling") are not a flag
    expect(cleanText('ok\u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}')).toBe('ok');
  });

  test('paths are names on disk: never changed, also inside arrays of sources', () => {
    const input = { file: '/home/a/کارگاه\u200cها.werkstatt', sources: ['/x/\u200bname'], text: 'a\u200bb', nested: { dir: 'd\u200b' } };
    cleanInput(input);
    expect(input).toEqual({ file: '/home/a/کارگاه\u200cها.werkstatt', sources: ['/x/\u200bname'], text: 'ab', nested: { dir: 'd\u200b' } });
    const frozen = Object.freeze({ text: 'a\u200bb' });
    expect(() => cleanInput(frozen)).not.toThrow();
  });

  test('every string of a request, in objects and arrays; "__proto__" stays an own key; cycles and depth are no problem', () => {
    const o = JSON.parse('{"__proto__":{"x":"a\\u200bb"},"t":["\\u0001q",{"u":"\\u00adv"}],"n":1,"z":null}');
    expect(cleanInput(o)).toBe(o);
    expect(JSON.stringify(o)).toBe('{"__proto__":{"x":"ab"},"t":["q",{"u":"v"}],"n":1,"z":null}');
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    const cyc: Record<string, unknown> = { a: 'x\u200b' };
    cyc.self = cyc;
    cleanInput(cyc);
    expect(cyc.a).toBe('x');
    let deep: unknown = ['z\u200b'];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => cleanInput(deep)).not.toThrow();
    expect(cleanInput('\u200b')).toBe('');
  });
});
