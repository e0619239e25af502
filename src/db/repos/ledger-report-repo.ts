import { type SQL, and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { LedgerDirection, LedgerEntryKind } from '../../domain/ledger/ledger-entry.js';
import type { InventoryContainer, InventoryDiscrepancyInput, InventoryLineInput } from '../../domain/ledger/reports/inventory-report.js';
import { formatAddress } from '../../domain/ledger/reports/report-formatting.js';
import { type OpeningMovement, type ReportEntry, type ReportLocation, type ReportProduct, sumMovements } from '../../domain/ledger/reports/report-inputs.js';
import type { Database } from '../database.js';
import { clinicLocations, controlledProducts, deaRegistrations, inventoryCounts, ledgerEntries, patients, stockContainers, stockLots, users } from '../schema/index.js';
import type { AccessScope } from './access-scope.js';

/**
 * The reads behind the controlled-substance reports. Everything is scoped to the caller's organisation and, for
 * staff limited to some locations, to those locations' stock. Periods are calendar days in the time zone of the
 * location that holds each container: an entry is in [from, toExclusive) when it happened at or after midnight
 * starting `from` and before midnight starting `toExclusive`, both on that location's wall clock.
 */

/** The locations a report covers (one, or all the caller may see), each with its address and DEA registration. */
export async function readReportLocations(db: Database, scope: AccessScope, locationId?: string): Promise<ReportLocation[]> {
  const rows = await db
    .select()
    .from(clinicLocations)
    .where(
      and(
        eq(clinicLocations.organisationId, scope.organisationId),
        locationId ? eq(clinicLocations.id, locationId) : undefined,
        scope.locationIds?.length ? inArray(clinicLocations.id, [...scope.locationIds]) : undefined,
      ),
    )
    .orderBy(asc(clinicLocations.name));
  if (rows.length === 0) return [];
  const registrations = await db
    .select({ locationId: deaRegistrations.locationId, number: deaRegistrations.number })
    .from(deaRegistrations)
    .where(and(eq(deaRegistrations.organisationId, scope.organisationId), inArray(deaRegistrations.locationId, rows.map((row) => row.id))))
    .orderBy(asc(deaRegistrations.expiresOn));
  // A location may hold several registrations over time: the one that expires last is the one in force.
  const current = new Map(registrations.map((registration) => [registration.locationId, registration.number]));
  return rows.map((row) => ({ id: row.id, name: row.name, address: formatAddress(row), deaNumber: current.get(row.id) ?? null, timeZone: row.timeZone }));
}

export async function findReportProduct(db: Database, scope: AccessScope, productId: string): Promise<ReportProduct | undefined> {
  const [row] = await db
    .select({ genericName: controlledProducts.genericName, ndc: controlledProducts.ndc, strengthMgPerMl: controlledProducts.strengthMgPerMl, containerMl: controlledProducts.containerMl, form: controlledProducts.form })
    .from(controlledProducts)
    .where(and(eq(controlledProducts.organisationId, scope.organisationId), eq(controlledProducts.id, productId)));
  return row;
}

/** Local midnight starting `date` (YYYY-MM-DD) in the time zone of the container's location. */
const localMidnight = (date: string): SQL => sql`(${date}::date::timestamp at time zone ${clinicLocations.timeZone})`;

export interface ReportEntryFilter {
  /** The locations covered (from `readReportLocations`); none means no rows. */
  locationIds: readonly string[];
  productId?: string;
  from: string;
  toExclusive: string;
}

const correctedEntries = alias(ledgerEntries, 'corrected_entry');
const counterpartLocations = alias(clinicLocations, 'counterpart_location');

/** Every entry in the period at the locations (for one product, or all), with what the reports print about it. */
export async function readReportEntries(db: Database, scope: AccessScope, filter: ReportEntryFilter): Promise<ReportEntry[]> {
  if (filter.locationIds.length === 0) return [];
  const rows = await db
    .select({
      entry: ledgerEntries,
      product: { genericName: controlledProducts.genericName, ndc: controlledProducts.ndc, strengthMgPerMl: controlledProducts.strengthMgPerMl, containerMl: controlledProducts.containerMl, form: controlledProducts.form },
      lotNumber: stockLots.lotNumber,
      containerLabel: stockContainers.label,
      locationId: stockContainers.locationId,
      authorName: users.displayName,
      patient: {
        id: patients.id,
        givenName: patients.givenName,
        familyName: patients.familyName,
        mrn: patients.mrn,
        addressLine1: patients.addressLine1,
        addressLine2: patients.addressLine2,
        city: patients.city,
        region: patients.region,
        postalCode: patients.postalCode,
        country: patients.country,
      },
      correctsSeq: correctedEntries.seq,
      counterpart: {
        name: counterpartLocations.name,
        addressLine1: counterpartLocations.addressLine1,
        addressLine2: counterpartLocations.addressLine2,
        city: counterpartLocations.city,
        region: counterpartLocations.region,
        postalCode: counterpartLocations.postalCode,
        country: counterpartLocations.country,
      },
    })
    .from(ledgerEntries)
    .innerJoin(stockContainers, and(eq(stockContainers.organisationId, ledgerEntries.organisationId), eq(stockContainers.id, ledgerEntries.containerId)))
    .innerJoin(stockLots, and(eq(stockLots.organisationId, stockContainers.organisationId), eq(stockLots.id, stockContainers.lotId)))
    .innerJoin(controlledProducts, and(eq(controlledProducts.organisationId, stockLots.organisationId), eq(controlledProducts.id, stockLots.productId)))
    .innerJoin(clinicLocations, and(eq(clinicLocations.organisationId, stockContainers.organisationId), eq(clinicLocations.id, stockContainers.locationId)))
    .innerJoin(users, and(eq(users.organisationId, ledgerEntries.organisationId), eq(users.id, ledgerEntries.authorUserId)))
    .leftJoin(patients, and(eq(patients.organisationId, ledgerEntries.organisationId), eq(patients.id, ledgerEntries.patientId)))
    .leftJoin(correctedEntries, and(eq(correctedEntries.organisationId, ledgerEntries.organisationId), eq(correctedEntries.id, ledgerEntries.correctsEntryId)))
    .leftJoin(counterpartLocations, and(eq(counterpartLocations.organisationId, ledgerEntries.organisationId), sql`${counterpartLocations.id}::text = ${ledgerEntries.payload}->>'counterpartLocationId'`))
    .where(
      and(
        eq(ledgerEntries.organisationId, scope.organisationId),
        inArray(stockContainers.locationId, [...filter.locationIds]),
        filter.productId ? eq(controlledProducts.id, filter.productId) : undefined,
        sql`${ledgerEntries.occurredAt} >= ${localMidnight(filter.from)}`,
        sql`${ledgerEntries.occurredAt} < ${localMidnight(filter.toExclusive)}`,
      ),
    )
    .orderBy(asc(ledgerEntries.occurredAt), asc(ledgerEntries.seq));
  const witnessNames = await readUserNames(db, scope, rows.flatMap((row) => row.entry.witnessUserIds));
  return rows.map(({ entry, patient, counterpart, ...row }) => ({
    seq: entry.seq,
    kind: entry.kind as LedgerEntryKind,
    occurredAt: entry.occurredAt,
    recordedAt: entry.recordedAt,
    quantityMg: entry.quantityMg,
    quantityMl: entry.quantityMl,
    payload: entry.payload,
    product: row.product,
    lotNumber: row.lotNumber,
    containerLabel: row.containerLabel,
    locationId: row.locationId,
    authorName: row.authorName,
    witnessNames: entry.witnessUserIds.map((id) => witnessNames.get(id) ?? `unknown user ${id.slice(0, 8)}`),
    patient: patient?.id ? patient : null,
    correctsSeq: row.correctsSeq ?? null,
    counterpartLocation: counterpart?.name ? { name: counterpart.name, address: formatAddress(counterpart) } : null,
    device: entry.device,
    hash: entry.hash,
  }));
}

/** Display names of the organisation's users, by id. */
async function readUserNames(db: Database, scope: AccessScope, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.organisationId, scope.organisationId), inArray(users.id, unique)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

const movementColumns = {
  kind: sql<LedgerEntryKind>`${ledgerEntries.kind}`,
  direction: sql<LedgerDirection | null>`${ledgerEntries.payload}->>'direction'`,
  quantityMg: sql<number>`sum(${ledgerEntries.quantityMg})`.mapWith(Number),
  quantityMl: sql<number>`sum(${ledgerEntries.quantityMl})`.mapWith(Number),
};

/** The sums of one product's entries before the period at the locations: the opening balance of the ledger report. */
export async function readOpeningMovements(db: Database, scope: AccessScope, filter: Omit<ReportEntryFilter, 'toExclusive'> & { productId: string }): Promise<OpeningMovement[]> {
  if (filter.locationIds.length === 0) return [];
  return db
    .select(movementColumns)
    .from(ledgerEntries)
    .innerJoin(stockContainers, and(eq(stockContainers.organisationId, ledgerEntries.organisationId), eq(stockContainers.id, ledgerEntries.containerId)))
    .innerJoin(stockLots, and(eq(stockLots.organisationId, stockContainers.organisationId), eq(stockLots.id, stockContainers.lotId)))
    .innerJoin(clinicLocations, and(eq(clinicLocations.organisationId, stockContainers.organisationId), eq(clinicLocations.id, stockContainers.locationId)))
    .where(
      and(
        eq(ledgerEntries.organisationId, scope.organisationId),
        inArray(stockContainers.locationId, [...filter.locationIds]),
        eq(stockLots.productId, filter.productId),
        sql`${ledgerEntries.occurredAt} < ${localMidnight(filter.from)}`,
      ),
    )
    .groupBy(ledgerEntries.kind, sql`${ledgerEntries.payload}->>'direction'`);
}

export interface InventoryCountForReport {
  count: { kind: 'daily' | 'initial' | 'biennial'; timing: 'opening' | 'close' | null; countedAt: Date; countedByName: string; locationId: string };
  lines: InventoryLineInput[];
  discrepancies: InventoryDiscrepancyInput[];
  containers: InventoryContainer[];
}

/**
 * One count with the containers it names (counted, or expected and missing) and, for each, what the ledger held
 * when the count was recorded: the entries recorded up to then. Undefined when the count is not the caller's.
 */
export async function readInventoryCount(db: Database, scope: AccessScope, countId: string): Promise<InventoryCountForReport | undefined> {
  const [row] = await db
    .select({ count: inventoryCounts, countedByName: users.displayName })
    .from(inventoryCounts)
    .innerJoin(users, and(eq(users.organisationId, inventoryCounts.organisationId), eq(users.id, inventoryCounts.countedByUserId)))
    .where(
      and(
        eq(inventoryCounts.organisationId, scope.organisationId),
        eq(inventoryCounts.id, countId),
        scope.locationIds?.length ? inArray(inventoryCounts.locationId, [...scope.locationIds]) : undefined,
      ),
    );
  if (!row) return undefined;
  const { count } = row;
  const lines = count.lines as InventoryLineInput[];
  const discrepancies = count.discrepancies as InventoryDiscrepancyInput[];
  const ids = [...new Set([...lines, ...discrepancies].map((item) => item.containerId))].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const containers = ids.length === 0 ? [] : await readCountedContainers(db, scope, ids, count.countedAt);
  return {
    count: { kind: count.kind, timing: count.timing ?? null, countedAt: count.countedAt, countedByName: row.countedByName, locationId: count.locationId },
    lines,
    discrepancies,
    containers,
  };
}

async function readCountedContainers(db: Database, scope: AccessScope, ids: string[], countedAt: Date): Promise<InventoryContainer[]> {
  const containers = await db
    .select({
      containerId: stockContainers.id,
      label: stockContainers.label,
      lotNumber: stockLots.lotNumber,
      product: { genericName: controlledProducts.genericName, ndc: controlledProducts.ndc, strengthMgPerMl: controlledProducts.strengthMgPerMl, containerMl: controlledProducts.containerMl, form: controlledProducts.form },
    })
    .from(stockContainers)
    .innerJoin(stockLots, and(eq(stockLots.organisationId, stockContainers.organisationId), eq(stockLots.id, stockContainers.lotId)))
    .innerJoin(controlledProducts, and(eq(controlledProducts.organisationId, stockLots.organisationId), eq(controlledProducts.id, stockLots.productId)))
    .where(and(eq(stockContainers.organisationId, scope.organisationId), inArray(stockContainers.id, ids)))
    .orderBy(asc(stockContainers.label));
  const movements = await db
    .select({ containerId: ledgerEntries.containerId, ...movementColumns })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.organisationId, scope.organisationId), inArray(ledgerEntries.containerId, ids), lte(ledgerEntries.recordedAt, countedAt)))
    .groupBy(ledgerEntries.containerId, ledgerEntries.kind, sql`${ledgerEntries.payload}->>'direction'`);
  return containers.map((container) => {
    const own = movements.filter((movement) => movement.containerId === container.containerId);
    return { ...container, expectedMl: own.length > 0 ? sumMovements(own).ml : null };
  });
}
