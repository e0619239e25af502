import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { assessments } from './assessments.js';
import { organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';

export interface SafetyResolution {
  cssrsCompleted: boolean;
  safetyPlanReviewed: boolean;
  disposition: string;
  note: string;
}

/** A concern raised by a patient's answers that the care team must act on by `due_at` (the suicide-risk pathway). */
export const safetyTasks = pgTable(
  'safety_task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    severity: text('severity').$type<'high' | 'moderate' | 'low'>().notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedByUserId: uuid('resolved_by_user_id').references(() => users.id),
    resolution: jsonb('resolution').$type<SafetyResolution>(),
  },
  (table) => [
    check('safety_task_severity', sql`${table.severity} in ('high', 'moderate', 'low')`),
    check('safety_task_resolution', sql`(${table.resolvedAt} is null) = (${table.resolution} is null)`),
    index('safety_task_open').on(table.organisationId, table.dueAt).where(sql`${table.resolvedAt} is null`),
  ],
);
