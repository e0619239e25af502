import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type CredentialFacts, type CredentialRule, credentialRuleSetSchema, defaultCredentialRules } from '../../domain/credentials/credential-rules.js';
import type { CredentialDocumentType } from '../../domain/credentials/document-signature.js';
import type { ExpiryBand } from '../../domain/credentials/expiry-band.js';
import type { Database } from '../database.js';
import { authorisedHandlers, clinicLocations, credentialDocuments, credentialReminders, credentialSettings, credentialVerifications, deaRegistrations, staffCredentials, users } from '../schema/index.js';
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

export type CredentialRow = typeof staffCredentials.$inferSelect;
export type CredentialChanges = Omit<NewCredential, 'userId'>;

// The order of a staff member's credentials tab: licences first, training last.
const kindOrder = sql`array_position(array['licence', 'npi', 'dea-registration', 'board-certification', 'life-support', 'training'], ${staffCredentials.kind})`;

/** Everything one staff member holds, current or not. */
export async function listUserCredentials(db: Database, scope: OrganisationScope, userId: string): Promise<CredentialRow[]> {
  return db
    .select()
    .from(staffCredentials)
    .where(and(eq(staffCredentials.organisationId, scope.organisationId), eq(staffCredentials.userId, userId)))
    .orderBy(kindOrder, asc(staffCredentials.type), asc(staffCredentials.createdAt));
}

export async function findCredential(db: Database, scope: OrganisationScope, credentialId: string): Promise<CredentialRow | undefined> {
  const [row] = await db.select().from(staffCredentials).where(and(eq(staffCredentials.organisationId, scope.organisationId), eq(staffCredentials.id, credentialId)));
  return row;
}

/** Replaces a credential's fields if it is still at `revision`, and moves it to the next; false when someone changed it first. */
export async function updateCredential(tx: Database, scope: OrganisationScope, args: { credentialId: string; revision: number; changes: CredentialChanges }, now: Date): Promise<boolean> {
  const updated = await tx
    .update(staffCredentials)
    .set({ ...args.changes, revision: sql`${staffCredentials.revision} + 1`, updatedAt: now })
    .where(and(eq(staffCredentials.organisationId, scope.organisationId), eq(staffCredentials.id, args.credentialId), eq(staffCredentials.revision, args.revision)))
    .returning({ id: staffCredentials.id });
  return updated.length === 1;
}

export interface VerificationRecord {
  credentialId: string;
  verifiedAt: Date;
  verifiedBy: string;
  method: 'primary-source' | 'document-review';
  source: string;
  outcome: 'verified' | 'discrepancy';
  nextDueOn: string;
  note: string | null;
}

