import { and, eq, gte } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';
import { authoriseHandler, currentRegistration } from '../src/db/repos/credentials-repo.js';
import { appendLedgerEntry } from '../src/db/repos/ledger-repo.js';
import type { OrganisationScope } from '../src/db/repos/organisations-repo.js';
import { createStockContainers } from '../src/db/repos/stock-repo.js';
import { controlledProducts, deaRegistrations, stockContainers, stockLots } from '../src/db/schema/index.js';
import type { LedgerEntryInput } from '../src/domain/ledger/ledger-entry.js';
import { syntheticDeaNumber } from '../tests/helpers/test-credentials.js';

// A bulk bench container: 10,000 mL at 100 mg/mL (1,000,000 mg), drawn 1 mg (0.01 mL) at a time, so it never runs dry.
export const benchStrengthMgPerMl = 100;
const containerMl = 10_000;
const benchNdc = '42023-113-99';
const benchLot = 'BENCH-LOT';
// A reused database keeps its container until fewer than this many milligrams are left in it.
const refillBelowMg = 100_000;
const supplier = { name: 'Bench Wholesaler (synthetic)', address: '1 Sample Way, Benchville ZZ 00000', deaNumber: 'AB1234563' };

/**
 * Stock the bench nurse can draw from over HTTP at the bench location: the location's DEA registration (one is
 * added when the location has none in force), the nurse on its handler roster, and a bulk container received
 * through the real ledger append. Products and lots have no repo function yet, so they are written as the
 * stock routes write them. Answers the container.
 */
export async function ensureBenchStock(db: Database, scope: OrganisationScope, args: { locationId: string; nurseUserId: string }): Promise<string> {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  let registration = await currentRegistration(db, scope, args.locationId, today);
  if (!registration) {
    await db.insert(deaRegistrations).values({ organisationId: scope.organisationId, locationId: args.locationId, number: syntheticDeaNumber('BZ', 900_001), schedules: ['3', '3N', '4', '5'], expiresOn: '2099-12-31' }).onConflictDoNothing();
    registration = await currentRegistration(db, scope, args.locationId, today);
    if (!registration) throw new Error('the bench DEA registration number is taken by another location');
  }
  await authoriseHandler(db, scope, { registrationId: registration.id, userId: args.nurseUserId, grantedByUserId: null }, now);

  const ownedBy = (table: typeof controlledProducts | typeof stockLots | typeof stockContainers) => eq(table.organisationId, scope.organisationId);
  let [product] = await db.select({ id: controlledProducts.id }).from(controlledProducts).where(and(ownedBy(controlledProducts), eq(controlledProducts.ndc, benchNdc)));
  product ??= (await db.insert(controlledProducts).values({ organisationId: scope.organisationId, genericName: 'ketamine hydrochloride (bench bulk, synthetic)', ndc: benchNdc, strengthMgPerMl: benchStrengthMgPerMl, containerMl, form: 'vial' }).returning({ id: controlledProducts.id }))[0]!;
  let [lot] = await db.select({ id: stockLots.id }).from(stockLots).where(and(ownedBy(stockLots), eq(stockLots.productId, product.id), eq(stockLots.lotNumber, benchLot)));
  lot ??= (await db.insert(stockLots).values({ organisationId: scope.organisationId, productId: product.id, lotNumber: benchLot, expiresOn: '2099-12-31' }).returning({ id: stockLots.id }))[0]!;

  const [full] = await db
    .select({ id: stockContainers.id })
    .from(stockContainers)
    .where(and(ownedBy(stockContainers), eq(stockContainers.lotId, lot.id), eq(stockContainers.locationId, args.locationId), gte(stockContainers.balanceMg, refillBelowMg)));
  if (full) return full.id;
  return db.transaction(async (tx) => {
    const [containerId] = await createStockContainers(tx, scope, { lotId: lot.id, locationId: args.locationId, count: 1, receivedAt: now, labelPrefix: 'bench bulk' });
    const receipt: LedgerEntryInput = { kind: 'receipt', containerId: containerId!, quantityMg: benchStrengthMgPerMl * containerMl, quantityMl: containerMl, occurredAt: now.toISOString(), supplier, invoiceNumber: 'BENCH-INV', lotNumber: benchLot, expiresOn: '2099-12-31' };
    await appendLedgerEntry(tx, scope, receipt, { authorUserId: args.nurseUserId, witnessUserIds: [], device: 'bench set-up' }, now);
    return containerId!;
  });
}
