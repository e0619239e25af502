import type { z } from 'zod';
import { AppError, type FieldError } from '../../domain/shared/app-error.js';

function escapePointerSegment(segment: PropertyKey): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Validates a value whose schema is chosen at run time (an intake section named in the URL, a clinic's rule
 * set): a failure is the same 400 as a route schema's, each issue named by its JSON Pointer under `prefix`.
 */
export function validateWith<Schema extends z.ZodType>(schema: Schema, value: unknown, where: FieldError['in'], prefix = ''): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fieldErrors = parsed.error.issues.map((issue) => ({ in: where, pointer: `${prefix}${issue.path.map((segment) => `/${escapePointerSegment(segment)}`).join('')}`, detail: issue.message }));
  throw new AppError('VALIDATION', `${fieldErrors.length} field(s) in the ${where} are invalid.`, fieldErrors);
}
