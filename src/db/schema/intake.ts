import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { IntakeSections } from '../../domain/intake/intake-sections.js';
import { users } from './accounts.js';
import { organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';

/**
 * A patient's intake, saved section by section as the clinician goes. Part 2 (42 CFR Part 2) when the
 * patient is treated for a substance use disorder, so that disclosure can be gated on consent.
 */
export const intakes = pgTable(
  'intake',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    status: text('status').$type<'in-progress' | 'completed'>().notNull().default('in-progress'),
    sections: jsonb('sections').$type<IntakeSections>().notNull(),
    /** Bumped by every save; a client sending a stale revision is told someone else saved first. */
    revision: integer('revision').notNull().default(1),
    confidentiality: text('confidentiality').$type<'normal' | 'part2'>().notNull().default('normal'),
    updatedByUserId: uuid('updated_by_user_id')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    completedByUserId: uuid('completed_by_user_id').references(() => users.id),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (table) => [
    unique('intake_patient').on(table.organisationId, table.patientId),
    check('intake_status', sql`${table.status} in ('in-progress', 'completed')`),
    check('intake_confidentiality', sql`${table.confidentiality} in ('normal', 'part2')`),
    check('intake_completed_consistently', sql`(${table.status} = 'completed') = (${table.completedAt} is not null)`),
    index('intake_status_list').on(table.organisationId, table.status, table.updatedAt),
  ],
);
