import { ApiProblem } from './client';

/** Form fields are named by dotted paths ("address.city"); the server names them by JSON Pointer ("/address/city"). */
export function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/** The server's message for each field it faulted, keyed by field path; body fields only. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {};
  const fields: Record<string, string> = {};
  for (const fieldError of error.errors) {
    if (fieldError.in !== 'body' && fieldError.in !== undefined) continue;
    const field = pointerToField(fieldError.pointer);
    if (field && !(field in fields)) fields[field] = fieldError.detail;
  }
  return fields;
}
