import { and, desc, eq, sql } from 'drizzle-orm';
import type { SafetyPlan } from '../../domain/safety/safety-plan.js';
import type { Database } from '../database.js';
import { safetyPlans } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export interface SafetyPlanVersion {
  version: number;
  plan: SafetyPlan;
  writtenByUserId: string;
  writtenAt: string;
}

export async function latestSafetyPlan(db: Database, scope: OrganisationScope, patientId: string): Promise<SafetyPlanVersion | undefined> {
  const [row] = await db
    .select({ version: safetyPlans.version, plan: safetyPlans.plan, writtenByUserId: safetyPlans.writtenByUserId, writtenAt: safetyPlans.writtenAt })
    .from(safetyPlans)
    .where(and(eq(safetyPlans.organisationId, scope.organisationId), eq(safetyPlans.patientId, patientId)))
    .orderBy(desc(safetyPlans.version))
    .limit(1);
  return row ? { ...row, writtenAt: row.writtenAt.toISOString() } : undefined;
}

/** Adds the next version; two writers at once cannot both take the same number (the unique key decides). */
export async function insertSafetyPlanVersion(db: Database, scope: OrganisationScope, patientId: string, plan: SafetyPlan, userId: string, now: Date): Promise<number> {
  const [row] = await db
    .insert(safetyPlans)
    .values({
      organisationId: scope.organisationId,
      patientId,
      version: sql`(select coalesce(max(${safetyPlans.version}), 0) + 1 from ${safetyPlans} where ${safetyPlans.organisationId} = ${scope.organisationId} and ${safetyPlans.patientId} = ${patientId})`,
      plan,
      writtenByUserId: userId,
      writtenAt: now,
    })
    .returning({ version: safetyPlans.version });
  return row!.version;
}
