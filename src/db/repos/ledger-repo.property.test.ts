import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic } from '../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { createTestUser } from '../../../tests/helpers/test-users.js';
import { type BalanceMovement, replayBalance } from '../../domain/ledger/balances.js';
import { type LedgerDirection, type LedgerEntryInput, ledgerEntryInputSchema } from '../../domain/ledger/ledger-entry.js';
import { AppError } from '../../domain/shared/app-error.js';
import { type Database, queryRows } from '../database.js';
import { controlledProducts, ledgerEntries, stockContainers, stockLots } from '../schema/index.js';
import { appendLedgerEntry, readLedgerHead, verifyLedger } from './ledger-repo.js';
import { listClinicLocations, type OrganisationScope } from './organisations-repo.js';

// Synthetic registrants; the DEA check digit holds: (1+3+5) + 2×(2+4+6) = 33 → 3.
const registrant = { name: 'Demo Pharmaceutical Wholesaler (synthetic)', address: '1 Sample Way, Testville ZZ 00000', deaNumber: 'AB1234563' };
// Two vial strengths (ketamine 10 and 50 mg/mL), so mg = mL × strength is exercised with more than one factor.
const products = [
  { ndc: '42023-113-10', strengthMgPerMl: 10, containerMl: 20 },
  { ndc: '42023-113-50', strengthMgPerMl: 50, containerMl: 10 },
] as const;
const containersPerRun = 3;
/** A container holding stock is sealed or in use; at zero it is in some other state (empty, wasted, returned…). */
const holdingStates = ['sealed', 'in-use'];

/** What the generator asks for; quantities are whole hundredths of a mL, and mg follows from the strength. */
type Movement = 'receipt' | 'waste' | 'count-adjustment-increase' | 'count-adjustment-decrease' | 'theft-loss' | 'correction-increase' | 'correction-decrease' | 'transfer-out' | 'return-to-reverse-distributor';
type Amount = { of: 'ml'; hundredths: number } | { of: 'all' } | { of: 'all-plus-one' };
type Operation = { op: 'move'; container: number; movement: Movement; amount: Amount } | { op: 'reverse-last' };

const increases = (movement: Movement) => movement === 'receipt' || movement.endsWith('-increase');

interface Stock {
  scope: OrganisationScope;
  authorUserId: string;
  witnessUserId: string;
  locationId: string;
  containers: { id: string; strengthMgPerMl: number; receiptEntryId: string; mlHundredths: number }[];
}

/** One test's stock: a fresh organisation (so its chain starts at 1), two users, two products, and full containers. */
async function createStock(db: Database, now: Date): Promise<Stock> {
  const clinic = await createTestClinic(db);
  const scope = { organisationId: clinic.id };
  const locationId = (await listClinicLocations(db, scope))[0]!.id;
  const authorUserId = (await createTestUser(db, clinic, { roles: ['nurse'], withTotp: false })).id;
  const witnessUserId = (await createTestUser(db, clinic, { roles: ['nurse'], withTotp: false })).id;
  const lots = [];
  for (const product of products) {
    const [row] = await db.insert(controlledProducts).values({ organisationId: scope.organisationId, genericName: 'ketamine hydrochloride (synthetic)', form: 'vial', ...product }).returning({ id: controlledProducts.id });
    const [lot] = await db.insert(stockLots).values({ organisationId: scope.organisationId, productId: row!.id, lotNumber: `LOT-PROP-${product.strengthMgPerMl}`, expiresOn: '2028-06-30' }).returning({ id: stockLots.id });
    lots.push({ lotId: lot!.id, ...product });
  }
  const containers: Stock['containers'] = [];
  for (let index = 0; index < containersPerRun; index += 1) {
    const lot = lots[index % lots.length]!;
    const values = { organisationId: scope.organisationId, lotId: lot.lotId, locationId, label: `prop #${index}`, state: 'sealed' as const, balanceMg: 0, balanceMl: 0, receivedAt: now };
    const [container] = await db.insert(stockContainers).values(values).returning({ id: stockContainers.id });
    const receipt = entryFor('receipt', container!.id, lot.containerMl * 100, lot.strengthMgPerMl, { now, witnessUserId, locationId, correctsEntryId: null });
    const record = await db.transaction((tx) => appendLedgerEntry(tx, scope, receipt, { authorUserId, witnessUserIds: [] }, now));
    containers.push({ id: container!.id, strengthMgPerMl: lot.strengthMgPerMl, receiptEntryId: record.entryId, mlHundredths: lot.containerMl * 100 });
  }
  return { scope, authorUserId, witnessUserId, locationId, containers };
}

