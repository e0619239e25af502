import { sql } from 'drizzle-orm';
import { check, date, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { clinicLocations, organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';

/** The patient's Spravato REMS enrolment, needed before the first esketamine session. */
export const remsPatientEnrolments = pgTable(
  'rems_patient_enrolment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    remsPatientId: text('rems_patient_id').notNull(),
    enrolledOn: date('enrolled_on', { mode: 'string' }).notNull(),
    patientSignedOn: date('patient_signed_on', { mode: 'string' }).notNull(),
    prescriberUserId: uuid('prescriber_user_id')
      .notNull()
      .references(() => users.id),
    prescriberSignedOn: date('prescriber_signed_on', { mode: 'string' }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('rems_patient_enrolment_patient').on(table.organisationId, table.patientId),
    check('rems_patient_enrolment_id_present', sql`length(btrim(${table.remsPatientId})) between 1 and 64`),
  ],
);

/** A location's certification as a Spravato REMS healthcare setting. */
export const remsSettingCertifications = pgTable(
  'rems_setting_certification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => clinicLocations.id),
    authorisedRepresentative: text('authorised_representative').notNull(),
    certifiedOn: date('certified_on', { mode: 'string' }).notNull(),
    remsSettingId: text('rems_setting_id'),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('rems_setting_certification_location').on(table.organisationId, table.locationId),
    check('rems_setting_certification_representative', sql`length(btrim(${table.authorisedRepresentative})) between 1 and 200`),
  ],
);
