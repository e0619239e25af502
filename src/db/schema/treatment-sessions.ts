import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { clinicLocations, organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';
import { treatmentPlans } from './treatment-plans.js';

const sessionStateCheck = `('scheduled', 'checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready', 'discharged', 'stopped')`;

/**
 * One dosing session on the floor. Its state changes only through recorded transitions (`session_transition`);
 * `revision` bumps on every change so two nurses on one chart cannot silently overwrite each other.
 */
export const treatmentSessions = pgTable(
  'treatment_session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => treatmentPlans.id),
    planSequence: integer('plan_sequence').notNull(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => clinicLocations.id),
    chair: text('chair').notNull(),
    route: text('route').notNull(),
    state: text('state').notNull(),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull(),
    supervisingPrescriberUserId: uuid('supervising_prescriber_user_id').references(() => users.id),
    /** The pre-dose checklist as charted (fasting, escort, pregnancy, measures). */
    readiness: jsonb('readiness').$type<Record<string, unknown>>().notNull().default({}),
    readinessOverrideReason: text('readiness_override_reason'),
    /** The calculated dose and the product drawn (concentration, lot, volume), for the ledger to reconcile. */
    dose: jsonb('dose').$type<Record<string, unknown>>(),
    doseVerifiedByUserId: uuid('dose_verified_by_user_id').references(() => users.id),
    discharge: jsonb('discharge').$type<Record<string, unknown>>().notNull().default({}),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    dosingStartedAt: timestamp('dosing_started_at', { withTimezone: true }),
    administrationEndedAt: timestamp('administration_ended_at', { withTimezone: true }),
    dischargedAt: timestamp('discharged_at', { withTimezone: true }),
    stopReason: text('stop_reason'),
    note: text('note'),
    signedByUserId: uuid('signed_by_user_id').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    revision: integer('revision').notNull().default(1),
    confidentiality: text('confidentiality').$type<'normal' | 'part2'>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check('treatment_session_state', sql.raw(`state in ${sessionStateCheck}`)),
    check('treatment_session_route', sql`${table.route} in ('iv', 'im', 'intranasal-esketamine', 'oral', 'sublingual')`),
    check('treatment_session_stopped_with_reason', sql`${table.state} <> 'stopped' or length(btrim(coalesce(${table.stopReason}, ''))) > 0`),
    check('treatment_session_signed', sql`(${table.signedAt} is null) = (${table.signedByUserId} is null)`),
    check('treatment_session_signed_when_over', sql`${table.signedAt} is null or ${table.state} in ('discharged', 'stopped')`),
    check('treatment_session_chair', sql`length(btrim(${table.chair})) between 1 and 40`),
    // One session per planned slot, and one patient in one chair at a time.
    uniqueIndex('treatment_session_plan_slot').on(table.organisationId, table.planId, table.planSequence),
    uniqueIndex('treatment_session_chair_busy')
      .on(table.organisationId, table.locationId, table.chair)
      .where(sql.raw(`state in ('checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready')`)),
    index('treatment_session_floor').on(table.organisationId, table.locationId, table.state, table.scheduledFor),
    // The floor board asks for sessions on the floor now or scheduled today, across the caller's locations.
    index('treatment_session_on_floor')
      .on(table.organisationId, table.state)
      .where(sql.raw(`state in ('checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready')`)),
    index('treatment_session_scheduled').on(table.organisationId, table.scheduledFor),
    index('treatment_session_patient').on(table.organisationId, table.patientId, table.scheduledFor),
  ],
);

/** Every state change: who, when, from what to what, and why (append-only). */
export const sessionTransitions = pgTable(
  'session_transition',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: two changes in the same millisecond still read back in the order they happened. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    organisationId: organisationIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reason: text('reason'),
  },
  (table) => [index('session_transition_session').on(table.organisationId, table.sessionId, table.at)],
);

/** Vital signs as a time series (append-only); each carries the threshold crossings it caused. */
export const sessionVitals = pgTable(
  'session_vital',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    measuredAt: timestamp('measured_at', { withTimezone: true }).notNull(),
    systolicMmHg: integer('systolic_mm_hg'),
    diastolicMmHg: integer('diastolic_mm_hg'),
    heartRateBpm: integer('heart_rate_bpm'),
    spo2Percent: integer('spo2_percent'),
    respiratoryRatePerMin: integer('respiratory_rate_per_min'),
    source: text('source').$type<'manual' | 'monitor-import'>().notNull(),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check('session_vital_source', sql`${table.source} in ('manual', 'monitor-import')`),
    check(
      'session_vital_present',
      sql`coalesce(${table.systolicMmHg}, ${table.diastolicMmHg}, ${table.heartRateBpm}, ${table.spo2Percent}, ${table.respiratoryRatePerMin}) is not null`,
    ),
    index('session_vital_latest').on(table.organisationId, table.sessionId, table.measuredAt),
  ],
);