/** The most recent verification of each credential, with the verifier's name. */
export async function latestVerifications(db: Database, scope: OrganisationScope, credentialIds: readonly string[]): Promise<Map<string, VerificationRecord>> {
  if (credentialIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([credentialVerifications.credentialId], {
      credentialId: credentialVerifications.credentialId,
      verifiedAt: credentialVerifications.verifiedAt,
      verifiedBy: users.displayName,
      method: credentialVerifications.method,
      source: credentialVerifications.source,
      outcome: credentialVerifications.outcome,
      nextDueOn: credentialVerifications.nextDueOn,
      note: credentialVerifications.note,
    })
    .from(credentialVerifications)
    .innerJoin(users, eq(users.id, credentialVerifications.verifiedByUserId))
    .where(and(eq(credentialVerifications.organisationId, scope.organisationId), inArray(credentialVerifications.credentialId, [...credentialIds])))
    .orderBy(credentialVerifications.credentialId, desc(credentialVerifications.verifiedAt), desc(credentialVerifications.id));
  return new Map(rows.map((row) => [row.credentialId, row]));
}

export async function insertVerification(tx: Database, scope: OrganisationScope, input: Omit<typeof credentialVerifications.$inferInsert, 'id' | 'organisationId' | 'verifiedAt'>, now: Date): Promise<void> {
  await tx.insert(credentialVerifications).values({ ...input, organisationId: scope.organisationId, verifiedAt: now });
}

export interface CredentialDocumentSummary {
  id: string;
  credentialId: string;
  fileName: string;
  mediaType: CredentialDocumentType;
  sizeBytes: number;
  uploadedAt: Date;
}

const documentSummary = {
  id: credentialDocuments.id,
  credentialId: credentialDocuments.credentialId,
  fileName: credentialDocuments.fileName,
  mediaType: credentialDocuments.mediaType,
  sizeBytes: credentialDocuments.sizeBytes,
  uploadedAt: credentialDocuments.uploadedAt,
};

/** The documents attached to these credentials, oldest first (by name within one instant), without their content. */
export async function listCredentialDocuments(db: Database, scope: OrganisationScope, credentialIds: readonly string[]): Promise<CredentialDocumentSummary[]> {
  if (credentialIds.length === 0) return [];
  return db
    .select(documentSummary)
    .from(credentialDocuments)
    .where(and(eq(credentialDocuments.organisationId, scope.organisationId), inArray(credentialDocuments.credentialId, [...credentialIds])))
    .orderBy(asc(credentialDocuments.uploadedAt), asc(credentialDocuments.fileName), asc(credentialDocuments.id));
}

export async function insertCredentialDocument(
  tx: Database,
  scope: OrganisationScope,
  input: { credentialId: string; fileName: string; mediaType: CredentialDocumentType; content: Buffer; sha256: string; uploadedByUserId: string },
  now: Date,
): Promise<CredentialDocumentSummary> {
  const [row] = await tx
    .insert(credentialDocuments)
    .values({ ...input, organisationId: scope.organisationId, sizeBytes: input.content.length, uploadedAt: now })
    .returning(documentSummary);
  return row!;
}

/** One document with its content and whose credential it belongs to. */
export async function findCredentialDocument(db: Database, scope: OrganisationScope, documentId: string) {
  const [row] = await db
    .select({ ...documentSummary, content: credentialDocuments.content, ownerUserId: staffCredentials.userId })
    .from(credentialDocuments)
    .innerJoin(staffCredentials, eq(staffCredentials.id, credentialDocuments.credentialId))
    .where(and(eq(credentialDocuments.organisationId, scope.organisationId), eq(credentialDocuments.id, documentId)));
  return row;
}

/** The DEA registrations a person is an authorised handler under now, with their locations. */
export async function listHandlerGrantsOfUser(db: Database, scope: OrganisationScope, userId: string) {
  return db
    .select({ registrationId: deaRegistrations.id, number: deaRegistrations.number, locationId: clinicLocations.id, locationName: clinicLocations.name, grantedAt: authorisedHandlers.grantedAt })
    .from(authorisedHandlers)
    .innerJoin(deaRegistrations, eq(deaRegistrations.id, authorisedHandlers.registrationId))
    .innerJoin(clinicLocations, eq(clinicLocations.id, deaRegistrations.locationId))
    .where(and(eq(authorisedHandlers.organisationId, scope.organisationId), eq(authorisedHandlers.userId, userId), isNull(authorisedHandlers.revokedAt)))
    .orderBy(asc(clinicLocations.name), asc(deaRegistrations.number));
}

export async function findDeaRegistration(db: Database, scope: OrganisationScope, registrationId: string) {
  const [row] = await db
    .select({ id: deaRegistrations.id, number: deaRegistrations.number, locationId: deaRegistrations.locationId })
    .from(deaRegistrations)
    .where(and(eq(deaRegistrations.organisationId, scope.organisationId), eq(deaRegistrations.id, registrationId)));
  return row;
}

const grantors = alias(users, 'grantor');

/** The registration's roster now: who, since when, granted by whom (null for grants made by set-up). */
export async function listRegistrationHandlers(db: Database, scope: OrganisationScope, registrationId: string) {
  return db
    .select({ userId: authorisedHandlers.userId, displayName: users.displayName, grantedAt: authorisedHandlers.grantedAt, grantedBy: grantors.displayName })
    .from(authorisedHandlers)
    .innerJoin(users, eq(users.id, authorisedHandlers.userId))
    .leftJoin(grantors, eq(grantors.id, authorisedHandlers.grantedByUserId))
    .where(and(eq(authorisedHandlers.organisationId, scope.organisationId), eq(authorisedHandlers.registrationId, registrationId), isNull(authorisedHandlers.revokedAt)))
    .orderBy(asc(users.displayName), asc(authorisedHandlers.grantedAt));
}

/** Takes a person off a registration's roster (the grant stays, with when it ended); false when they were not on it. */
export async function revokeHandler(tx: Database, scope: OrganisationScope, args: { registrationId: string; userId: string }, now: Date): Promise<boolean> {
  const revoked = await tx
    .update(authorisedHandlers)
    .set({ revokedAt: now })
    .where(and(eq(authorisedHandlers.organisationId, scope.organisationId), eq(authorisedHandlers.registrationId, args.registrationId), eq(authorisedHandlers.userId, args.userId), isNull(authorisedHandlers.revokedAt)))
    .returning({ id: authorisedHandlers.id });
  return revoked.length > 0;
}

/** Stores the clinic's credential rules; the public page settings in the same row are left as they are. */
export async function writeCredentialRules(tx: Database, scope: OrganisationScope, rules: readonly CredentialRule[], now: Date): Promise<void> {
  await tx
    .insert(credentialSettings)
    .values({ organisationId: scope.organisationId, rules, updatedAt: now })
    .onConflictDoUpdate({ target: credentialSettings.organisationId, set: { rules, updatedAt: now } });
}

const latestNextDueOn = sql<string | null>`(select ${credentialVerifications.nextDueOn} from ${credentialVerifications} where ${credentialVerifications.organisationId} = ${staffCredentials.organisationId} and ${credentialVerifications.credentialId} = ${staffCredentials.id} order by ${credentialVerifications.verifiedAt} desc, ${credentialVerifications.id} desc limit 1)`;

/**
 * Active credentials of staff still at the clinic that expire by `expiresBy` (or have expired), or whose last
 * verification is due by `verificationDueBy` (or overdue).
 */
export async function listCredentialsNeedingAttention(db: Database, scope: OrganisationScope, args: { expiresBy: Date; verificationDueBy: string }) {
  return db
    .select({ credential: staffCredentials, user: { id: users.id, displayName: users.displayName } })
    .from(staffCredentials)
    .innerJoin(users, eq(users.id, staffCredentials.userId))
    .where(
      and(
        eq(staffCredentials.organisationId, scope.organisationId),
        eq(staffCredentials.status, 'active'),
        isNull(users.disabledAt),
        or(lte(staffCredentials.expiresAt, args.expiresBy), sql`${latestNextDueOn} <= ${args.verificationDueBy}`),
      ),
    );
}

/**
 * Every organisation's active credentials of enabled staff that expire by `expiresBy`, leaving out those already
 * reminded as expired for that expiry (nothing is left to say about them).
 */
export async function listCredentialsToRemind(db: Database, expiresBy: Date) {
  return db
    .select({
      organisationId: staffCredentials.organisationId,
      credentialId: staffCredentials.id,
      kind: staffCredentials.kind,
      type: staffCredentials.type,
      expiresAt: staffCredentials.expiresAt,
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
    })
    .from(staffCredentials)
    .innerJoin(users, eq(users.id, staffCredentials.userId))
    .leftJoin(
      credentialReminders,
      and(eq(credentialReminders.credentialId, staffCredentials.id), eq(credentialReminders.expiresAt, staffCredentials.expiresAt), eq(credentialReminders.threshold, 'expired')),
    )
    .where(and(eq(staffCredentials.status, 'active'), isNotNull(staffCredentials.expiresAt), lte(staffCredentials.expiresAt, expiresBy), isNull(users.disabledAt), isNull(credentialReminders.credentialId)))
    .orderBy(asc(staffCredentials.expiresAt));
}

/** Records that a credential was reminded at this threshold for this expiry; false when it already was. */
export async function recordCredentialReminder(tx: Database, scope: OrganisationScope, args: { credentialId: string; threshold: ExpiryBand; expiresAt: Date }, now: Date): Promise<boolean> {
  const inserted = await tx
    .insert(credentialReminders)
    .values({ organisationId: scope.organisationId, ...args, sentAt: now })
    .onConflictDoNothing()
    .returning({ credentialId: credentialReminders.credentialId });
  return inserted.length === 1;
}
