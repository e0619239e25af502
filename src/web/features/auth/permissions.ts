import type { Action } from '../../../domain/access/permissions';
import type { MeResponse } from '../../../server/routes/auth/auth.schemas';

/** Whether the signed-in user may do this; the server checks again, this only decides what to offer. */
export const can = (me: MeResponse | null | undefined, action: Action): boolean => me?.permissions.includes(action) ?? false;

/** Where a user lands after signing in when they were not headed anywhere in particular. */
export function homePathFor(me: MeResponse): string {
  if (me.user.kind === 'patient' && me.user.patientId) return `/patients/${me.user.patientId}`;
  if (me.user.kind === 'staff' && can(me, 'patient.search')) return '/patients';
  return '/';
}
