import { and, asc, eq, gte, isNull, sql } from 'drizzle-orm';
import type { StaffRole } from '../../domain/access/roles.js';
import type { Database } from '../database.js';
import { recoveryCodes, signInFailures, userLocations, userRoles, users } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export interface UserRecord {
  id: string;
  organisationId: string;
  email: string;
  displayName: string;
  kind: 'staff' | 'patient';
  patientId: string | null;
  roles: StaffRole[];
  /** Empty: works across the whole organisation. */
  locationIds: string[];
  passwordHash: string | null;
  totpSecret: string | null;
  totpEnabled: boolean;
  totpLastStep: number | null;
  disabled: boolean;
}

export const userColumns = {
  id: users.id,
  organisationId: users.organisationId,
  email: users.email,
  displayName: users.displayName,
  kind: users.kind,
  patientId: users.patientId,
  passwordHash: users.passwordHash,
  totpSecret: users.totpSecret,
  totpEnabledAt: users.totpEnabledAt,
  totpLastStep: users.totpLastStep,
  disabledAt: users.disabledAt,
  roles: sql<StaffRole[]>`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
  locationIds: sql<string[]>`coalesce((select array_agg(${userLocations.locationId}::text order by ${userLocations.locationId}) from ${userLocations} where ${userLocations.userId} = ${users.id}), '{}')`,
};

type UserRow = { [K in keyof typeof userColumns]: unknown };

export function toUserRecord(row: UserRow): UserRecord {
  return {
    id: row.id as string,
    organisationId: row.organisationId as string,
    email: row.email as string,
    displayName: row.displayName as string,
    kind: row.kind as 'staff' | 'patient',
    patientId: (row.patientId as string | null) ?? null,
    roles: (row.roles as StaffRole[]) ?? [],
    locationIds: (row.locationIds as string[]) ?? [],
    passwordHash: (row.passwordHash as string | null) ?? null,
    totpSecret: (row.totpSecret as string | null) ?? null,
    totpEnabled: row.totpEnabledAt !== null,
    totpLastStep: row.totpLastStep === null ? null : Number(row.totpLastStep),
    disabled: row.disabledAt !== null,
  };
}

export async function findUserByEmail(db: Database, scope: OrganisationScope, email: string): Promise<UserRecord | undefined> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.organisationId, scope.organisationId), sql`lower(${users.email}) = lower(${email})`));
  return row ? toUserRecord(row) : undefined;
}

export async function findUserById(db: Database, scope: OrganisationScope, userId: string, options: { forUpdate?: boolean } = {}): Promise<UserRecord | undefined> {
  const query = db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.organisationId, scope.organisationId), eq(users.id, userId)));
  const [row] = options.forUpdate ? await query.for('update', { of: users }) : await query;
  return row ? toUserRecord(row) : undefined;
}

export async function listUsers(db: Database, scope: OrganisationScope): Promise<UserRecord[]> {
  const rows = await db.select(userColumns).from(users).where(eq(users.organisationId, scope.organisationId)).orderBy(asc(users.displayName));
  return rows.map(toUserRecord);
}

export interface NewUser {
  email: string;
  displayName: string;
  kind: 'staff' | 'patient';
  patientId?: string | null;
  roles: StaffRole[];
  passwordHash: string | null;
}

export async function insertUser(db: Database, scope: OrganisationScope, input: NewUser, now: Date): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        organisationId: scope.organisationId,
        email: input.email,
        displayName: input.displayName,
        kind: input.kind,
        patientId: input.patientId ?? null,
        passwordHash: input.passwordHash,
        passwordChangedAt: input.passwordHash ? now : null,
      })
      .returning({ id: users.id });
    const userId = row!.id;
    if (input.roles.length > 0) {
      await tx.insert(userRoles).values(input.roles.map((role) => ({ organisationId: scope.organisationId, userId, role })));
    }
    return userId;
  });
}

export async function setTotpSecret(db: Database, scope: OrganisationScope, userId: string, secret: string): Promise<void> {
  await db
    .update(users)
    .set({ totpSecret: secret, totpEnabledAt: null, totpLastStep: null })
    .where(and(eq(users.organisationId, scope.organisationId), eq(users.id, userId), isNull(users.totpEnabledAt)));
}

/** Records the step of an accepted code; refuses (answers false) when a concurrent request used that step or a later one. */
export async function consumeTotpStep(db: Database, scope: OrganisationScope, userId: string, step: number, enableAt?: Date): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ totpLastStep: step, ...(enableAt ? { totpEnabledAt: enableAt } : {}) })
    .where(
      and(
        eq(users.organisationId, scope.organisationId),
        eq(users.id, userId),
        sql`(${users.totpLastStep} is null or ${users.totpLastStep} < ${step})`,
      ),
    )
    .returning({ id: users.id });
  return updated.length === 1;
}

export async function replaceRecoveryCodes(db: Database, scope: OrganisationScope, userId: string, codeHashes: string[]): Promise<void> {
  await db.delete(recoveryCodes).where(and(eq(recoveryCodes.organisationId, scope.organisationId), eq(recoveryCodes.userId, userId)));
  await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ organisationId: scope.organisationId, userId, codeHash })));
}

/** Marks a recovery code used; answers false when it is unknown or already used (each works once). */
export async function useRecoveryCode(db: Database, scope: OrganisationScope, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const updated = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.organisationId, scope.organisationId),
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ userId: recoveryCodes.userId });
  return updated.length === 1;
}

export async function setUserDisabled(db: Database, scope: OrganisationScope, userId: string, disabledAt: Date | null): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ disabledAt })
    .where(and(eq(users.organisationId, scope.organisationId), eq(users.id, userId)))
    .returning({ id: users.id });
  return updated.length === 1;
}

export async function recordSignInFailure(db: Database, scope: OrganisationScope, emailNormalised: string, now: Date): Promise<void> {
  await db.insert(signInFailures).values({ organisationId: scope.organisationId, emailNormalised, occurredAt: now });
}

export async function recentSignInFailures(db: Database, scope: OrganisationScope, emailNormalised: string, since: Date): Promise<Date[]> {
  const rows = await db
    .select({ occurredAt: signInFailures.occurredAt })
    .from(signInFailures)
    .where(
      and(
        eq(signInFailures.organisationId, scope.organisationId),
        eq(signInFailures.emailNormalised, emailNormalised),
        gte(signInFailures.occurredAt, since),
      ),
    )
    .orderBy(asc(signInFailures.occurredAt));
  return rows.map((row) => row.occurredAt);
}

export async function assignUserLocations(db: Database, scope: OrganisationScope, userId: string, locationIds: string[]): Promise<void> {
  if (locationIds.length === 0) return;
  await db
    .insert(userLocations)
    .values(locationIds.map((locationId) => ({ organisationId: scope.organisationId, userId, locationId })))
    .onConflictDoNothing();
}

export async function setPassword(db: Database, scope: OrganisationScope, userId: string, passwordHash: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: now })
    .where(and(eq(users.organisationId, scope.organisationId), eq(users.id, userId)));
}

/** Replaces a staff member's roles; answers the roles before the change, or undefined when there is no such staff user. */
export async function replaceUserRoles(db: Database, scope: OrganisationScope, userId: string, roles: StaffRole[]): Promise<StaffRole[] | undefined> {
  const user = await findUserById(db, scope, userId, { forUpdate: true });
  if (!user || user.kind !== 'staff') return undefined;
  await db.delete(userRoles).where(and(eq(userRoles.organisationId, scope.organisationId), eq(userRoles.userId, userId)));
  await db.insert(userRoles).values(roles.map((role) => ({ organisationId: scope.organisationId, userId, role })));
  return user.roles;
}
