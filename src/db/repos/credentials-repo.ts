import { and, desc, eq, gte, isNull } from 'drizzle-orm';
import { type CredentialFacts, type CredentialRule, credentialRuleSetSchema, defaultCredentialRules } from '../../domain/credentials/credential-rules.js';
import type { Database } from '../database.js';
import { authorisedHandlers, clinicLocations, credentialSettings, deaRegistrations, staffCredentials } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

/** The clinic's credential rules, or the defaults when it has not changed them. */
export async function readCredentialRules(db: Database, scope: OrganisationScope): Promise<readonly CredentialRule[]> {
  const [row] = await db.select({ rules: credentialSettings.rules }).from(credentialSettings).where(eq(credentialSettings.organisationId, scope.organisationId));
  const parsed = row ? credentialRuleSetSchema.safeParse(row.rules) : null;
  return parsed?.success ? parsed.data : defaultCredentialRules;
}

/** The location's DEA registration in force on `today` (the one that expires last). */
export async function currentRegistration(db: Database, scope: OrganisationScope, locationId: string, today: string) {
  const [registration] = await db
    .select({ id: deaRegistrations.id, number: deaRegistrations.number, schedules: deaRegistrations.schedules, expiresOn: deaRegistrations.expiresOn })
    .from(deaRegistrations)
    .where(and(eq(deaRegistrations.organisationId, scope.organisationId), eq(deaRegistrations.locationId, locationId), gte(deaRegistrations.expiresOn, today)))
    .orderBy(desc(deaRegistrations.expiresOn))
    .limit(1);
  return registration ?? null;
}

/** What the rules need to know about one person acting at one location. */
export async function loadCredentialFacts(db: Database, scope: OrganisationScope, args: { userId: string; locationId: string; now: Date; withRegistration: boolean }): Promise<CredentialFacts> {
  const [credentials, [location]] = await Promise.all([
    db
      .select({ kind: staffCredentials.kind, type: staffCredentials.type, jurisdiction: staffCredentials.jurisdiction, number: staffCredentials.number, status: staffCredentials.status, expiresAt: staffCredentials.expiresAt })
      .from(staffCredentials)
      .where(and(eq(staffCredentials.organisationId, scope.organisationId), eq(staffCredentials.userId, args.userId))),
    db.select({ region: clinicLocations.region }).from(clinicLocations).where(and(eq(clinicLocations.organisationId, scope.organisationId), eq(clinicLocations.id, args.locationId))),
  ]);
  let registration: CredentialFacts['registration'] = null;
  let authorisedHandler = false;
  if (args.withRegistration) {
    const current = await currentRegistration(db, scope, args.locationId, args.now.toISOString().slice(0, 10));
    if (current) {
      registration = { number: current.number, schedules: current.schedules, expiresOn: current.expiresOn };
      const [handler] = await db
        .select({ id: authorisedHandlers.id })
        .from(authorisedHandlers)
        .where(and(eq(authorisedHandlers.organisationId, scope.organisationId), eq(authorisedHandlers.registrationId, current.id), eq(authorisedHandlers.userId, args.userId), isNull(authorisedHandlers.revokedAt)));
      authorisedHandler = handler !== undefined;
    }
  }
  return { credentials, locationJurisdiction: location?.region ?? null, registration, authorisedHandler };
}

export type NewCredential = Omit<typeof staffCredentials.$inferInsert, 'id' | 'organisationId' | 'revision' | 'createdAt' | 'updatedAt'>;

export async function insertCredential(tx: Database, scope: OrganisationScope, input: NewCredential, now: Date): Promise<string> {
  const [row] = await tx.insert(staffCredentials).values({ ...input, organisationId: scope.organisationId, createdAt: now, updatedAt: now }).returning({ id: staffCredentials.id });
  return row!.id;
}

/** Puts a person on a registration's roster of authorised handlers (once; a revoked grant is granted afresh). */
export async function authoriseHandler(tx: Database, scope: OrganisationScope, args: { registrationId: string; userId: string; grantedByUserId: string | null }, now: Date): Promise<void> {
  const [existing] = await tx
    .select({ id: authorisedHandlers.id })
    .from(authorisedHandlers)
    .where(and(eq(authorisedHandlers.organisationId, scope.organisationId), eq(authorisedHandlers.registrationId, args.registrationId), eq(authorisedHandlers.userId, args.userId), isNull(authorisedHandlers.revokedAt)));
  if (existing) return;
  await tx.insert(authorisedHandlers).values({ organisationId: scope.organisationId, ...args, grantedAt: now });
}
