import { eq } from 'drizzle-orm';
import { defaultMeasurementPacks, type MeasurementPack } from '../../domain/measurement/measurement-packs.js';
import type { Database } from '../database.js';
import { measurementPackConfigs } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export async function readMeasurementPacks(db: Database, scope: OrganisationScope): Promise<{ packs: MeasurementPack[]; isDefault: boolean }> {
  const [row] = await db.select({ packs: measurementPackConfigs.packs }).from(measurementPackConfigs).where(eq(measurementPackConfigs.organisationId, scope.organisationId));
  return row ? { packs: row.packs, isDefault: false } : { packs: defaultMeasurementPacks, isDefault: true };
}

export async function writeMeasurementPacks(db: Database, scope: OrganisationScope, packs: MeasurementPack[], userId: string, now: Date): Promise<void> {
  await db
    .insert(measurementPackConfigs)
    .values({ organisationId: scope.organisationId, packs, updatedByUserId: userId, updatedAt: now })
    .onConflictDoUpdate({ target: measurementPackConfigs.organisationId, set: { packs, updatedByUserId: userId, updatedAt: now } });
}
