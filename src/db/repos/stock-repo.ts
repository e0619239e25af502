import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { controlledProducts, ledgerSettings, patients, stockContainers, stockLots } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export type ContainerState = (typeof stockContainers.$inferSelect)['state'];

export interface StockContainerView {
  id: string;
  label: string;
  state: ContainerState;
  balanceMg: number;
  balanceMl: number;
  productId: string;
  productName: string;
  ndc: string;
  form: 'vial' | 'nasal-device';
  strengthMgPerMl: number;
  containerMl: number;
  lotNumber: string;
  expiresOn: string;
  locationId: string;
  storageId: string | null;
  receivedAt: string;
  reservedForPatient: { id: string; name: string } | null;
}

/** Containers with their product and lot, in FEFO order: open ones first, then the earliest expiry. */
export async function listStockContainers(
  db: Database,
  scope: OrganisationScope,
  filter: { locationId?: string; containerIds?: string[]; states?: ContainerState[]; form?: 'vial' | 'nasal-device' } = {},
): Promise<StockContainerView[]> {
  const rows = await db
    .select({
      id: stockContainers.id,
      label: stockContainers.label,
      state: stockContainers.state,
      balanceMg: stockContainers.balanceMg,
      balanceMl: stockContainers.balanceMl,
      productId: controlledProducts.id,
      productName: controlledProducts.genericName,
      ndc: controlledProducts.ndc,
      form: controlledProducts.form,
      strengthMgPerMl: controlledProducts.strengthMgPerMl,
      containerMl: controlledProducts.containerMl,
      lotNumber: stockLots.lotNumber,
      expiresOn: stockLots.expiresOn,
      locationId: stockContainers.locationId,
      storageId: stockContainers.storageId,
      receivedAt: stockContainers.receivedAt,
      reservedPatientId: patients.id,
      reservedGivenName: patients.givenName,
      reservedFamilyName: patients.familyName,
    })
    .from(stockContainers)
    .innerJoin(stockLots, eq(stockLots.id, stockContainers.lotId))
    .innerJoin(controlledProducts, eq(controlledProducts.id, stockLots.productId))
    .leftJoin(patients, eq(patients.id, stockContainers.reservedForPatientId))
    .where(
      and(
        eq(stockContainers.organisationId, scope.organisationId),
        filter.locationId ? eq(stockContainers.locationId, filter.locationId) : undefined,
        filter.containerIds ? inArray(stockContainers.id, filter.containerIds) : undefined,
        filter.states ? inArray(stockContainers.state, filter.states) : undefined,
        filter.form ? eq(controlledProducts.form, filter.form) : undefined,
      ),
    )
    .orderBy(sql`${stockContainers.state} = 'in-use' desc`, asc(stockLots.expiresOn), asc(stockContainers.receivedAt), asc(stockContainers.label));
  return rows.map(({ reservedPatientId, reservedGivenName, reservedFamilyName, receivedAt, ...row }) => ({
    ...row,
    receivedAt: receivedAt.toISOString(),
    reservedForPatient: reservedPatientId ? { id: reservedPatientId, name: `${reservedGivenName} ${reservedFamilyName}` } : null,
  }));
}

/** New, empty containers of a lot at a location; each gets its quantity from its own receipt or transfer-in entry. */
export async function createStockContainers(
  tx: Database,
  scope: OrganisationScope,
  args: { lotId: string; locationId: string; storageId?: string | null; count: number; receivedAt: Date; reservedForPatientId?: string | null; labelPrefix: string; state?: 'sealed' | 'in-use' },
): Promise<string[]> {
  const [{ existing } = { existing: 0 }] = await tx.select({ existing: sql<number>`count(*)::int` }).from(stockContainers).where(and(eq(stockContainers.organisationId, scope.organisationId), eq(stockContainers.lotId, args.lotId)));
  const rows = await tx
    .insert(stockContainers)
    .values(
      Array.from({ length: args.count }, (_, index) => ({
        organisationId: scope.organisationId,
        lotId: args.lotId,
        locationId: args.locationId,
        storageId: args.storageId ?? null,
        label: `${args.labelPrefix} #${existing + index + 1}`,
        state: args.state ?? 'sealed',
        balanceMg: 0,
        balanceMl: 0,
        receivedAt: args.receivedAt,
        reservedForPatientId: args.reservedForPatientId ?? null,
      })),
    )
    .returning({ id: stockContainers.id, label: stockContainers.label });
  return rows.sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true })).map((row) => row.id);
}

export type LedgerSettings = Omit<typeof ledgerSettings.$inferSelect, 'organisationId' | 'updatedAt'>;
export const defaultLedgerSettings: LedgerSettings = { retentionYears: 2, countIntervalHours: 24, expiryWarningDays: 60, patientShipmentDays: 14 };

export async function readLedgerSettings(db: Database, scope: OrganisationScope): Promise<LedgerSettings> {
  const [row] = await db.select().from(ledgerSettings).where(eq(ledgerSettings.organisationId, scope.organisationId));
  if (!row) return defaultLedgerSettings;
  const { organisationId: _organisation, updatedAt: _updated, ...settings } = row;
  return settings;
}

export async function writeLedgerSettings(tx: Database, scope: OrganisationScope, settings: LedgerSettings, now: Date): Promise<void> {
  await tx
    .insert(ledgerSettings)
    .values({ organisationId: scope.organisationId, ...settings, updatedAt: now })
    .onConflictDoUpdate({ target: ledgerSettings.organisationId, set: { ...settings, updatedAt: now } });
}