/**
 * Events that need a person to act: threshold crossings and adverse events. The action note, and for a
 * "stop" crossing the prescriber's signature, are each written once.
 */
export const sessionEvents = pgTable(
  'session_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    kind: text('kind').$type<'threshold' | 'adverse-event' | 'observation'>().notNull(),
    level: text('level').$type<'slow' | 'stop' | 'mild' | 'moderate' | 'severe'>().notNull(),
    /** A serious adverse event, flagged for reporting (FDA MedWatch; the Spravato REMS). */
    serious: boolean('serious').notNull().default(false),
    signal: text('signal').notNull(),
    value: numeric('value', { precision: 8, scale: 2, mode: 'number' }),
    message: text('message').notNull(),
    vitalId: uuid('vital_id').references(() => sessionVitals.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    reportedByUserId: uuid('reported_by_user_id')
      .notNull()
      .references(() => users.id),
    actionNote: text('action_note'),
    outcome: text('outcome'),
    actionByUserId: uuid('action_by_user_id').references(() => users.id),
    actionAt: timestamp('action_at', { withTimezone: true }),
    prescriberSignedByUserId: uuid('prescriber_signed_by_user_id').references(() => users.id),
    prescriberSignedAt: timestamp('prescriber_signed_at', { withTimezone: true }),
  },
  (table) => [
    check('session_event_kind', sql`${table.kind} in ('threshold', 'adverse-event', 'observation')`),
    check('session_event_level', sql`${table.level} in ('slow', 'stop', 'mild', 'moderate', 'severe')`),
    check('session_event_action', sql`(${table.actionNote} is null) = (${table.actionAt} is null) and (${table.actionAt} is null) = (${table.actionByUserId} is null)`),
    check('session_event_signed', sql`(${table.prescriberSignedAt} is null) = (${table.prescriberSignedByUserId} is null)`),
    index('session_event_session').on(table.organisationId, table.sessionId, table.occurredAt),
  ],
);

/** Dissociation and sedation ratings at the protocol's times (append-only). */
export const sessionObservations = pgTable(
  'session_observation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    kind: text('kind').notNull(),
    value: integer('value').notNull(),
    observedAt: timestamp('observed_at', { withTimezone: true }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
  },
  (table) => [
    check('session_observation_kind', sql`${table.kind} in ('dissociation-0-4', 'moaas')`),
    check('session_observation_value', sql`(${table.kind} = 'dissociation-0-4' and ${table.value} between 0 and 4) or (${table.kind} = 'moaas' and ${table.value} between 0 and 5)`),
    index('session_observation_session').on(table.organisationId, table.sessionId, table.observedAt),
  ],
);

/** Esketamine: each nasal device given, so the 5-minute spacing is enforced and shown (append-only). */
export const sessionDeviceAdministrations = pgTable(
  'session_device_administration',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    deviceNumber: integer('device_number').notNull(),
    administeredAt: timestamp('administered_at', { withTimezone: true }).notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
  },
  (table) => [
    uniqueIndex('session_device_number').on(table.organisationId, table.sessionId, table.deviceNumber),
    check('session_device_number_range', sql`${table.deviceNumber} between 1 and 3`),
  ],
);

/** After sign-off the note is fixed; corrections are addenda with author and time (append-only). */
export const sessionAddenda = pgTable(
  'session_addendum',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    text: text('text').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
  },
  (table) => [check('session_addendum_text', sql`length(btrim(${table.text})) between 1 and 8000`), index('session_addendum_session').on(table.organisationId, table.sessionId, table.writtenAt)],
);

/** Every version of a clinic's vital-sign thresholds (SPEC.md §2.6 defaults until it writes its own). */
export const vitalThresholdSets = pgTable(
  'vital_threshold_set',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    version: integer('version').notNull(),
    thresholds: jsonb('thresholds').$type<unknown>().notNull(),
    writtenByUserId: uuid('written_by_user_id')
      .notNull()
      .references(() => users.id),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('vital_threshold_set_version').on(table.organisationId, table.version)],
);

/** The Spravato REMS Patient Monitoring Form, once submitted to the REMS for a session (one per session). */
export const remsFormSubmissions = pgTable(
  'rems_form_submission',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    formVersion: text('form_version').notNull(),
    submittedByUserId: uuid('submitted_by_user_id')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    confirmation: text('confirmation'),
  },
  (table) => [uniqueIndex('rems_form_submission_session').on(table.organisationId, table.sessionId)],
);

/** A reminder sent because a session's REMS form neared its deadline unsubmitted (sent once). */
export const remsFormReminders = pgTable(
  'rems_form_reminder',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    remindedAt: timestamp('reminded_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('rems_form_reminder_session').on(table.organisationId, table.sessionId)],
);