/** A parsed entry of the given movement, through the same schema the routes use, so the payload is what they would store. */
function entryFor(movement: Movement, containerId: string, mlHundredths: number, strengthMgPerMl: number, context: { now: Date; witnessUserId: string; locationId: string; correctsEntryId: string | null }): LedgerEntryInput {
  const common = { containerId, quantityMl: mlHundredths / 100, quantityMg: (mlHundredths * strengthMgPerMl) / 100, occurredAt: context.now.toISOString() };
  const direction = (movement.endsWith('-increase') ? 'increase' : 'decrease') satisfies LedgerDirection;
  const raw = {
    receipt: { kind: 'receipt', supplier: registrant, invoiceNumber: 'INV-PROP', lotNumber: 'LOT-PROP', expiresOn: '2028-06-30' },
    waste: { kind: 'waste', method: 'Drawn into a sharps-safe waste container with absorbent', witnessUserId: context.witnessUserId },
    'count-adjustment-increase': { kind: 'count-adjustment', direction, reason: 'Recount found more than recorded (synthetic)' },
    'count-adjustment-decrease': { kind: 'count-adjustment', direction, reason: 'Recount found less than recorded (synthetic)' },
    'theft-loss': { kind: 'theft-loss', discoveredAt: context.now.toISOString(), circumstances: 'Vial found broken in the safe (synthetic)' },
    'correction-increase': { kind: 'correction', direction, correctsEntryId: context.correctsEntryId, reason: 'Entered too much (synthetic)' },
    'correction-decrease': { kind: 'correction', direction, correctsEntryId: context.correctsEntryId, reason: 'Entered too little (synthetic)' },
    'transfer-out': { kind: 'transfer-out', counterpartLocationId: context.locationId, counterpartDeaNumber: registrant.deaNumber },
    'return-to-reverse-distributor': { kind: 'return-to-reverse-distributor', distributor: registrant },
  }[movement];
  return ledgerEntryInputSchema.parse({ ...common, ...raw });
}

type Outcome = { kind: 'applied'; entryId: string; seq: number } | { kind: 'refused' };

/** One entry in its own transaction, as a route appends it; a refusal for going below zero is an answer, anything else fails the test. */
async function attempt(db: Database, stock: Stock, entry: LedgerEntryInput, now: Date): Promise<Outcome> {
  const context = { authorUserId: stock.authorUserId, witnessUserIds: entry.kind === 'waste' ? [entry.witnessUserId] : [], correctsEntryId: entry.kind === 'correction' ? entry.correctsEntryId : null };
  try {
    const record = await db.transaction((tx) => appendLedgerEntry(tx, stock.scope, entry, context, now));
    return { kind: 'applied', entryId: record.entryId, seq: record.seq };
  } catch (error) {
    if (error instanceof AppError && error.code === 'LEDGER_NEGATIVE_BALANCE') return { kind: 'refused' };
    throw error;
  }
}

async function storedContainer(db: Database, stock: Stock, containerId: string) {
  const [row] = await db
    .select({ balanceMg: stockContainers.balanceMg, balanceMl: stockContainers.balanceMl, state: stockContainers.state })
    .from(stockContainers)
    .where(and(eq(stockContainers.organisationId, stock.scope.organisationId), eq(stockContainers.id, containerId)));
  return row!;
}

