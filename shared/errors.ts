// Errors travel as values across every door: Electron IPC keeps only an Error's message,
// so a thrown error would lose its code.

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'unknown_method', 'internal', 'too_large'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** The input field the error is about, when there is one (e.g. "text"). */
  field?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core; dispatch turns it into `{ ok: false, error }`. */
export class NotebookError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'NotebookError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }

  toApiError(): ApiError {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
  }
}

export function failure(code: ErrorCode, message: string, field?: string): { ok: false; error: ApiError } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
