import { ApiProblem } from '../../api/client';
import { serverFieldErrors } from '../../api/field-errors';

/**
 * The server's field errors for a set-up form, and a 409 (the database's unique key: a second product with one NDC,
 * a registration number already recorded, a second safe of one name) shown at the field it is about, since the
 * server's generic words for it ("someone else made a conflicting change") would mislead here.
 */
export function setupFieldErrors(error: unknown, conflict: { field: string; message: string }): Record<string, string> {
  const fields = serverFieldErrors(error);
  if (error instanceof ApiProblem && error.status === 409 && !fields[conflict.field]) fields[conflict.field] = conflict.message;
  return fields;
}

/** True when the failure is shown at a field already, so no alert repeats it. */
export const shownAtField = (error: unknown) => error instanceof ApiProblem && error.status === 409;
