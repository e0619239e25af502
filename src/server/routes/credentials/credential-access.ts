import type { FastifyRequest } from 'fastify';
import { authorize } from '../../../domain/access/permissions.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import type { OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { findUserById, type UserRecord } from '../../../db/repos/users-repo.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';

/** A staff member of this clinic, or 404 naming the URL's user. */
export async function staffMemberOrThrow(db: Database, scope: OrganisationScope, userId: string): Promise<UserRecord> {
  const user = await findUserById(db, scope, userId);
  if (!user || user.kind !== 'staff') throw new AppError('NOT_FOUND', 'No such staff member.', [{ in: 'params', pointer: '/userId', detail: 'Not a staff member of this clinic' }]);
  return user;
}

/** Staff see their own credentials; seeing anyone else's is for those who manage credentials. Refusals are audited. */
export async function requireSelfOrManager(db: Database, request: FastifyRequest, ownerUserId: string, action: string, now: Date): Promise<void> {
  const { actor } = requireAuth(request);
  if (actor.userId === ownerUserId || authorize(actor, 'credential.manage').kind === 'allow') return;
  await appendAuditEvent(db, scopeOf(request), { ...auditContext(request), action, outcome: 'denied', entity: { type: 'staff-user', id: ownerUserId } }, now);
  throw new AppError('FORBIDDEN', "Only the staff member and those who manage credentials see a staff member's credentials.");
}
