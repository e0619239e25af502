import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { applyToBalance, type Balance, type BalanceMovement, emptyBalance } from '../../domain/ledger/balances.js';
import { buildLedgerRecord, createLedgerChainVerifier, ledgerGenesisHash, type LedgerChainVerdict, type StoredLedgerRecord } from '../../domain/ledger/ledger-chain.js';
import { type LedgerEntryInput, quantityMismatch } from '../../domain/ledger/ledger-entry.js';
import { AppError } from '../../domain/shared/app-error.js';
import { type Database, queryRows } from '../database.js';
import { isoInstantSql, readChainInBatches } from './chain-batches.js';
import { controlledProducts, ledgerChainHeads, ledgerEntries, stockContainers, stockLots } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

type ContainerState = (typeof stockContainers.$inferSelect)['state'];

/** The state a container is in after an entry: opened by its first draw, empty at zero, or gone by how it left. */
function stateAfter(kind: LedgerEntryInput['kind'], before: ContainerState, balanceMl: number): ContainerState {
  if (kind === 'destruction') return 'destroyed';
  // Part of a container gone (returned, lost, moved) leaves it open.
  if (kind === 'return-to-reverse-distributor') return balanceMl === 0 ? 'returned' : 'in-use';
  if (kind === 'theft-loss') return balanceMl === 0 ? 'lost' : 'in-use';
  if (kind === 'transfer-out') return balanceMl === 0 ? 'transferred' : 'in-use';
  if (kind === 'waste' && balanceMl === 0) return 'wasted';
  if (balanceMl === 0) return 'empty';
  if (kind === 'receipt' || kind === 'transfer-in') return before === 'in-use' ? 'in-use' : 'sealed';
  return 'in-use';
}

/**
 * Appends one entry: locks the container (so two people drawing from one vial at once take turns), refuses any
 * entry that would take it below zero, updates its balance, then appends to the organisation's hash chain under
 * the chain head's lock. The CHECK on the container's balance is the last word if anything slipped past.
 */
export async function appendLedgerEntry(
  tx: Database,
  scope: OrganisationScope,
  entry: LedgerEntryInput,
  context: { authorUserId: string; witnessUserIds: string[]; sessionId?: string | null; patientId?: string | null; correctsEntryId?: string | null; device?: string; fieldPointer?: string },
  now: Date,
): Promise<StoredLedgerRecord> {
  const pointer = context.fieldPointer ?? '';
  const [container] = await tx
    .select({ balanceMg: stockContainers.balanceMg, balanceMl: stockContainers.balanceMl, state: stockContainers.state, strengthMgPerMl: controlledProducts.strengthMgPerMl })
    .from(stockContainers)
    .innerJoin(stockLots, eq(stockLots.id, stockContainers.lotId))
    .innerJoin(controlledProducts, eq(controlledProducts.id, stockLots.productId))
    .where(and(eq(stockContainers.organisationId, scope.organisationId), eq(stockContainers.id, entry.containerId)))
    .for('update', { of: stockContainers });
  if (!container) throw new AppError('VALIDATION', 'No such container.', [{ in: 'body', pointer: `${pointer}/containerId`, detail: 'Unknown container' }]);
  const mismatch = quantityMismatch(entry.quantityMg, entry.quantityMl, container.strengthMgPerMl);
  if (mismatch) throw new AppError('VALIDATION', mismatch, [{ in: 'body', pointer: `${pointer}/quantityMl`, detail: mismatch }]);
  if (entry.kind === 'correction') {
    const [corrected] = await tx.select({ id: ledgerEntries.id }).from(ledgerEntries).where(and(eq(ledgerEntries.organisationId, scope.organisationId), eq(ledgerEntries.id, entry.correctsEntryId), eq(ledgerEntries.containerId, entry.containerId)));
    if (!corrected) throw new AppError('VALIDATION', 'A correction points at an entry of the same container.', [{ in: 'body', pointer: `${pointer}/correctsEntryId`, detail: 'No such entry for this container' }]);
  }
  const moved = applyToBalance({ mg: container.balanceMg, ml: container.balanceMl }, entry as never);
  if (moved.kind === 'negative') {
    throw new AppError('LEDGER_NEGATIVE_BALANCE', `The container holds ${container.balanceMg} mg (${container.balanceMl} mL): ${moved.shortByMg} mg short.`, [{ in: 'body', pointer: `${pointer}/quantityMg`, detail: `At most ${container.balanceMg} mg` }]);
  }
  await tx
    .update(stockContainers)
    .set({ balanceMg: moved.balance.mg, balanceMl: moved.balance.ml, state: stateAfter(entry.kind, container.state, moved.balance.ml) })
    .where(and(eq(stockContainers.organisationId, scope.organisationId), eq(stockContainers.id, entry.containerId)));
  // One statement locks the chain head (creating it for a new organisation) and reads it; "do update" is what locks.
  const [head] = await tx
    .insert(ledgerChainHeads)
    .values({ organisationId: scope.organisationId, lastSeq: 0, lastHash: ledgerGenesisHash })
    .onConflictDoUpdate({ target: ledgerChainHeads.organisationId, set: { lastSeq: sql`${ledgerChainHeads.lastSeq}` } })
    .returning({ lastSeq: ledgerChainHeads.lastSeq, lastHash: ledgerChainHeads.lastHash });
  const record = buildLedgerRecord({ entry, organisationId: scope.organisationId, seq: head!.lastSeq + 1, entryId: randomUUID(), authorUserId: context.authorUserId, recordedAt: now, prevHash: head!.lastHash });
  // And one writes the entry and moves the head.
  const row = {
    id: record.entryId,
    organisationId: scope.organisationId,
    seq: record.seq,
    kind: record.kind,
    containerId: record.containerId,
    quantityMg: record.quantityMg,
    quantityMl: record.quantityMl,
    authorUserId: record.authorUserId,
    witnessUserIds: context.witnessUserIds,
    sessionId: context.sessionId ?? null,
    patientId: context.patientId ?? null,
    correctsEntryId: context.correctsEntryId ?? null,
    device: context.device ?? '',
    payload: record.payload as Record<string, unknown>,
    occurredAt: new Date(record.occurredAt),
    recordedAt: now,
    prevHash: record.prevHash,
    hash: record.hash,
  };
  const inserted = tx.$with('inserted').as(tx.insert(ledgerEntries).values(row).returning({ seq: ledgerEntries.seq }));
  await tx
    .with(inserted)
    .update(ledgerChainHeads)
    .set({ lastSeq: sql`(select ${inserted.seq} from ${inserted})`, lastHash: record.hash })
    .where(eq(ledgerChainHeads.organisationId, scope.organisationId));
  return record;
}

