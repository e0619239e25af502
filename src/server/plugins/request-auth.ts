import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access/permissions.js';
import type { StaffRole } from '../../domain/access/roles.js';
import type { AccessScope } from '../../db/repos/access-scope.js';
import type { AuditEventInput } from '../../db/repos/audit-repo.js';
import type { SessionRecord } from '../../db/repos/sessions-repo.js';
import type { UserRecord } from '../../db/repos/users-repo.js';

export interface RequestAuth {
  session: SessionRecord;
  user: UserRecord;
  actor: Actor;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

export function actorOf(user: UserRecord): Actor {
  return user.kind === 'patient'
    ? { kind: 'patient', userId: user.id, organisationId: user.organisationId, patientId: user.patientId! }
    : { kind: 'staff', userId: user.id, organisationId: user.organisationId, roles: user.roles };
}

/** The signed-in caller; routes behind an access check may rely on it. */
export function requireAuth(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw new Error(`route ${request.url} reached without a signed-in user`);
  return request.auth;
}

/** The caller's data scope: their organisation, and for a patient user their own record only. */
export function scopeOf(request: FastifyRequest): AccessScope {
  const { actor } = requireAuth(request);
  return actor.kind === 'patient' ? { organisationId: actor.organisationId, onlyPatientId: actor.patientId } : { organisationId: actor.organisationId };
}

/** How an actor appears in the audit trail: patients as "patient", staff by their roles. */
export function auditRole(user: Pick<UserRecord, 'kind' | 'roles'>): string {
  return user.kind === 'patient' ? 'patient' : (user.roles as StaffRole[]).join('+') || 'none';
}

/** Who, from where, in which request: the common part of every audit entry a request writes. */
export function auditContext(request: FastifyRequest): Pick<AuditEventInput, 'actor' | 'requestId' | 'sourceIp'> {
  const user = request.auth?.user;
  return {
    actor: user ? { userId: user.id, role: auditRole(user) } : null,
    requestId: request.id,
    sourceIp: request.ip,
  };
}
