import { ApiProblem } from '../../api/client';
import type { Blocker } from './session-types';

const isBlocker = (value: unknown): value is Blocker =>
  typeof value === 'object' && value !== null && typeof (value as Blocker).code === 'string' && typeof (value as Blocker).message === 'string';

/** The `blockers` of a 409 TREATMENT_BLOCKED answer; empty for any other failure. */
export function blockersOf(error: unknown): Blocker[] {
  if (!(error instanceof ApiProblem) || error.code !== 'TREATMENT_BLOCKED') return [];
  const blockers = error.extensions.blockers;
  return Array.isArray(blockers) ? blockers.filter(isBlocker) : [];
}

/** A 409 because someone else changed the session since this screen read it (the server names `/revision`). */
export const isStaleRevision = (error: unknown): boolean =>
  error instanceof ApiProblem && error.status === 409 && error.errors.some((fieldError) => fieldError.pointer === '/revision');