/** Property (a) and (c) at the end of a run: stored = model = replay of the entries = SQL sum, never below zero, chain intact. */
async function expectConsistent(db: Database, stock: Stock, appliedEntries: number) {
  const sums = await queryRows<{ id: string; balance_mg: string; balance_ml: string; sum_mg: string; sum_ml: string; entries: number }>(
    db,
    sql`select c.id, c.balance_mg::text, c.balance_ml::text,
          coalesce(sum(case when e.kind in ('receipt', 'transfer-in') or e.payload->>'direction' = 'increase' then e.quantity_mg else -e.quantity_mg end), 0)::text as sum_mg,
          coalesce(sum(case when e.kind in ('receipt', 'transfer-in') or e.payload->>'direction' = 'increase' then e.quantity_ml else -e.quantity_ml end), 0)::text as sum_ml,
          count(e.id)::int as entries
        from stock_container c left join ledger_entry e on e.organisation_id = c.organisation_id and e.container_id = c.id
        where c.organisation_id = ${stock.scope.organisationId}
        group by c.id`,
  );
  expect(sums).toHaveLength(stock.containers.length);
  for (const container of stock.containers) {
    const expected = { mg: (container.mlHundredths * container.strengthMgPerMl) / 100, ml: container.mlHundredths / 100 };
    const stored = await storedContainer(db, stock, container.id);
    expect({ mg: stored.balanceMg, ml: stored.balanceMl }).toEqual(expected);
    expect(stored.balanceMg).toBeGreaterThanOrEqual(0);
    expect(stored.balanceMl).toBeGreaterThanOrEqual(0);
    expect(holdingStates.includes(stored.state), `${stored.state} at ${expected.ml} mL`).toBe(expected.ml > 0);
    const row = sums.find((sum) => sum.id === container.id)!;
    expect({ storedMg: Number(row.balance_mg), storedMl: Number(row.balance_ml) }).toEqual({ storedMg: expected.mg, storedMl: expected.ml });
    expect({ mg: Number(row.sum_mg), ml: Number(row.sum_ml) }).toEqual(expected);
    const rows = await db
      .select({ kind: ledgerEntries.kind, quantityMg: ledgerEntries.quantityMg, quantityMl: ledgerEntries.quantityMl, payload: ledgerEntries.payload })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.organisationId, stock.scope.organisationId), eq(ledgerEntries.containerId, container.id)))
      .orderBy(asc(ledgerEntries.seq));
    const movements = rows.map((entry): BalanceMovement => {
      const direction = (entry.payload as { direction?: LedgerDirection }).direction;
      return { kind: entry.kind as BalanceMovement['kind'], quantityMg: entry.quantityMg, quantityMl: entry.quantityMl, ...(direction ? { direction } : {}) };
    });
    expect(replayBalance(movements)).toEqual({ kind: 'ok', balance: expected, applied: rows.length });
  }
  expect(sums.reduce((total, row) => total + row.entries, 0)).toBe(appliedEntries);
  expect(await verifyLedger(db, stock.scope)).toEqual({ chain: { ok: true, count: appliedEntries }, balanceMismatches: [] });
}

const movementArbitrary = fc.constantFrom<Movement>(
  'receipt',
  'waste',
  'count-adjustment-increase',
  'count-adjustment-decrease',
  'theft-loss',
  'correction-increase',
  'correction-decrease',
  'transfer-out',
  'return-to-reverse-distributor',
);
const amountArbitrary: fc.Arbitrary<Amount> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 1200 }).map((hundredths) => ({ of: 'ml' as const, hundredths })) },
  { weight: 1, arbitrary: fc.constant({ of: 'all' as const }) },
  { weight: 1, arbitrary: fc.constant({ of: 'all-plus-one' as const }) },
);
const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('move' as const), container: fc.nat({ max: containersPerRun - 1 }), movement: movementArbitrary, amount: amountArbitrary }) },
  { weight: 1, arbitrary: fc.constant({ op: 'reverse-last' as const }) },
);

