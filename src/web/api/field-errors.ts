import type { FieldError } from '../../domain/shared/app-error';
import { ApiProblem } from './client';

/** Form fields are named by dotted paths ("address.city"); the server names them by JSON Pointer ("/address/city"). */
export function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/** The server's message for each field it faulted, keyed by field path; body fields unless another part is named. */
export function serverFieldErrors(error: unknown, part: FieldError['in'] = 'body'): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {};
  const fields: Record<string, string> = {};
  for (const fieldError of error.errors) {
    if (fieldError.in !== part && !(part === 'body' && fieldError.in === undefined)) continue;
    const field = pointerToField(fieldError.pointer);
    if (field && !(field in fields)) fields[field] = fieldError.detail;
  }
  return fields;
}

/** Every message the server gave for one body field (a password can be refused for several reasons at once). */
export function serverErrorsAt(error: unknown, pointer: string): string[] {
  if (!(error instanceof ApiProblem)) return [];
  return error.errors.filter((fieldError) => (fieldError.in ?? 'body') === 'body' && fieldError.pointer === pointer).map((fieldError) => fieldError.detail);
}
