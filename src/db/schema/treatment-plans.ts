import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';

/** Every version of a clinic's edits to a protocol; a key with no row uses the built-in default. */
export const treatmentProtocols = pgTable(
  'treatment_protocol',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<unknown>().notNull(),
    writtenByUserId: uuid('written_by_user_id')
      .notNull()
      .references(() => users.id),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
  },
  (table) => [unique('treatment_protocol_version').on(table.organisationId, table.key, table.version), check('treatment_protocol_version_positive', sql`${table.version} > 0`)],
);

/** A course of treatment: draft → active → completed or stopped. The protocol is copied in, so later edits to it do not change a plan. */
export const treatmentPlans = pgTable(
  'treatment_plan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    status: text('status').$type<'draft' | 'active' | 'completed' | 'stopped'>().notNull(),
    route: text('route').notNull(),
    indications: jsonb('indications').$type<string[]>().notNull(),
    protocolKey: text('protocol_key').notNull(),
    protocolVersion: integer('protocol_version').notNull(),
    protocol: jsonb('protocol').$type<unknown>().notNull(),
    /** `{ mgPerKg }` for weight-based routes, `{ mg }` for fixed doses. */
    startingDose: jsonb('starting_dose').$type<{ mgPerKg: number } | { mg: number }>().notNull(),
    goals: text('goals').notNull(),
    integrationTherapistUserId: uuid('integration_therapist_user_id').references(() => users.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    statusReason: text('status_reason'),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    activatedByUserId: uuid('activated_by_user_id').references(() => users.id),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    endedByUserId: uuid('ended_by_user_id').references(() => users.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    confidentiality: text('confidentiality').$type<'normal' | 'part2'>().notNull(),
  },
  (table) => [
    check('treatment_plan_status', sql`${table.status} in ('draft', 'active', 'completed', 'stopped')`),
    check('treatment_plan_route', sql`${table.route} in ('iv', 'im', 'intranasal-esketamine', 'oral', 'sublingual')`),
    check('treatment_plan_activated', sql`${table.status} = 'draft' or ${table.activatedAt} is not null or ${table.status} = 'stopped'`),
    check('treatment_plan_ended_with_reason', sql`${table.status} not in ('completed', 'stopped') or (${table.endedAt} is not null and length(btrim(coalesce(${table.statusReason}, ''))) > 0)`),
    check('treatment_plan_confidentiality', sql`${table.confidentiality} in ('normal', 'part2')`),
    // One course at a time: two prescribers activating plans at once cannot both succeed.
    uniqueIndex('treatment_plan_one_active').on(table.organisationId, table.patientId).where(sql`${table.status} = 'active'`),
    index('treatment_plan_patient').on(table.organisationId, table.patientId, table.createdAt),
    // Outcome figures read the courses still running or ended within their window.
    index('treatment_plan_ended').on(table.organisationId, table.endedAt),
  ],
);

/** The planned series: proposed from the protocol's cadence and the clinic's opening hours, adjustable while a draft. */
export const treatmentPlanSessions = pgTable(
  'treatment_plan_session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => treatmentPlans.id),
    sequence: integer('sequence').notNull(),
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    phase: text('phase').$type<'induction' | 'maintenance'>().notNull(),
    dose: jsonb('dose').$type<{ mgPerKg: number } | { mg: number }>().notNull(),
    note: text('note'),
  },
  (table) => [
    unique('treatment_plan_session_sequence').on(table.organisationId, table.planId, table.sequence),
    check('treatment_plan_session_phase', sql`${table.phase} in ('induction', 'maintenance')`),
    check('treatment_plan_session_time', sql`${table.startTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
  ],
);