describe('the ledger in the database, over random sequences of entries', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('keeps every stored balance equal to its entries (model, replay, SQL), refuses what would go below zero without changing anything, and verifies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operationArbitrary, { minLength: 1, maxLength: 15 }), async (operations) => {
        const db = database.db;
        let clock = Date.UTC(2026, 10, 30, 14, 0, 0);
        const stock = await createStock(db, new Date(clock));
        let applied = stock.containers.length;
        /** The newest applied entry; nothing has touched its container since, so reversing it must restore `before`. */
        let last: { entryId: string; container: number; hundredths: number; increased: boolean; before: number } | null = null;
        for (const operation of operations) {
          clock += 1000;
          const now = new Date(clock);
          if (operation.op === 'reverse-last') {
            if (!last) continue;
            const container: Stock['containers'][number] = stock.containers[last.container]!;
            const afterOriginal: number = container.mlHundredths;
            const movement: Movement = last.increased ? 'correction-decrease' : 'correction-increase';
            const outcome = await attempt(db, stock, entryFor(movement, container.id, last.hundredths, container.strengthMgPerMl, { now, witnessUserId: stock.witnessUserId, locationId: stock.locationId, correctsEntryId: last.entryId }), now);
            // Property (b): the reversal is always possible, and puts the container back where it was.
            if (outcome.kind !== 'applied') throw new Error(`the reversal of entry ${last.entryId} was refused`);
            applied += 1;
            container.mlHundredths = last.before;
            const stored = await storedContainer(db, stock, container.id);
            expect({ mg: stored.balanceMg, ml: stored.balanceMl }).toEqual({ mg: (last.before * container.strengthMgPerMl) / 100, ml: last.before / 100 });
            const [row] = await db.select({ correctsEntryId: ledgerEntries.correctsEntryId }).from(ledgerEntries).where(and(eq(ledgerEntries.organisationId, stock.scope.organisationId), eq(ledgerEntries.id, outcome.entryId)));
            expect(row?.correctsEntryId).toBe(last.entryId);
            // The reversal is now the newest entry, and reversing it in turn must bring back the balance it replaced.
            last = { entryId: outcome.entryId, container: last.container, hundredths: last.hundredths, increased: !last.increased, before: afterOriginal };
            continue;
          }
          const container = stock.containers[operation.container]!;
          const before = container.mlHundredths;
          const hundredths = operation.amount.of === 'ml' ? operation.amount.hundredths : operation.amount.of === 'all' ? Math.max(1, before) : before + 1;
          const up = increases(operation.movement);
          const outcome = await attempt(db, stock, entryFor(operation.movement, container.id, hundredths, container.strengthMgPerMl, { now, witnessUserId: stock.witnessUserId, locationId: stock.locationId, correctsEntryId: container.receiptEntryId }), now);
          const expectRefusal = !up && hundredths > before;
          expect(outcome.kind).toBe(expectRefusal ? 'refused' : 'applied');
          if (outcome.kind === 'refused') {
            // Nothing changed: the balance, and the chain head (no entry, no sequence number used).
            const stored = await storedContainer(db, stock, container.id);
            expect({ mg: stored.balanceMg, ml: stored.balanceMl }).toEqual({ mg: (before * container.strengthMgPerMl) / 100, ml: before / 100 });
            expect((await readLedgerHead(db, stock.scope))?.lastSeq).toBe(applied);
            continue;
          }
          applied += 1;
          expect(outcome.seq).toBe(applied);
          container.mlHundredths = up ? before + hundredths : before - hundredths;
          last = { entryId: outcome.entryId, container: operation.container, hundredths, increased: up, before };
        }
        await expectConsistent(db, stock, applied);
      }),
      { numRuns: 40 },
    );
  });

  it('restores the balance exactly when a correction reverses an entry (opposite direction, same quantity, pointing at it)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: containersPerRun - 1 }),
        movementArbitrary.filter((movement) => movement !== 'receipt'),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        async (index, movement, openingDraw, hundredthsWanted) => {
          const db = database.db;
          const now = new Date(Date.UTC(2026, 10, 30, 15, 0, 0));
          const stock = await createStock(db, now);
          const container = stock.containers[index]!;
          const context = { now, witnessUserId: stock.witnessUserId, locationId: stock.locationId, correctsEntryId: container.receiptEntryId };
          // Start from a part-used container, then make an entry that fits (a decrease no bigger than what is left).
          const opening = Math.min(openingDraw, container.mlHundredths - 1);
          expect((await attempt(db, stock, entryFor('count-adjustment-decrease', container.id, opening, container.strengthMgPerMl, context), now)).kind).toBe('applied');
          const before = container.mlHundredths - opening;
          const up = increases(movement);
          const hundredths = up ? hundredthsWanted : Math.min(hundredthsWanted, before);
          const original = await attempt(db, stock, entryFor(movement, container.id, hundredths, container.strengthMgPerMl, context), now);
          if (original.kind !== 'applied') throw new Error(`the entry to reverse was refused: ${movement} of ${hundredths / 100} mL from ${before / 100} mL`);
          const reversal = await attempt(db, stock, entryFor(up ? 'correction-decrease' : 'correction-increase', container.id, hundredths, container.strengthMgPerMl, { ...context, correctsEntryId: original.entryId }), now);
          expect(reversal.kind).toBe('applied');
          const stored = await storedContainer(db, stock, container.id);
          expect({ mg: stored.balanceMg, ml: stored.balanceMl }).toEqual({ mg: (before * container.strengthMgPerMl) / 100, ml: before / 100 });
          container.mlHundredths = before;
          await expectConsistent(db, stock, containersPerRun + 3);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses an unknown container as a validation error, not as a balance', async () => {
    const now = new Date(Date.UTC(2026, 10, 30, 16, 0, 0));
    const stock = await createStock(database.db, now);
    const entry = entryFor('waste', randomUUID(), 10, 10, { now, witnessUserId: stock.witnessUserId, locationId: stock.locationId, correctsEntryId: null });
    await expect(database.db.transaction((tx) => appendLedgerEntry(tx, stock.scope, entry, { authorUserId: stock.authorUserId, witnessUserIds: [stock.witnessUserId] }, now))).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await readLedgerHead(database.db, stock.scope))?.lastSeq).toBe(containersPerRun);
  });
});
