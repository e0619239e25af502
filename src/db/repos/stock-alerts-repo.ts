import { and, eq, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import type { AlertInput } from '../../domain/ledger/stock-alerts.js';
import type { Database } from '../database.js';
import { controlledProducts, discrepancyCases, inventoryCounts, ledgerEntries, patients, stockContainers, stockLots, treatmentSessions } from '../schema/index.js';
import { listClinicLocations, type OrganisationScope } from './organisations-repo.js';
import { listStockContainers, readLedgerSettings } from './stock-repo.js';

/** Sessions past dosing whose drawn dose the ledger does not yet account for (administered + wasted ≠ drawn). */
async function unreconciledSessions(db: Database, scope: OrganisationScope): Promise<AlertInput['unreconciledSessions']> {
  const drawnMg = sql<number>`(${treatmentSessions.dose} -> 'drawn' ->> 'mg')::numeric`;
  const accountedMg = sql<number>`coalesce(sum(${ledgerEntries.quantityMg}) filter (where ${ledgerEntries.kind} in ('administration', 'waste')), 0)`;
  const rows = await db
    .select({
      id: treatmentSessions.id,
      locationId: treatmentSessions.locationId,
      givenName: patients.givenName,
      familyName: patients.familyName,
      dosingStartedAt: treatmentSessions.dosingStartedAt,
      unaccountedMg: sql<number>`round(${drawnMg} - ${accountedMg}, 2)`.mapWith(Number),
    })
    .from(treatmentSessions)
    .innerJoin(patients, eq(patients.id, treatmentSessions.patientId))
    .leftJoin(ledgerEntries, and(eq(ledgerEntries.organisationId, treatmentSessions.organisationId), eq(ledgerEntries.sessionId, treatmentSessions.id)))
    .where(
      and(
        eq(treatmentSessions.organisationId, scope.organisationId),
        isNotNull(treatmentSessions.dosingStartedAt),
        isNull(treatmentSessions.signedAt),
        inArray(treatmentSessions.state, ['monitoring', 'discharge-ready', 'discharged', 'stopped']),
        sql`${treatmentSessions.dose} -> 'drawn' ->> 'mg' is not null`,
      ),
    )
    .groupBy(treatmentSessions.id, patients.id)
    .having(sql`abs(${drawnMg} - ${accountedMg}) > 0.1`);
  return rows.map((row) => ({ id: row.id, locationId: row.locationId, patientName: `${row.givenName} ${row.familyName}`, dosingStartedAt: row.dosingStartedAt!, unaccountedMg: row.unaccountedMg }));
}

/** Everything the alerts are computed from, read in one go. */
export async function loadStockAlertInput(db: Database, scope: OrganisationScope, now: Date): Promise<AlertInput> {
  const [settings, locations, lastCounts, products, stockedPairs, containers, sessions, cases] = await Promise.all([
    readLedgerSettings(db, scope),
    listClinicLocations(db, scope),
    db
      .select({ locationId: inventoryCounts.locationId, at: max(inventoryCounts.countedAt), inventoryAt: sql<Date | null>`max(${inventoryCounts.countedAt}) filter (where ${inventoryCounts.kind} <> 'daily')`.mapWith((value: string | Date | null) => (value === null ? null : new Date(value))) })
      .from(inventoryCounts)
      .where(eq(inventoryCounts.organisationId, scope.organisationId))
      .groupBy(inventoryCounts.locationId),
    db.select({ id: controlledProducts.id, genericName: controlledProducts.genericName, reorderAtContainers: controlledProducts.reorderAtContainers }).from(controlledProducts).where(eq(controlledProducts.organisationId, scope.organisationId)),
    db
      .selectDistinct({ locationId: stockContainers.locationId, productId: stockLots.productId })
      .from(stockContainers)
      .innerJoin(stockLots, eq(stockLots.id, stockContainers.lotId))
      .where(eq(stockContainers.organisationId, scope.organisationId)),
    listStockContainers(db, scope, { states: ['sealed', 'in-use'] }),
    unreconciledSessions(db, scope),
    db.select().from(discrepancyCases).where(and(eq(discrepancyCases.organisationId, scope.organisationId), inArray(discrepancyCases.state, ['open', 'investigating', 'reported']))),
  ]);
  return {
    now,
    today: now.toISOString().slice(0, 10),
    settings,
    locations: locations.map((location) => {
      const counted = lastCounts.find((row) => row.locationId === location.id);
      return { id: location.id, name: location.name, lastCountAt: counted?.at ?? null, lastInventoryAt: counted?.inventoryAt ?? null };
    }),
    products,
    stockedPairs,
    containers: containers.map((container) => ({ ...container, receivedAt: new Date(container.receivedAt) })),
    unreconciledSessions: sessions,
    cases,
  };
}
