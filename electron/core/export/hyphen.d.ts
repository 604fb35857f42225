// Minimal types for the `hyphen` package (no @types/hyphen installed). It is CommonJS whose
// exports Node cannot detect statically, so it is imported as a default export.
declare module 'hyphen/de' {
  const m: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default m;
}
declare module 'hyphen/en-gb' {
  const m: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default m;
}
