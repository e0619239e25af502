import { sql } from 'drizzle-orm';
import { boolean, check, customType, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { deaRegistrations } from './controlled-substances.js';
import { clinicLocations, organisationIdColumn, organisations } from './organisations.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * What a staff member holds: professional licences, NPI, their own DEA registration, board certifications,
 * life-support certifications and training. `expiresAt` is an instant: a credential stops counting at that
 * moment, not at the next midnight.
 */
export const staffCredentials = pgTable(
  'staff_credential',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').$type<'licence' | 'npi' | 'dea-registration' | 'board-certification' | 'life-support' | 'training'>().notNull(),
    /** Licence type (MD, DO, NP, PA, RN, LPN, CRNA, LCSW, LPC, psychologist), certification (ACLS, BLS, PALS), board or training name. */
    type: text('type').notNull(),
    /** A US state or territory (two letters) for licences; the state of a practitioner's DEA registration. */
    jurisdiction: text('jurisdiction'),
    number: text('number'),
    issuer: text('issuer'),
    issuedOn: date('issued_on', { mode: 'string' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    status: text('status').$type<'active' | 'inactive' | 'suspended' | 'revoked'>().notNull(),
    /** A practitioner DEA registration: the location it covers and its schedules. */
    locationId: uuid('location_id').references(() => clinicLocations.id),
    schedules: jsonb('schedules').$type<string[]>(),
    /** Shown on the clinic's public page (licences, board and life-support certifications only). */
    publiclyListed: boolean('publicly_listed').notNull().default(true),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('staff_credential_user').on(table.organisationId, table.userId),
    index('staff_credential_expiry').on(table.organisationId, table.expiresAt),
    check('staff_credential_kind', sql`${table.kind} in ('licence', 'npi', 'dea-registration', 'board-certification', 'life-support', 'training')`),
    check('staff_credential_status', sql`${table.status} in ('active', 'inactive', 'suspended', 'revoked')`),
    check('staff_credential_jurisdiction', sql`${table.jurisdiction} is null or ${table.jurisdiction} ~ '^[A-Z]{2}$'`),
    check('staff_credential_licence_fields', sql`${table.kind} <> 'licence' or (${table.jurisdiction} is not null and ${table.number} is not null)`),
    check('staff_credential_npi', sql`${table.kind} <> 'npi' or ${table.number} ~ '^[0-9]{10}$'`),
    check('staff_credential_dea', sql`${table.kind} <> 'dea-registration' or (${table.number} ~ '^[A-Z]{2}[0-9]{7}$' and ${table.schedules} is not null)`),
  ],
);

/** Who checked a credential, when, how (the primary source), and when it must be checked again. Append-only. */
export const credentialVerifications = pgTable(
  'credential_verification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    credentialId: uuid('credential_id')
      .notNull()
      .references(() => staffCredentials.id),
    verifiedByUserId: uuid('verified_by_user_id')
      .notNull()
      .references(() => users.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull(),
    method: text('method').$type<'primary-source' | 'document-review'>().notNull(),
    /** Where it was checked: the state board's licence lookup, the NPPES registry, the AHA eCard site… */
    source: text('source').notNull(),
    outcome: text('outcome').$type<'verified' | 'discrepancy'>().notNull(),
    nextDueOn: date('next_due_on', { mode: 'string' }).notNull(),
    note: text('note'),
  },
  (table) => [
    index('credential_verification_credential').on(table.organisationId, table.credentialId, table.verifiedAt),
    check('credential_verification_method', sql`${table.method} in ('primary-source', 'document-review')`),
    check('credential_verification_outcome', sql`${table.outcome} in ('verified', 'discrepancy')`),
  ],
);

/** A scan or PDF of a credential: type-checked by its first bytes, size-limited, stored with its digest. */
export const credentialDocuments = pgTable(
  'credential_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    credentialId: uuid('credential_id')
      .notNull()
      .references(() => staffCredentials.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').$type<'application/pdf' | 'image/png' | 'image/jpeg'>().notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('credential_document_credential').on(table.organisationId, table.credentialId),
    check('credential_document_type', sql`${table.mediaType} in ('application/pdf', 'image/png', 'image/jpeg')`),
    check('credential_document_size', sql`${table.sizeBytes} > 0 and ${table.sizeBytes} <= 5242880`),
  ],
);

/** The roster of 21 CFR 1301.22(b): staff authorised to handle stock under a location's DEA registration. */
export const authorisedHandlers = pgTable(
  'authorised_handler',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => deaRegistrations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    grantedByUserId: uuid('granted_by_user_id').references(() => users.id),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('authorised_handler_user').on(table.organisationId, table.userId), index('authorised_handler_registration').on(table.organisationId, table.registrationId)],
);

/** The credential rules a clinic enforces (defaults in domain/credentials/credential-rules.ts), and its public page. */
export const credentialSettings = pgTable(
  'credential_settings',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id),
    rules: jsonb('rules').$type<unknown>().notNull(),
    publicPageEnabled: boolean('public_page_enabled').notNull().default(false),
    publicPage: jsonb('public_page').$type<Record<string, unknown>>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
);

/** One reminder per credential per threshold (90, 60, 30 days, expired), so the outbox is not flooded. */
export const credentialReminders = pgTable(
  'credential_reminder',
  {
    organisationId: organisationIdColumn(),
    credentialId: uuid('credential_id')
      .notNull()
      .references(() => staffCredentials.id),
    threshold: text('threshold').$type<'90' | '60' | '30' | 'expired'>().notNull(),
    /** The expiry the reminder was about: a renewed credential is reminded again. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (table) => [unique('credential_reminder_once').on(table.credentialId, table.threshold, table.expiresAt)],
);
