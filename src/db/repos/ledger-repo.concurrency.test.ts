import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic } from '../../../tests/helpers/test-clinic.js';
import { createTestDatabase, engine, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { createTestUser } from '../../../tests/helpers/test-users.js';
import { applyToBalance } from '../../domain/ledger/balances.js';
import { buildLedgerRecord, ledgerGenesisHash, type StoredLedgerRecord } from '../../domain/ledger/ledger-chain.js';
import type { LedgerEntryInput } from '../../domain/ledger/ledger-entry.js';
import { AppError } from '../../domain/shared/app-error.js';
import { openPostgres } from '../create-db.js';
import { type Database, type DatabaseHandle, queryRows } from '../database.js';
import { controlledProducts, ledgerChainHeads, ledgerEntries, stockContainers, stockLots } from '../schema/index.js';
import { appendLedgerEntry, verifyLedger } from './ledger-repo.js';
import { listClinicLocations, type OrganisationScope } from './organisations-repo.js';

// Synthetic supplier; the DEA check digit holds: (1+3+5) + 2×(2+4+6) = 33 → 3.
const supplier = { name: 'Demo Pharmaceutical Wholesaler (synthetic)', address: '1 Sample Way, Testville ZZ 00000', deaNumber: 'AB1234563' };
const rounds = 3;
const drawsPerRound = 50;
// A 20 mL vial of 10 mg/mL holds 200 mg: exactly ten draws of 20 mg (2 mL).
const vial = { strengthMgPerMl: 10, containerMl: 20 };
const draw = { mg: 20, ml: 2 };
const drawsCovered = (vial.strengthMgPerMl * vial.containerMl) / draw.mg;

type Append = (tx: Database, scope: OrganisationScope, entry: LedgerEntryInput, context: { authorUserId: string; witnessUserIds: string[] }, now: Date) => Promise<StoredLedgerRecord>;

/**
 * appendLedgerEntry without its lock, kept here only to show what the lock is for: the balance is read with a
 * plain SELECT, and the computed balance written back, a classic lost update. pg_sleep widens the window between
 * the read and the write so that the race shows on every run, not once in a while.
 */
const appendWithoutLock: Append = async (tx, scope, entry, context, now) => {
  const where = and(eq(stockContainers.organisationId, scope.organisationId), eq(stockContainers.id, entry.containerId));
  const [container] = await tx.select({ balanceMg: stockContainers.balanceMg, balanceMl: stockContainers.balanceMl }).from(stockContainers).where(where); // no FOR UPDATE
  if (!container) throw new AppError('VALIDATION', 'No such container.');
  const moved = applyToBalance({ mg: container.balanceMg, ml: container.balanceMl }, entry as never);
  if (moved.kind === 'negative') throw new AppError('LEDGER_NEGATIVE_BALANCE', 'Short.');
  await tx.execute(sql`select pg_sleep(0.01)`);
  await tx.update(stockContainers).set({ balanceMg: moved.balance.mg, balanceMl: moved.balance.ml }).where(where);
  // The chain as appendLedgerEntry keeps it (under the head's lock), so only the balance is wrong.
  await tx.insert(ledgerChainHeads).values({ organisationId: scope.organisationId, lastSeq: 0, lastHash: ledgerGenesisHash }).onConflictDoNothing();
  const [head] = await tx.select().from(ledgerChainHeads).where(eq(ledgerChainHeads.organisationId, scope.organisationId)).for('update');
  const record = buildLedgerRecord({ entry, organisationId: scope.organisationId, seq: head!.lastSeq + 1, entryId: randomUUID(), authorUserId: context.authorUserId, recordedAt: now, prevHash: head!.lastHash });
  await tx.insert(ledgerEntries).values({
    id: record.entryId,
    organisationId: scope.organisationId,
    seq: record.seq,
    kind: record.kind,
    containerId: record.containerId,
    quantityMg: record.quantityMg,
    quantityMl: record.quantityMl,
    authorUserId: record.authorUserId,
    witnessUserIds: context.witnessUserIds,
    payload: record.payload as Record<string, unknown>,
    occurredAt: new Date(record.occurredAt),
    recordedAt: now,
    prevHash: record.prevHash,
    hash: record.hash,
  });
  await tx.update(ledgerChainHeads).set({ lastSeq: record.seq, lastHash: record.hash }).where(eq(ledgerChainHeads.organisationId, scope.organisationId));
  return record;
};

interface RoundResult {
  succeeded: number;
  refused: number;
  storedMg: number;
  storedMl: number;
  /** The container's balance as the sum of its entries (receipt in, draws out). */
  fromEntriesMg: number;
  state: string;
}

describe('appendLedgerEntry under simultaneous draws', () => {
  let database: TestDatabase;
  /**
   * On PostgreSQL, a pool of its own as wide as the draws, so all 50 transactions are open at once (the test
   * database's pool has 4 connections, which would queue them four at a time). PGlite has one connection and
   * serialises every transaction, so there it is the test database itself.
   */
  let wide: DatabaseHandle | undefined;
  let db: Database;
  let scope: OrganisationScope;
  let authorUserId: string;
  let lotId: string;
  let locationId: string;
  const now = new Date('2026-11-30T14:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    if (engine === 'postgres') wide = openPostgres(database.url!, drawsPerRound);
    db = wide?.db ?? database.db;
    const clinic = await createTestClinic(database.db);
    scope = { organisationId: clinic.id };
    locationId = (await listClinicLocations(database.db, scope))[0]!.id;
    authorUserId = (await createTestUser(database.db, clinic, { roles: ['nurse'], withTotp: false })).id;
    const [product] = await database.db
      .insert(controlledProducts)
      .values({ organisationId: scope.organisationId, genericName: 'ketamine hydrochloride (synthetic)', ndc: '42023-113-10', form: 'vial', ...vial })
      .returning({ id: controlledProducts.id });
    const [lot] = await database.db.insert(stockLots).values({ organisationId: scope.organisationId, productId: product!.id, lotNumber: 'LOT-RACE', expiresOn: '2028-06-30' }).returning({ id: stockLots.id });
    lotId = lot!.id;
  });
  afterAll(async () => {
    await wide?.close();
    await database.close();
  });

  /** A full vial, received through the real append. */
  async function receiveVial(label: string): Promise<string> {
    const values = { organisationId: scope.organisationId, lotId, locationId, label, state: 'sealed' as const, balanceMg: 0, balanceMl: 0, receivedAt: now };
    const [container] = await database.db.insert(stockContainers).values(values).returning({ id: stockContainers.id });
    const receipt: LedgerEntryInput = {
      kind: 'receipt',
      containerId: container!.id,
      quantityMg: vial.strengthMgPerMl * vial.containerMl,
      quantityMl: vial.containerMl,
      occurredAt: now.toISOString(),
      supplier,
      invoiceNumber: `INV-${label}`,
      lotNumber: 'LOT-RACE',
      expiresOn: '2028-06-30',
    };
    await database.db.transaction((tx) => appendLedgerEntry(tx, scope, receipt, { authorUserId, witnessUserIds: [] }, now));
    return container!.id;
  }

  /** Fifty draws at once, each its own transaction; answers what got through and what the container says after. */
  async function drawAtOnce(append: Append, containerId: string): Promise<RoundResult> {
    const entry: LedgerEntryInput = { kind: 'count-adjustment', containerId, quantityMg: draw.mg, quantityMl: draw.ml, occurredAt: now.toISOString(), reason: 'Concurrency test draw (synthetic)', direction: 'decrease' };
    const outcomes = await Promise.allSettled(Array.from({ length: drawsPerRound }, () => db.transaction((tx) => append(tx, scope, entry, { authorUserId, witnessUserIds: [] }, now))));
    const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    // Every failure is the refusal, never a deadlock, a serialisation error or the CHECK constraint.
    for (const failure of failures) expect(failure).toMatchObject({ code: 'LEDGER_NEGATIVE_BALANCE' });
    expect(failures.every((failure) => failure instanceof AppError)).toBe(true);
    const [row] = await queryRows<{ stored_mg: string; stored_ml: string; state: string; from_entries_mg: string }>(
      database.db,
      sql`select c.balance_mg::text as stored_mg, c.balance_ml::text as stored_ml, c.state,
            (select coalesce(sum(case when e.kind = 'receipt' then e.quantity_mg else -e.quantity_mg end), 0) from ledger_entry e
              where e.organisation_id = c.organisation_id and e.container_id = c.id)::text as from_entries_mg
          from stock_container c where c.organisation_id = ${scope.organisationId} and c.id = ${containerId}`,
    );
    return { succeeded: outcomes.length - failures.length, refused: failures.length, storedMg: Number(row!.stored_mg), storedMl: Number(row!.stored_ml), fromEntriesMg: Number(row!.from_entries_mg), state: row!.state };
  }

  it(`lets exactly ${drawsCovered} of ${drawsPerRound} simultaneous draws through from a vial holding ${drawsCovered}, round after round (${engine})`, async () => {
    for (let round = 1; round <= rounds; round += 1) {
      const containerId = await receiveVial(`locked round ${round}`);
      const result = await drawAtOnce(appendLedgerEntry, containerId);
      expect(result).toEqual({ succeeded: drawsCovered, refused: drawsPerRound - drawsCovered, storedMg: 0, storedMl: 0, fromEntriesMg: 0, state: 'empty' });
    }
    expect(await verifyLedger(database.db, scope)).toEqual({ chain: { ok: true, count: rounds * (1 + drawsCovered) }, balanceMismatches: [] });
  });

  // PGlite runs one transaction at a time, so the lock-free copy cannot race there; the race needs PostgreSQL.
  it.skipIf(engine !== 'postgres')('needs that lock: without FOR UPDATE the same draws lose updates on PostgreSQL, and verify catches it', async () => {
    const results: RoundResult[] = [];
    for (let round = 1; round <= rounds; round += 1) results.push(await drawAtOnce(appendWithoutLock, await receiveVial(`lock-free round ${round}`)));
    const broken = results.filter((result) => result.succeeded > drawsCovered || result.storedMg !== result.fromEntriesMg);
    expect(broken.length, `no round lost an update: ${JSON.stringify(results)}`).toBeGreaterThan(0);
    // The verifier sees what the application did not: balances that disagree with the entries.
    expect((await verifyLedger(database.db, scope)).balanceMismatches.length).toBeGreaterThan(0);
  });
});
