import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { appendLedgerEntry } from '../repos/ledger-repo.js';
import type { OrganisationScope } from '../repos/organisations-repo.js';
import { createStockContainers } from '../repos/stock-repo.js';
import { controlledProducts, deaRegistrations, discrepancyCases, inventoryCounts, stockLots, storageLocations, treatmentSessions } from '../schema/index.js';

// A synthetic wholesaler; its DEA number only has to pass the check digit: (1+3+5) + 2×(2+4+6) = 33 → 3.
const supplier = { name: 'Demo Pharmaceutical Wholesaler (synthetic)', address: '1 Sample Way, Sampleton ZZ 00000', deaNumber: 'AB1234563' };

/** Stock for the demo clinic: Ketalar vials and Spravato devices received, this morning's doses drawn, and one open discrepancy case. */
export async function loadDemoStock(tx: Database, scope: OrganisationScope, staff: { nurse: string; prescriber: string }, locationId: string, now: Date): Promise<void> {
  const received = new Date(now.getTime() - 10 * 86_400_000);
  const products = [
    // Product data as labelled (INTEROP.md: Ketalar 42023-113-10, Spravato 50458-028-00).
    { genericName: 'ketamine hydrochloride (Ketalar)', ndc: '42023-113-10', strengthMgPerMl: 10, containerMl: 20, form: 'vial' as const, lotNumber: 'DEMO-KET-2026A', containers: 6 },
    { genericName: 'esketamine (Spravato) nasal device', ndc: '50458-028-00', strengthMgPerMl: 140, containerMl: 0.2, form: 'nasal-device' as const, lotNumber: 'DEMO-ESK-2026A', containers: 6 },
  ];
  // A synthetic registration (check digit valid) covering Schedule III, and the safe the stock lives in.
  await tx.insert(deaRegistrations).values({ organisationId: scope.organisationId, locationId, number: 'BK1234563', schedules: ['3', '3N', '4', '5'], expiresOn: '2028-03-31' });
  const [safe] = await tx.insert(storageLocations).values({ organisationId: scope.organisationId, locationId, name: 'Medication room safe', kind: 'safe' }).returning({ id: storageLocations.id });
  const containersByNdc = new Map<string, string[]>();
  for (const { lotNumber, containers, ...product } of products) {
    const [row] = await tx.insert(controlledProducts).values({ organisationId: scope.organisationId, ...product }).returning({ id: controlledProducts.id });
    const [lot] = await tx.insert(stockLots).values({ organisationId: scope.organisationId, productId: row!.id, lotNumber, expiresOn: '2028-06-30' }).returning({ id: stockLots.id });
    const ids = await createStockContainers(tx, scope, { lotId: lot!.id, locationId, storageId: safe!.id, count: containers, receivedAt: received, labelPrefix: `${product.ndc} lot ${lotNumber}` });
    for (const containerId of ids) {
      await appendLedgerEntry(
        tx,
        scope,
        { kind: 'receipt', containerId, quantityMg: product.strengthMgPerMl * product.containerMl, quantityMl: product.containerMl, occurredAt: received.toISOString(), supplier, invoiceNumber: 'DEMO-INV-0042', lotNumber, expiresOn: '2028-06-30' },
        { authorUserId: staff.nurse, witnessUserIds: [] },
        received,
      );
    }
    containersByNdc.set(product.ndc, ids);
  }
  // The initial inventory (21 CFR 1304.11(b)), taken at the close of business on the day the stock arrived.
  const initialLines = [...containersByNdc.values()].flat().map((containerId) => ({ containerId, state: 'sealed', countedMl: null, sealedPresent: true, method: 'exact' }));
  await tx.insert(inventoryCounts).values({ organisationId: scope.organisationId, locationId, countedByUserId: staff.nurse, countedAt: new Date(received.getTime() + 8 * 3_600_000), kind: 'initial', timing: 'close', lines: initialLines, discrepancies: [] });
  // This morning's infusions were drawn from the first vial and given.
  const vial = containersByNdc.get('42023-113-10')![0]!;
  const dosed = await tx.select().from(treatmentSessions).where(and(eq(treatmentSessions.organisationId, scope.organisationId), eq(treatmentSessions.route, 'iv')));
  for (const session of dosed.filter((row) => row.dosingStartedAt && row.dose)) {
    const doseMg = (session.dose as { result: { doseMg: number } }).result.doseMg;
    await tx
      .update(treatmentSessions)
      .set({ dose: sql`jsonb_set(${treatmentSessions.dose}, '{drawn,containerId}', to_jsonb(${vial}::text))` })
      .where(eq(treatmentSessions.id, session.id));
    await appendLedgerEntry(
      tx,
      scope,
      { kind: 'administration', containerId: vial, quantityMg: doseMg, quantityMl: Math.round(doseMg * 10) / 100, occurredAt: session.dosingStartedAt!.toISOString(), sessionId: session.id, patientId: session.patientId },
      { authorUserId: staff.nurse, witnessUserIds: [], sessionId: session.id, patientId: session.patientId },
      session.dosingStartedAt!,
    );
  }
  // Yesterday's count found the second vial 0.3 mL short: a case waiting to be investigated.
  const yesterday = new Date(now.getTime() - 86_400_000);
  const short = containersByNdc.get('42023-113-10')![1]!;
  const discrepancies = [{ containerId: short, expected: 20, counted: 19.7, differenceMl: -0.3, kind: 'volume-difference' }];
  const [count] = await tx.insert(inventoryCounts).values({ organisationId: scope.organisationId, locationId, countedByUserId: staff.nurse, countedAt: yesterday, lines: [{ containerId: short, state: 'in-use', countedMl: 19.7, sealedPresent: true }], discrepancies }).returning({ id: inventoryCounts.id });
  await tx.insert(discrepancyCases).values({ organisationId: scope.organisationId, locationId, countId: count!.id, state: 'open', discoveredAt: yesterday, details: discrepancies, updatedAt: yesterday });
}
