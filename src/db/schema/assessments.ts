import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { FindingValue } from '../../domain/instruments/instrument.js';
import { organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';
import { users } from './accounts.js';

/**
 * A completed instrument. The raw answers and the instrument version are kept, so the score (stored for
 * queries) can always be re-derived. Substance-use instruments are labelled Part 2 (42 CFR Part 2).
 */
export const assessments = pgTable(
  'assessment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    context: jsonb('context').$type<Record<string, string>>().notNull(),
    total: integer('total'),
    band: text('band'),
    flags: jsonb('flags').$type<string[]>().notNull(),
    subscales: jsonb('subscales').$type<Record<string, number>>().notNull(),
    findings: jsonb('findings').$type<Record<string, FindingValue>>().notNull(),
    purpose: text('purpose').notNull(),
    enteredBy: text('entered_by').notNull(),
    enteredByUserId: uuid('entered_by_user_id').references(() => users.id),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    confidentiality: text('confidentiality').$type<'normal' | 'part2'>().notNull(),
  },
  (table) => [
    check('assessment_purpose', sql`${table.purpose} in ('baseline', 'pre-session', 'post-session', 'follow-up', 'routine')`),
    check('assessment_entered_by', sql`${table.enteredBy} in ('patient', 'clinician', 'import')`),
    check('assessment_confidentiality', sql`${table.confidentiality} in ('normal', 'part2')`),
    index('assessment_patient_instrument').on(table.organisationId, table.patientId, table.instrumentId, table.completedAt),
  ],
);
