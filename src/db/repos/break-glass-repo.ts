import { desc, eq } from 'drizzle-orm';
import type { Database } from '../database.js';
import { breakGlassGrants, patients, users } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export interface BreakGlassGrant {
  id: string;
  userId: string;
  userName: string;
  patientId: string;
  patientName: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
}

export async function insertBreakGlassGrant(
  db: Database,
  scope: OrganisationScope,
  input: { userId: string; patientId: string; reason: string; grantedAt: Date; expiresAt: Date },
): Promise<string> {
  const [row] = await db
    .insert(breakGlassGrants)
    .values({ organisationId: scope.organisationId, ...input })
    .returning({ id: breakGlassGrants.id });
  return row!.id;
}

/** Recent emergency accesses, newest first, for the admins who review them. */
export async function listBreakGlassGrants(db: Database, scope: OrganisationScope, limit: number): Promise<BreakGlassGrant[]> {
  const rows = await db
    .select({
      id: breakGlassGrants.id,
      userId: breakGlassGrants.userId,
      userName: users.displayName,
      patientId: breakGlassGrants.patientId,
      givenName: patients.givenName,
      familyName: patients.familyName,
      reason: breakGlassGrants.reason,
      grantedAt: breakGlassGrants.grantedAt,
      expiresAt: breakGlassGrants.expiresAt,
    })
    .from(breakGlassGrants)
    .innerJoin(users, eq(users.id, breakGlassGrants.userId))
    .innerJoin(patients, eq(patients.id, breakGlassGrants.patientId))
    .where(eq(breakGlassGrants.organisationId, scope.organisationId))
    .orderBy(desc(breakGlassGrants.grantedAt))
    .limit(limit);
  return rows.map(({ givenName, familyName, grantedAt, expiresAt, ...row }) => ({
    ...row,
    patientName: `${familyName}, ${givenName}`,
    grantedAt: grantedAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
  }));
}
