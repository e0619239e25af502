import { desc, eq, sql } from 'drizzle-orm';
import { defaultVitalThresholds, type VitalThresholds } from '../../domain/sessions/vital-thresholds.js';
import type { Database } from '../database.js';
import { vitalThresholdSets } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

/** The clinic's current thresholds, or SPEC.md §2.6's defaults (version 0). */
export async function readVitalThresholds(db: Database, scope: OrganisationScope): Promise<{ thresholds: VitalThresholds; version: number }> {
  const [row] = await db
    .select({ thresholds: vitalThresholdSets.thresholds, version: vitalThresholdSets.version })
    .from(vitalThresholdSets)
    .where(eq(vitalThresholdSets.organisationId, scope.organisationId))
    .orderBy(desc(vitalThresholdSets.version))
    .limit(1);
  return row ? { thresholds: row.thresholds as VitalThresholds, version: row.version } : { thresholds: defaultVitalThresholds, version: 0 };
}

export async function insertVitalThresholds(db: Database, scope: OrganisationScope, thresholds: VitalThresholds, userId: string, now: Date): Promise<number> {
  const [row] = await db
    .insert(vitalThresholdSets)
    .values({
      organisationId: scope.organisationId,
      version: sql`(select coalesce(max(${vitalThresholdSets.version}), 0) + 1 from ${vitalThresholdSets} where ${vitalThresholdSets.organisationId} = ${scope.organisationId})`,
      thresholds,
      writtenByUserId: userId,
      writtenAt: now,
    })
    .returning({ version: vitalThresholdSets.version });
  return row!.version;
}
