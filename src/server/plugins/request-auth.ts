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
  /** Unexpired emergency-access grants (only loaded for staff limited to some locations). */
  breakGlass: { patientId: string; reason: string }[];
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

/**
 * The caller's data scope: their organisation; for a patient user their own record only; for staff limited to
 * some locations, those locations' patients. Writes and searches use this scope.
 */
export function scopeOf(request: FastifyRequest): AccessScope {
  const { actor, user } = requireAuth(request);
  if (actor.kind === 'patient') return { organisationId: actor.organisationId, onlyPatientId: actor.patientId };
  return user.locationIds.length > 0 ? { organisationId: actor.organisationId, locationIds: user.locationIds } : { organisationId: actor.organisationId };
}

/** The scope for reading one record: also the patients opened by emergency access (never for writes). */
export function readScopeOf(request: FastifyRequest): AccessScope {
  const scope = scopeOf(request);
  const grants = requireAuth(request).breakGlass;
  return grants.length > 0 ? { ...scope, breakGlassPatientIds: grants.map((grant) => grant.patientId) } : scope;
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