/** The organisation's chain in order, a batch at a time, as the verifier reads it (raw SQL: see readAuditChain). */
export function readLedgerChain(db: Database, scope: OrganisationScope, batchSize = 10_000): AsyncGenerator<StoredLedgerRecord> {
  return readChainInBatches(
    (afterSeq) =>
      queryRows<StoredLedgerRecord>(
        db,
        sql`select organisation_id as "organisationId", seq::float8 as seq, id as "entryId", kind, container_id as "containerId", quantity_mg::float8 as "quantityMg",
            quantity_ml::float8 as "quantityMl", author_user_id as "authorUserId", ${sql.raw(isoInstantSql('occurred_at'))} as "occurredAt",
            ${sql.raw(isoInstantSql('recorded_at'))} as "recordedAt", payload, prev_hash as "prevHash", hash
          from ledger_entry where organisation_id = ${scope.organisationId} and seq > ${afterSeq} order by ledger_entry.seq limit ${batchSize}`,
      ),
    batchSize,
  );
}

export async function readLedgerHead(db: Database, scope: OrganisationScope): Promise<{ lastSeq: number; lastHash: string } | null> {
  const [head] = await db.select({ lastSeq: ledgerChainHeads.lastSeq, lastHash: ledgerChainHeads.lastHash }).from(ledgerChainHeads).where(eq(ledgerChainHeads.organisationId, scope.organisationId));
  return head ?? null;
}

/** What a session's ledger says: mg administered, mg wasted, and whether every waste had its witness. */
export async function sessionLedgerTotals(db: Database, scope: OrganisationScope, sessionId: string): Promise<{ administeredMg: number; wastedMg: number }> {
  const [row] = await db
    .select({
      administeredMg: sql<number>`coalesce(sum(${ledgerEntries.quantityMg}) filter (where ${ledgerEntries.kind} = 'administration'), 0)`.mapWith(Number),
      wastedMg: sql<number>`coalesce(sum(${ledgerEntries.quantityMg}) filter (where ${ledgerEntries.kind} = 'waste'), 0)`.mapWith(Number),
    })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.organisationId, scope.organisationId), eq(ledgerEntries.sessionId, sessionId)));
  return row ?? { administeredMg: 0, wastedMg: 0 };
}

export interface LedgerVerification {
  chain: LedgerChainVerdict;
  /** Containers whose stored balance (mg or mL) differs from the sum of their entries. */
  balanceMismatches: { containerId: string; storedMg: number; fromEntriesMg: number; storedMl: number; fromEntriesMl: number }[];
}

/** Re-computes the organisation's chain and every container's balance from its entries, in one streaming pass. */
export async function verifyLedger(db: Database, scope: OrganisationScope): Promise<LedgerVerification> {
  const verifier = createLedgerChainVerifier();
  // Each container's running balance; null once an entry would have taken it below zero.
  const balances = new Map<string, Balance | null>();
  for await (const record of readLedgerChain(db, scope)) {
    verifier.check(record);
    const before = balances.get(record.containerId);
    if (before === null) continue;
    const direction = (record.payload as { direction?: BalanceMovement['direction'] }).direction;
    const moved = applyToBalance(before ?? emptyBalance, { kind: record.kind, quantityMg: record.quantityMg, quantityMl: record.quantityMl, ...(direction ? { direction } : {}) });
    balances.set(record.containerId, moved.kind === 'ok' ? moved.balance : null);
  }
  const chain = verifier.finish(await readLedgerHead(db, scope));
  const containers = await db.select({ id: stockContainers.id, balanceMg: stockContainers.balanceMg, balanceMl: stockContainers.balanceMl }).from(stockContainers).where(eq(stockContainers.organisationId, scope.organisationId));
  const balanceMismatches = containers.flatMap((container) => {
    // The same arithmetic as the append (whole hundredths): a balance that replays below zero cannot match.
    const replayed = balances.get(container.id);
    const fromEntriesMg = replayed === null ? Number.NaN : (replayed ?? emptyBalance).mg;
    const fromEntriesMl = replayed === null ? Number.NaN : (replayed ?? emptyBalance).ml;
    if (fromEntriesMg === container.balanceMg && fromEntriesMl === container.balanceMl) return [];
    return [{ containerId: container.id, storedMg: container.balanceMg, fromEntriesMg, storedMl: container.balanceMl, fromEntriesMl }];
  });
  return { chain, balanceMismatches };
}
