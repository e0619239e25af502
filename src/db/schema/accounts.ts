import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clinicLocations, organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';

/** Staff and patient users. A patient user is linked to exactly one patient record. */
export const users = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    kind: text('kind').notNull(),
    patientId: uuid('patient_id').references(() => patients.id),
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('app_user_organisation_email').on(table.organisationId, sql`lower(${table.email})`),
    uniqueIndex('app_user_patient').on(table.patientId),
    check('app_user_kind', sql`(${table.kind} = 'staff' and ${table.patientId} is null) or (${table.kind} = 'patient' and ${table.patientId} is not null)`),
    check('app_user_email_shape', sql`${table.email} ~ '^[^@[:space:]]+@[^@[:space:]]+$'`),
  ],
);

export const userRoles = pgTable(
  'user_role',
  {
    organisationId: organisationIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
  },
  (table) => [
    primaryKey({ name: 'user_role_pkey', columns: [table.userId, table.role] }),
    check('user_role_known', sql`${table.role} in ('admin', 'medical-director', 'prescriber', 'nurse', 'therapist', 'front-desk')`),
  ],
);

/**
 * Sign-in sessions. The cookie carries a random token; only its hash is stored. `stage` is `mfa` between a
 * correct password and a correct second factor, when only the MFA endpoints answer.
 */
export const authSessions = pgTable(
  'auth_session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    stage: text('stage').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason'),
  },
  (table) => [
    check('auth_session_stage', sql`${table.stage} in ('mfa', 'mfa-enrolment', 'active')`),
    index('auth_session_user').on(table.organisationId, table.userId),
  ],
);

/** Failed sign-ins by e-mail address (known or not, so both are throttled alike). */
export const signInFailures = pgTable(
  'sign_in_failure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    emailNormalised: text('email_normalised').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sign_in_failure_email').on(table.organisationId, table.emailNormalised, table.occurredAt)],
);

export const recoveryCodes = pgTable(
  'recovery_code',
  {
    organisationId: organisationIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ name: 'recovery_code_pkey', columns: [table.userId, table.codeHash] })],
);

/** Locations a staff member works at. A staff member with none works across the whole organisation. */
export const userLocations = pgTable(
  'user_location',
  {
    organisationId: organisationIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    locationId: uuid('location_id')
      .notNull()
      .references(() => clinicLocations.id),
  },
  (table) => [primaryKey({ name: 'user_location_pkey', columns: [table.userId, table.locationId] })],
);

/**
 * Emergency access (HIPAA 164.312(a)(2)(ii)): read access to one patient outside the staff member's
 * locations, for a stated reason, until it expires. Rows are never changed; admins review them.
 */
export const breakGlassGrants = pgTable(
  'break_glass_grant',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check('break_glass_grant_reason', sql`length(btrim(${table.reason})) >= 10`),
    check('break_glass_grant_window', sql`${table.expiresAt} > ${table.grantedAt}`),
    index('break_glass_grant_user').on(table.organisationId, table.userId, table.expiresAt),
    index('break_glass_grant_time').on(table.organisationId, table.grantedAt),
  ],
);

/** Invitation and password-reset links: single use, expiring; only the token's hash is stored. */
export const oneTimeTokens = pgTable(
  'one_time_token',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [
    check('one_time_token_purpose', sql`${table.purpose} in ('invitation', 'password-reset')`),
    index('one_time_token_user').on(table.organisationId, table.userId),
  ],
);
