/**
 * The one error type of Ketaclinic. Codes are stable: clients and tests depend on them, so a code is
 * never renamed or reused. The HTTP status for each code lives in the server (`server/plugins/errors`).
 */
export const errorCodes = [
  'VALIDATION',
  'MALFORMED_BODY',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'TREATMENT_BLOCKED',
  'LEDGER_NEGATIVE_BALANCE',
  'CREDENTIAL_REQUIRED',
  'RATE_LIMITED',
  'NOT_CONFIGURED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one input field; `pointer` is a JSON Pointer (RFC 6901) into the request part named by `in`. */
export interface FieldError {
  in: 'body' | 'query' | 'params' | 'headers';
  pointer: string;
  detail: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: readonly FieldError[];
  /** Extra members for the problem document (RFC 9457 §3.2), e.g. the `blockers` of TREATMENT_BLOCKED. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, fieldErrors: readonly FieldError[] = [], extensions: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.extensions = extensions;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
