import { formatMessage, type MessageId } from '../messages';

// Errors that cross the API boundary. The code is stable (tests and the UI key on it); `key`
// names the catalogue message (shared/messages) that the UI and the CLI render in the user's
// language from key + params; `message` is the German text for logs and old callers.
export const ERROR_CODES = [
  'NOT_FOUND_FILE',
  'NOT_SQLITE',
  'TRUNCATED',
  'CORRUPT',
  'FOREIGN_FILE',
  'NEWER_VERSION',
  'SCHEMA_MISMATCH',
  'LOCKED',
  'READ_ONLY',
  'FILE_GONE',
  'DISK_FULL',
  'FILE_EXISTS',
  'NO_WORKSHOP',
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'LIMIT',
  'IMPORT_FAILED',
  'IO',
  'FORBIDDEN',
  'READ_ONLY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  params?: Record<string, string | number>;
  key?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params?: Record<string, string | number>;
  readonly key?: MessageId;
  constructor(code: ErrorCode, message: string, params?: Record<string, string | number>, key?: MessageId) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.key = key;
  }
  /** An error whose text comes from the message catalogue (preferred for every new error). */
  static of(code: ErrorCode, key: MessageId, params?: Record<string, string | number>): AppError {
    const e = new AppError(code, '', params, key);
    e.message = errorText(e.toJSON(), 'de');
    return e;
  }
  /** The same error again from its JSON form (a refusal recorded earlier, e.g. a package's problem). */
  static from(e: Omit<ApiError, 'code'> & { code: string }): AppError {
    return new AppError(e.code as ErrorCode, e.message, e.params, e.key as MessageId | undefined);
  }
  toJSON(): ApiError {
    return { code: this.code, message: this.message, ...(this.params ? { params: this.params } : {}), ...(this.key ? { key: this.key } : {}) };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The text of an API error in a language: from the catalogue when it has a key. */
export function errorText(e: Pick<ApiError, 'message' | 'key' | 'params'>, locale: 'de' | 'en'): string {
  if (!e.key) return e.message;
  // A nested message (e.g. the reason inside "Ungültige Eingabe: …") is named by `detailKey`.
  const params = e.params && typeof e.params.detailKey === 'string' ? { ...e.params, detail: formatMessage(locale, e.params.detailKey, e.params) } : e.params;
  return formatMessage(locale, e.key, params);
}
