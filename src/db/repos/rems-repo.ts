import { and, eq } from 'drizzle-orm';
import type { Database } from '../database.js';
import { clinicLocations, remsPatientEnrolments, remsSettingCertifications, users } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export interface RemsEnrolment {
  remsPatientId: string;
  enrolledOn: string;
  patientSignedOn: string;
  prescriberSignedOn: string;
  prescriber: { userId: string; name: string };
  recordedAt: string;
}

export async function findRemsEnrolment(db: Database, scope: OrganisationScope, patientId: string): Promise<RemsEnrolment | undefined> {
  const [row] = await db
    .select({
      remsPatientId: remsPatientEnrolments.remsPatientId,
      enrolledOn: remsPatientEnrolments.enrolledOn,
      patientSignedOn: remsPatientEnrolments.patientSignedOn,
      prescriberSignedOn: remsPatientEnrolments.prescriberSignedOn,
      prescriberUserId: remsPatientEnrolments.prescriberUserId,
      prescriberName: users.displayName,
      recordedAt: remsPatientEnrolments.recordedAt,
    })
    .from(remsPatientEnrolments)
    .innerJoin(users, eq(users.id, remsPatientEnrolments.prescriberUserId))
    .where(and(eq(remsPatientEnrolments.organisationId, scope.organisationId), eq(remsPatientEnrolments.patientId, patientId)));
  if (!row) return undefined;
  const { prescriberUserId, prescriberName, recordedAt, ...rest } = row;
  return { ...rest, prescriber: { userId: prescriberUserId, name: prescriberName }, recordedAt: recordedAt.toISOString() };
}

/** Records the enrolment, or corrects it (the audit trail keeps what it was). */
export async function saveRemsEnrolment(
  db: Database,
  scope: OrganisationScope,
  patientId: string,
  input: { remsPatientId: string; enrolledOn: string; patientSignedOn: string; prescriberSignedOn: string; prescriberUserId: string },
  now: Date,
): Promise<void> {
  const values = { ...input, recordedByUserId: input.prescriberUserId, recordedAt: now };
  await db
    .insert(remsPatientEnrolments)
    .values({ organisationId: scope.organisationId, patientId, ...values })
    .onConflictDoUpdate({ target: [remsPatientEnrolments.organisationId, remsPatientEnrolments.patientId], set: values });
}

export interface RemsCertification {
  locationId: string;
  locationName: string;
  authorisedRepresentative: string;
  certifiedOn: string;
  remsSettingId: string | null;
}

export async function listRemsCertifications(db: Database, scope: OrganisationScope): Promise<RemsCertification[]> {
  return db
    .select({
      locationId: remsSettingCertifications.locationId,
      locationName: clinicLocations.name,
      authorisedRepresentative: remsSettingCertifications.authorisedRepresentative,
      certifiedOn: remsSettingCertifications.certifiedOn,
      remsSettingId: remsSettingCertifications.remsSettingId,
    })
    .from(remsSettingCertifications)
    .innerJoin(clinicLocations, eq(clinicLocations.id, remsSettingCertifications.locationId))
    .where(eq(remsSettingCertifications.organisationId, scope.organisationId))
    .orderBy(clinicLocations.name);
}

export async function saveRemsCertification(
  db: Database,
  scope: OrganisationScope,
  locationId: string,
  input: { authorisedRepresentative: string; certifiedOn: string; remsSettingId?: string | null | undefined },
  userId: string,
  now: Date,
): Promise<void> {
  const values = { authorisedRepresentative: input.authorisedRepresentative, certifiedOn: input.certifiedOn, remsSettingId: input.remsSettingId ?? null, recordedByUserId: userId, recordedAt: now };
  await db
    .insert(remsSettingCertifications)
    .values({ organisationId: scope.organisationId, locationId, ...values })
    .onConflictDoUpdate({ target: [remsSettingCertifications.organisationId, remsSettingCertifications.locationId], set: values });
}
