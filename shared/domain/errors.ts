// Errors that cross the API boundary. The code is stable (tests and the UI key on it);
// the message is German by default and the UI may re-render it from code + params.
export const ERROR_CODES = [
  'NOT_FOUND_FILE',
  'NOT_SQLITE',
  'TRUNCATED',
  'CORRUPT',
  'FOREIGN_FILE',
  'NEWER_VERSION',
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
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params?: Record<string, string | number>;
  constructor(code: ErrorCode, message: string, params?: Record<string, string | number>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
  toJSON(): ApiError {
    return { code: this.code, message: this.message, ...(this.params ? { params: this.params } : {}) };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
