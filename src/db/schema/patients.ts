import { sql } from 'drizzle-orm';
import { check, date, index, numeric, pgSequence, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { clinicLocations, organisationIdColumn } from './organisations.js';

/** Numbers for MRNs the clinic does not assign itself (gaps are harmless; uniqueness is per organisation). */
export const patientMrnSequence = pgSequence('patient_mrn_seq', { startWith: 1 });

export const patients = pgTable(
  'patient',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    mrn: text('mrn').notNull(),
    /** The location that looks after the patient; staff limited to locations see their locations' patients. */
    homeLocationId: uuid('home_location_id').references(() => clinicLocations.id),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    sexAtBirth: text('sex_at_birth').notNull(),
    genderIdentity: text('gender_identity'),
    pronouns: text('pronouns'),
    email: text('email'),
    phone: text('phone'),
    addressLine1: text('address_line1'),
    addressLine2: text('address_line2'),
    city: text('city'),
    region: text('region'),
    postalCode: text('postal_code'),
    country: text('country'),
    emergencyContactName: text('emergency_contact_name'),
    emergencyContactPhone: text('emergency_contact_phone'),
    emergencyContactRelationship: text('emergency_contact_relationship'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('patient_organisation_mrn').on(table.organisationId, table.mrn),
    check('patient_sex_at_birth', sql`${table.sexAtBirth} in ('female', 'male', 'intersex', 'unknown')`),
    check('patient_names_present', sql`length(btrim(${table.givenName})) > 0 and length(btrim(${table.familyName})) > 0`),
    // Search matches the MRN exactly or a name by prefix, case-insensitively: one index for each arm of the OR.
    index('patient_mrn_lower').on(table.organisationId, sql`lower(${table.mrn})`),
    index('patient_family_name').on(table.organisationId, sql`lower(${table.familyName}) text_pattern_ops`),
    index('patient_given_name').on(table.organisationId, sql`lower(${table.givenName}) text_pattern_ops`),
    index('patient_date_of_birth').on(table.organisationId, table.dateOfBirth),
  ],
);

/**
 * Problem list (ICD-10-CM). `confidentiality` is `part2` for substance-use-disorder diagnoses, so that
 * disclosure can be gated on the patient's consent (42 CFR Part 2; INTEROP.md §3).
 */
export const patientProblems = pgTable(
  'patient_problem',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    icd10Code: text('icd10_code').notNull(),
    description: text('description').notNull(),
    onsetDate: date('onset_date', { mode: 'string' }),
    status: text('status').notNull().default('active'),
    confidentiality: text('confidentiality').$type<'normal' | 'part2'>().notNull().default('normal'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('patient_problem_icd10_format', sql`${table.icd10Code} ~ '^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$'`),
    check('patient_problem_status', sql`${table.status} in ('active', 'resolved')`),
    check('patient_problem_confidentiality', sql`${table.confidentiality} in ('normal', 'part2')`),
    index('patient_problem_patient').on(table.organisationId, table.patientId),
  ],
);

export const patientAllergies = pgTable(
  'patient_allergy',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    substance: text('substance').notNull(),
    reaction: text('reaction'),
    severity: text('severity'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('patient_allergy_severity', sql`${table.severity} is null or ${table.severity} in ('mild', 'moderate', 'severe')`),
    index('patient_allergy_patient').on(table.organisationId, table.patientId),
  ],
);

export const patientMedications = pgTable(
  'patient_medication',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    description: text('description').notNull(),
    rxnormCode: text('rxnorm_code'),
    /** Total daily dose where it matters to a rule (benzodiazepine load, SPEC.md §2.7). */
    doseMgPerDay: numeric('dose_mg_per_day', { precision: 8, scale: 2, mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('patient_medication_dose', sql`${table.doseMgPerDay} is null or ${table.doseMgPerDay} > 0`),
    check('patient_medication_rxnorm', sql`${table.rxnormCode} is null or ${table.rxnormCode} ~ '^[0-9]{1,10}$'`),
    index('patient_medication_patient').on(table.organisationId, table.patientId),
  ],
);

/** Height and weight over time; dose calculations read the latest weight. */
export const patientBodyMeasurements = pgTable(
  'patient_body_measurement',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    measuredAt: timestamp('measured_at', { withTimezone: true }).notNull(),
    heightCm: numeric('height_cm', { precision: 5, scale: 1, mode: 'number' }),
    weightKg: numeric('weight_kg', { precision: 5, scale: 1, mode: 'number' }),
  },
  (table) => [
    check('patient_body_measurement_present', sql`${table.heightCm} is not null or ${table.weightKg} is not null`),
    check('patient_body_measurement_height', sql`${table.heightCm} is null or ${table.heightCm} between 30 and 272`),
    check('patient_body_measurement_weight', sql`${table.weightKg} is null or ${table.weightKg} between 1 and 635`),
    index('patient_body_measurement_latest').on(table.organisationId, table.patientId, table.measuredAt),
  ],
);
