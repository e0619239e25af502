import { check, index, integer, jsonb, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { SafetyPlan } from '../../domain/safety/safety-plan.js';
import { users } from './accounts.js';
import { organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';

/** Every version of a patient's safety plan is kept; the newest is the plan. */
export const safetyPlans = pgTable(
  'safety_plan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    version: integer('version').notNull(),
    plan: jsonb('plan').$type<SafetyPlan>().notNull(),
    writtenByUserId: uuid('written_by_user_id')
      .notNull()
      .references(() => users.id),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('safety_plan_patient_version').on(table.organisationId, table.patientId, table.version),
    check('safety_plan_version_positive', sql`${table.version} > 0`),
    index('safety_plan_latest').on(table.organisationId, table.patientId, table.version),
  ],
);
