import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldError } from '../../domain/shared/app-error.js';

/** The one table from stable error code to HTTP status and title. */
export const problemTable: Record<ErrorCode, { status: number; title: string }> = {
  VALIDATION: { status: 400, title: 'The request has invalid fields' },
  MALFORMED_BODY: { status: 400, title: 'The request body could not be read' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  UNAUTHENTICATED: { status: 401, title: 'Sign-in required' },
  FORBIDDEN: { status: 403, title: 'Not permitted' },
  CONFLICT: { status: 409, title: 'Conflict with the current state' },
  TREATMENT_BLOCKED: { status: 409, title: 'Treatment cannot go ahead yet' },
  LEDGER_NEGATIVE_BALANCE: { status: 409, title: 'Not enough stock in that container' },
  CREDENTIAL_REQUIRED: { status: 403, title: 'A credential this needs is missing or expired' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  NOT_CONFIGURED: { status: 503, title: 'Not set up yet' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Service unavailable' },
  INTERNAL: { status: 500, title: 'Internal error' },
};

/** RFC 9457 problem details, with our stable `code`, the request id and the fields at fault. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  requestId: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const validationContexts: Record<string, FieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

const statusFallbackCodes: Record<number, ErrorCode> = {
  400: 'VALIDATION',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** PostgreSQL 23505, raised directly (pg, PGlite) or wrapped by drizzle as the cause. */
function isUniqueViolation(error: unknown): boolean {
  const code = (value: unknown) => (value && typeof value === 'object' && 'code' in value ? (value as { code: unknown }).code : undefined);
  return code(error) === '23505' || code((error as { cause?: unknown } | null)?.cause) === '23505';
}

/** Turns any thrown value into an AppError; an unknown error becomes INTERNAL and keeps no message. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = validationContexts[(error as FastifyError).validationContext ?? 'body'] ?? 'body';
    const fieldErrors = error.validation.map((issue) => ({ in: where, pointer: issue.instancePath === '/' ? '' : issue.instancePath, detail: issue.message ?? 'Invalid value' }));
    return new AppError('VALIDATION', `${fieldErrors.length} field(s) in the ${where} are invalid.`, fieldErrors);
  }
  if (isUniqueViolation(error)) {
    // The database's unique keys are the last word on races (two plans activated at once, two edits of one version).
    return new AppError('CONFLICT', 'Someone else made a conflicting change at the same moment. Reload and try again.');
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('MALFORMED_BODY', 'The request body is not valid JSON.', [{ in: 'body', pointer: '', detail: 'Send a JSON document' }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.', [{ in: 'headers', pointer: '/content-type', detail: 'Use application/json' }]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is larger than this endpoint accepts.');
  }
  const status = fastifyError.statusCode;
  if (error instanceof SyntaxError && status === 400) {
    // secure-json-parse rejects __proto__ and constructor.prototype keys this way
    return new AppError('MALFORMED_BODY', 'The request body is not acceptable JSON.', [{ in: 'body', pointer: '', detail: error.message }]);
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError(statusFallbackCodes[status] ?? 'VALIDATION', fastifyError.message ?? 'The request was rejected.');
  }
  return new AppError('INTERNAL', 'An unexpected error occurred. Quote the request id when you report it.');
}

export function buildProblem(error: AppError, request: FastifyRequest): Problem {
  const { status, title } = problemTable[error.code];
  return {
    type: `urn:ketaclinic:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
    title,
    status,
    detail: error.message,
    instance: request.url.split('?')[0] ?? request.url,
    code: error.code,
    requestId: request.id,
    ...(error.fieldErrors.length > 0 ? { errors: [...error.fieldErrors] } : {}),
    ...error.extensions,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Error handler for the /api scope: every failure answers problem+json; 5xx are logged with the stack. */
export function problemErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error);
  if (problemTable[appError.code].status >= 500) request.log.error({ err: error }, 'request failed');
  return sendProblem(reply, buildProblem(appError, request));
}
