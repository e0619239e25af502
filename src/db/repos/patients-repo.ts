import { type SQL, and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { formatMrn, isPart2Diagnosis, type NewPatient, type PatientDemographics } from '../../domain/patients/patient.js';
import type { Database } from '../database.js';
import { patientAllergies, patientBodyMeasurements, patientMedications, patientProblems, patients } from '../schema/index.js';
import type { AccessScope } from './access-scope.js';

export interface PatientSummary {
  id: string;
  mrn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sexAtBirth: PatientDemographics['sexAtBirth'];
  archived: boolean;
}

export interface PatientChart extends PatientSummary {
  homeLocationId: string | null;
  /** The caller sees this record only through emergency access: the read must be flagged in the audit trail. */
  viaBreakGlass: boolean;
  demographics: PatientDemographics;
  problems: { id: string; icd10Code: string; description: string; onsetDate: string | null; status: string; confidentiality: 'normal' | 'part2' }[];
  allergies: { id: string; substance: string; reaction: string | null; severity: string | null }[];
  medications: { id: string; description: string; rxnormCode: string | null; doseMgPerDay: number | null }[];
  bodyMeasurements: { measuredAt: string; heightCm: number | null; weightKg: number | null }[];
}

/**
 * The patients a caller limited to some locations may see: those locations' patients and patients with no
 * location, plus any opened by emergency access. Undefined (no limit) for everyone else. Any query that joins
 * `patient` uses it, so location scoping is written once.
 */
export function patientLocationCondition(scope: AccessScope): SQL | undefined {
  if (!scope.locationIds?.length) return undefined;
  return or(
    isNull(patients.homeLocationId),
    inArray(patients.homeLocationId, [...scope.locationIds]),
    scope.breakGlassPatientIds?.length ? inArray(patients.id, [...scope.breakGlassPatientIds]) : undefined,
  );
}

function inScope(scope: AccessScope): SQL {
  const byLocation = patientLocationCondition(scope);
  return and(eq(patients.organisationId, scope.organisationId), scope.onlyPatientId ? eq(patients.id, scope.onlyPatientId) : undefined, byLocation)!;
}

/** True when the caller sees this patient only through an emergency-access grant. */
function seenThroughBreakGlass(scope: AccessScope, homeLocationId: string | null): boolean {
  return Boolean(scope.locationIds?.length && homeLocationId && !scope.locationIds.includes(homeLocationId));
}

const summaryColumns = {
  id: patients.id,
  mrn: patients.mrn,
  givenName: patients.givenName,
  familyName: patients.familyName,
  dateOfBirth: patients.dateOfBirth,
  sexAtBirth: patients.sexAtBirth,
  archivedAt: patients.archivedAt,
};

type SummaryRow = { archivedAt: Date | null; sexAtBirth: string } & Omit<PatientSummary, 'archived' | 'sexAtBirth'>;
const toSummary = ({ archivedAt, sexAtBirth, ...row }: SummaryRow): PatientSummary => ({
  ...row,
  sexAtBirth: sexAtBirth as PatientSummary['sexAtBirth'],
  archived: archivedAt !== null,
});

export interface PatientSearch {
  /** A name prefix ("rob", "rob smi", "smith, rob"), an MRN, or a date of birth (YYYY-MM-DD). */
  query?: string | undefined;
  includeArchived?: boolean;
  limit: number;
  offset: number;
}

function searchCondition(query: string | undefined): SQL | undefined {
  const trimmed = query?.trim();
  if (!trimmed) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return eq(patients.dateOfBirth, trimmed);
  const escaped = (value: string) => `${value.toLowerCase().replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
  const byMrn = sql`lower(${patients.mrn}) = lower(${trimmed})`;
  const words = trimmed.replace(',', ' ').split(/\s+/).filter(Boolean);
  if (words.length === 1) {
    const prefix = escaped(words[0]!);
    return or(byMrn, sql`lower(${patients.familyName}) like ${prefix}`, sql`lower(${patients.givenName}) like ${prefix}`);
  }
  const [first, second] = [escaped(words[0]!), escaped(words.slice(1).join(' '))];
  return or(
    byMrn,
    and(sql`lower(${patients.givenName}) like ${first}`, sql`lower(${patients.familyName}) like ${second}`),
    and(sql`lower(${patients.familyName}) like ${first}`, sql`lower(${patients.givenName}) like ${second}`),
  );
}

export async function searchPatients(db: Database, scope: AccessScope, search: PatientSearch): Promise<{ patients: PatientSummary[]; total: number }> {
  const where = and(inScope(scope), searchCondition(search.query), search.includeArchived ? undefined : isNull(patients.archivedAt));
  const rows = await db
    .select({ ...summaryColumns, total: sql<number>`count(*) over ()::int` })
    .from(patients)
    .where(where)
    .orderBy(sql`lower(${patients.familyName})`, sql`lower(${patients.givenName})`, asc(patients.dateOfBirth), asc(patients.id))
    .limit(search.limit)
    .offset(search.offset);
  const total = rows[0]?.total ?? (search.offset > 0 ? await countPatients(db, where) : 0);
  return { patients: rows.map(({ total: _total, ...row }) => toSummary(row)), total };
}

async function countPatients(db: Database, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(patients).where(where);
  return row?.count ?? 0;
}

export async function findPatientChart(db: Database, scope: AccessScope, patientId: string): Promise<PatientChart | undefined> {
  const [row] = await db.select().from(patients).where(and(inScope(scope), eq(patients.id, patientId)));
  if (!row) return undefined;
  const owned = and(eq(patientProblems.organisationId, scope.organisationId), eq(patientProblems.patientId, patientId));
  const [problems, allergies, medications, bodyMeasurements] = await Promise.all([
    db
      .select({
        id: patientProblems.id,
        icd10Code: patientProblems.icd10Code,
        description: patientProblems.description,
        onsetDate: patientProblems.onsetDate,
        status: patientProblems.status,
        confidentiality: patientProblems.confidentiality,
      })
      .from(patientProblems)
      .where(owned)
      .orderBy(asc(patientProblems.createdAt)),
    db
      .select({ id: patientAllergies.id, substance: patientAllergies.substance, reaction: patientAllergies.reaction, severity: patientAllergies.severity })
      .from(patientAllergies)
      .where(and(eq(patientAllergies.organisationId, scope.organisationId), eq(patientAllergies.patientId, patientId)))
      .orderBy(asc(patientAllergies.createdAt)),
    db
      .select({ id: patientMedications.id, description: patientMedications.description, rxnormCode: patientMedications.rxnormCode, doseMgPerDay: patientMedications.doseMgPerDay })
      .from(patientMedications)
      .where(and(eq(patientMedications.organisationId, scope.organisationId), eq(patientMedications.patientId, patientId)))
      .orderBy(asc(patientMedications.createdAt)),
    db
      .select({ measuredAt: patientBodyMeasurements.measuredAt, heightCm: patientBodyMeasurements.heightCm, weightKg: patientBodyMeasurements.weightKg })
      .from(patientBodyMeasurements)
      .where(and(eq(patientBodyMeasurements.organisationId, scope.organisationId), eq(patientBodyMeasurements.patientId, patientId)))
      .orderBy(desc(patientBodyMeasurements.measuredAt))
      .limit(20),
  ]);
  return {
    ...toSummary({ id: row.id, mrn: row.mrn, givenName: row.givenName, familyName: row.familyName, dateOfBirth: row.dateOfBirth, sexAtBirth: row.sexAtBirth, archivedAt: row.archivedAt }),
    homeLocationId: row.homeLocationId,
    viaBreakGlass: seenThroughBreakGlass(scope, row.homeLocationId),
    demographics: {
      givenName: row.givenName,
      familyName: row.familyName,
      dateOfBirth: row.dateOfBirth,
      sexAtBirth: row.sexAtBirth as PatientDemographics['sexAtBirth'],
      genderIdentity: row.genderIdentity,
      pronouns: row.pronouns,
      email: row.email,
      phone: row.phone,
      address: row.addressLine1
        ? { line1: row.addressLine1, line2: row.addressLine2, city: row.city ?? '', region: row.region ?? '', postalCode: row.postalCode ?? '', country: row.country ?? 'US' }
        : null,
      emergencyContact: row.emergencyContactName
        ? { name: row.emergencyContactName, phone: row.emergencyContactPhone ?? '', relationship: row.emergencyContactRelationship }
        : null,
    },
    problems,
    allergies,
    medications,
    bodyMeasurements: bodyMeasurements.map((measurement) => ({ ...measurement, measuredAt: measurement.measuredAt.toISOString() })),
  };
}

function demographicColumns(input: PatientDemographics) {
  return {
    givenName: input.givenName,
    familyName: input.familyName,
    dateOfBirth: input.dateOfBirth,
    sexAtBirth: input.sexAtBirth,
    genderIdentity: input.genderIdentity ?? null,
    pronouns: input.pronouns ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    addressLine1: input.address?.line1 ?? null,
    addressLine2: input.address?.line2 ?? null,
    city: input.address?.city ?? null,
    region: input.address?.region ?? null,
    postalCode: input.address?.postalCode ?? null,
    country: input.address?.country ?? null,
    emergencyContactName: input.emergencyContact?.name ?? null,
    emergencyContactPhone: input.emergencyContact?.phone ?? null,
    emergencyContactRelationship: input.emergencyContact?.relationship ?? null,
  };
}

/** Creates a patient; answers undefined when the MRN is taken in this organisation. */
export async function insertPatient(db: Database, scope: AccessScope, input: NewPatient, now: Date): Promise<{ id: string; mrn: string } | undefined> {
  const mrn = input.mrn ?? formatMrn(Number((await db.execute(sql`select nextval('patient_mrn_seq') as next`) as unknown as { rows: { next: string }[] }).rows[0]!.next));
  const [row] = await db
    .insert(patients)
    .values({ organisationId: scope.organisationId, mrn, homeLocationId: input.homeLocationId ?? null, ...demographicColumns(input), createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: [patients.organisationId, patients.mrn] })
    .returning({ id: patients.id, mrn: patients.mrn });
  return row;
}

export async function updatePatientDemographics(db: Database, scope: AccessScope, patientId: string, input: PatientDemographics, now: Date): Promise<boolean> {
  const updated = await db
    .update(patients)
    .set({ ...demographicColumns(input), updatedAt: now })
    .where(and(inScope(scope), eq(patients.id, patientId)))
    .returning({ id: patients.id });
  return updated.length === 1;
}

/** Soft archive: the record stays, out of default lists. Patient records are never deleted. */
export async function archivePatient(db: Database, scope: AccessScope, patientId: string, now: Date): Promise<boolean> {
  const updated = await db
    .update(patients)
    .set({ archivedAt: now, updatedAt: now })
    .where(and(inScope(scope), eq(patients.id, patientId), isNull(patients.archivedAt)))
    .returning({ id: patients.id });
  return updated.length === 1;
}

export interface PatientBasics {
  id: string;
  dateOfBirth: string;
  sexAtBirth: string;
  homeLocationId: string | null;
}

/** The few facts clinical rules need (age, sex at birth, location), or undefined outside the caller's scope. */
export async function findPatientBasics(db: Database, scope: AccessScope, patientId: string): Promise<PatientBasics | undefined> {
  const [row] = await db
    .select({ id: patients.id, dateOfBirth: patients.dateOfBirth, sexAtBirth: patients.sexAtBirth, homeLocationId: patients.homeLocationId })
    .from(patients)
    .where(and(inScope(scope), eq(patients.id, patientId)));
  return row;
}

export async function patientExists(db: Database, scope: AccessScope, patientId: string): Promise<boolean> {
  const [row] = await db.select({ id: patients.id }).from(patients).where(and(inScope(scope), eq(patients.id, patientId)));
  return row !== undefined;
}

export async function insertProblem(
  db: Database,
  scope: AccessScope,
  patientId: string,
  input: { icd10Code: string; description: string; onsetDate?: string | null | undefined },
): Promise<string> {
  const [row] = await db
    .insert(patientProblems)
    .values({
      organisationId: scope.organisationId,
      patientId,
      icd10Code: input.icd10Code.toUpperCase(),
      description: input.description,
      onsetDate: input.onsetDate ?? null,
      confidentiality: isPart2Diagnosis(input.icd10Code) ? 'part2' : 'normal',
    })
    .returning({ id: patientProblems.id });
  return row!.id;
}

export async function insertAllergy(db: Database, scope: AccessScope, patientId: string, input: { substance: string; reaction?: string | null | undefined; severity?: string | null | undefined }): Promise<void> {
  await db.insert(patientAllergies).values({ organisationId: scope.organisationId, patientId, substance: input.substance, reaction: input.reaction ?? null, severity: input.severity ?? null });
}

export async function insertMedication(db: Database, scope: AccessScope, patientId: string, input: { description: string; rxnormCode?: string | null | undefined; doseMgPerDay?: number | null | undefined }): Promise<void> {
  await db.insert(patientMedications).values({ organisationId: scope.organisationId, patientId, description: input.description, rxnormCode: input.rxnormCode ?? null, doseMgPerDay: input.doseMgPerDay ?? null });
}

export async function insertBodyMeasurement(db: Database, scope: AccessScope, patientId: string, input: { measuredAt: Date; heightCm?: number | null | undefined; weightKg?: number | null | undefined }): Promise<void> {
  await db.insert(patientBodyMeasurements).values({ organisationId: scope.organisationId, patientId, measuredAt: input.measuredAt, heightCm: input.heightCm ?? null, weightKg: input.weightKg ?? null });
}


/** Whether the patient exists in the organisation at all, whatever the caller's locations (for emergency access). */
export async function patientExistsInOrganisation(db: Database, organisationId: string, patientId: string): Promise<boolean> {
  const [row] = await db.select({ id: patients.id }).from(patients).where(and(eq(patients.organisationId, organisationId), eq(patients.id, patientId)));
  return row !== undefined;
}
