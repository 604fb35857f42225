// Public API of the self-check import (pure parsing/validation; the caller stores the rows).
export { parseSelfCheck, distinctAnswerValues, MAX_IMPORT_BYTES, formatFromName } from './parse';
export { normalizeToken, matchField, matchAnswer, matchHeader } from './normalize';
export { DEFAULT_MAX_PROBLEMS } from './problems';
export type * from './types';
