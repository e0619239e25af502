import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';

/** Every version of a clinic's eligibility rules is kept, so a decision can be read against the rules it used. */
export const eligibilityRuleSets = pgTable(
  'eligibility_rule_set',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    version: integer('version').notNull(),
    rules: jsonb('rules').$type<unknown>().notNull(),
    writtenByUserId: uuid('written_by_user_id')
      .notNull()
      .references(() => users.id),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
  },
  (table) => [unique('eligibility_rule_set_version').on(table.organisationId, table.version), check('eligibility_rule_set_version_positive', sql`${table.version} > 0`)],
);

/**
 * A prescriber's decision on a route, with the facts and the evaluation it was made on. Append-only: a
 * changed mind is a new decision. Proceeding against a relative or absolute reason needs a justification.
 */
export const eligibilityDecisions = pgTable(
  'eligibility_decision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    route: text('route').notNull(),
    decision: text('decision').$type<'proceed' | 'decline'>().notNull(),
    evaluatedDecision: text('evaluated_decision').$type<'eligible' | 'needs-review' | 'excluded'>().notNull(),
    /** What the decision overrode: nothing, a relative reason, or an absolute one (medical director only). */
    override: text('override').$type<'none' | 'relative' | 'absolute'>().notNull(),
    justification: text('justification'),
    facts: jsonb('facts').$type<unknown>().notNull(),
    reasons: jsonb('reasons').$type<unknown[]>().notNull(),
    /** 0 when the built-in defaults were used. */
    ruleSetVersion: integer('rule_set_version').notNull(),
    decidedByUserId: uuid('decided_by_user_id')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    confidentiality: text('confidentiality').$type<'normal' | 'part2'>().notNull(),
  },
  (table) => [
    check('eligibility_decision_decision', sql`${table.decision} in ('proceed', 'decline')`),
    check('eligibility_decision_evaluated', sql`${table.evaluatedDecision} in ('eligible', 'needs-review', 'excluded')`),
    check('eligibility_decision_override', sql`${table.override} in ('none', 'relative', 'absolute')`),
    check('eligibility_decision_justified', sql`${table.override} = 'none' or length(btrim(coalesce(${table.justification}, ''))) >= 10`),
    check('eligibility_decision_route', sql`${table.route} in ('iv', 'im', 'intranasal-esketamine', 'oral', 'sublingual')`),
    check('eligibility_decision_confidentiality', sql`${table.confidentiality} in ('normal', 'part2')`),
    index('eligibility_decision_latest').on(table.organisationId, table.patientId, table.route, table.decidedAt),
  ],
);
