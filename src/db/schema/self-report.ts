import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';

/**
 * A link that lets a patient answer questionnaires without a password: unguessable (only its hash is kept),
 * expiring, and finished once every questionnaire on it is submitted. Answers in progress are kept here so
 * an interrupted form is not lost.
 */
export const selfReportLinks = pgTable(
  'self_report_link',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    tokenHash: text('token_hash').notNull().unique(),
    instrumentIds: jsonb('instrument_ids').$type<string[]>().notNull(),
    completedInstrumentIds: jsonb('completed_instrument_ids').$type<string[]>().notNull().default([]),
    drafts: jsonb('drafts').$type<Record<string, Record<string, number>>>().notNull().default({}),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (table) => [
    check('self_report_link_window', sql`${table.expiresAt} > ${table.createdAt}`),
    index('self_report_link_patient').on(table.organisationId, table.patientId),
  ],
);
