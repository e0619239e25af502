import { and, desc, eq, sql } from 'drizzle-orm';
import { defaultEligibilityRules } from '../../domain/eligibility/default-eligibility-rules.js';
import type { EligibilityRuleSet } from '../../domain/eligibility/eligibility-rules.js';
import type { EligibilityReason } from '../../domain/eligibility/evaluate-eligibility.js';
import type { Database } from '../database.js';
import { eligibilityDecisions, eligibilityRuleSets, users } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

/** The clinic's current rules, or the built-in defaults (version 0) until it writes its own. */
export async function readEligibilityRules(db: Database, scope: OrganisationScope): Promise<{ rules: EligibilityRuleSet; version: number }> {
  const [row] = await db
    .select({ rules: eligibilityRuleSets.rules, version: eligibilityRuleSets.version })
    .from(eligibilityRuleSets)
    .where(eq(eligibilityRuleSets.organisationId, scope.organisationId))
    .orderBy(desc(eligibilityRuleSets.version))
    .limit(1);
  return row ? { rules: row.rules as EligibilityRuleSet, version: row.version } : { rules: defaultEligibilityRules, version: 0 };
}

export async function insertEligibilityRules(db: Database, scope: OrganisationScope, rules: EligibilityRuleSet, userId: string, now: Date): Promise<number> {
  const [row] = await db
    .insert(eligibilityRuleSets)
    .values({
      organisationId: scope.organisationId,
      version: sql`(select coalesce(max(${eligibilityRuleSets.version}), 0) + 1 from ${eligibilityRuleSets} where ${eligibilityRuleSets.organisationId} = ${scope.organisationId})`,
      rules,
      writtenByUserId: userId,
      writtenAt: now,
    })
    .returning({ version: eligibilityRuleSets.version });
  return row!.version;
}

export interface EligibilityDecisionRecord {
  id: string;
  route: string;
  decision: 'proceed' | 'decline';
  evaluatedDecision: 'eligible' | 'needs-review' | 'excluded';
  override: 'none' | 'relative' | 'absolute';
  justification: string | null;
  reasons: EligibilityReason[];
  ruleSetVersion: number;
  decidedBy: { userId: string; name: string };
  decidedAt: string;
}

export interface NewEligibilityDecision extends Omit<EligibilityDecisionRecord, 'id' | 'decidedBy' | 'decidedAt'> {
  patientId: string;
  facts: unknown;
  decidedByUserId: string;
  confidentiality: 'normal' | 'part2';
}

export async function insertEligibilityDecision(db: Database, scope: OrganisationScope, input: NewEligibilityDecision, now: Date): Promise<string> {
  const [row] = await db
    .insert(eligibilityDecisions)
    .values({ organisationId: scope.organisationId, ...input, decidedAt: now })
    .returning({ id: eligibilityDecisions.id });
  return row!.id;
}

/** Newest first; with `route`, only that route's. */
export async function listEligibilityDecisions(db: Database, scope: OrganisationScope, patientId: string, route?: string): Promise<EligibilityDecisionRecord[]> {
  const rows = await db
    .select({
      id: eligibilityDecisions.id,
      route: eligibilityDecisions.route,
      decision: eligibilityDecisions.decision,
      evaluatedDecision: eligibilityDecisions.evaluatedDecision,
      override: eligibilityDecisions.override,
      justification: eligibilityDecisions.justification,
      reasons: eligibilityDecisions.reasons,
      ruleSetVersion: eligibilityDecisions.ruleSetVersion,
      decidedByUserId: eligibilityDecisions.decidedByUserId,
      decidedByName: users.displayName,
      decidedAt: eligibilityDecisions.decidedAt,
    })
    .from(eligibilityDecisions)
    .innerJoin(users, eq(users.id, eligibilityDecisions.decidedByUserId))
    .where(and(eq(eligibilityDecisions.organisationId, scope.organisationId), eq(eligibilityDecisions.patientId, patientId), route ? eq(eligibilityDecisions.route, route) : undefined))
    .orderBy(desc(eligibilityDecisions.decidedAt), desc(eligibilityDecisions.id));
  return rows.map(({ decidedByUserId, decidedByName, decidedAt, reasons, ...row }) => ({
    ...row,
    reasons: reasons as EligibilityReason[],
    decidedBy: { userId: decidedByUserId, name: decidedByName },
    decidedAt: decidedAt.toISOString(),
  }));
}
