import { createHash } from 'node:crypto';
import { canonicalJsonOfFields } from '../audit/audit-chain.js';
import { type LedgerEntryInput, type LedgerEntryKind, ledgerPayload } from './ledger-entry.js';

/**
 * One ledger entry as it is hashed: every column but its own hash. One chain per organisation, in `seq`
 * order from 1, so a changed, removed, inserted or reordered entry shows (the records of 21 CFR 1304.22
 * must be complete and accurate: 1304.21(a)). Timestamps are ISO 8601 in UTC with milliseconds.
 */
export interface LedgerRecord {
  organisationId: string;
  seq: number;
  entryId: string;
  kind: LedgerEntryKind;
  containerId: string;
  quantityMg: number;
  quantityMl: number;
  authorUserId: string;
  occurredAt: string;
  recordedAt: string;
  /** The kind-specific fields (`ledgerPayload`), `note` included; JSON values only. */
  payload: Readonly<Record<string, unknown>>;
  prevHash: string;
}

export type StoredLedgerRecord = LedgerRecord & { hash: string };

/** The `prevHash` of the first entry of a chain. */
export const ledgerGenesisHash = '0'.repeat(64);

/** Keeps ledger hashes apart from audit hashes, and lets a later format change say so. */
const hashDomain = 'ketaclinic-ledger-v1';

/** SHA-256 of the record's canonical JSON; fields outside `LedgerRecord` (such as a stored `hash`) are ignored. */
export function hashLedgerRecord(record: LedgerRecord): string {
  return createHash('sha256').update(`${hashDomain}\n${canonicalLedgerRecord(record)}`).digest('hex');
}

const canonicalLedgerRecord = canonicalJsonOfFields<LedgerRecord>([
  'organisationId',
  'seq',
  'entryId',
  'kind',
  'containerId',
  'quantityMg',
  'quantityMl',
  'authorUserId',
  'occurredAt',
  'recordedAt',
  'payload',
  'prevHash',
]);

/** The next record of a chain from a parsed entry, hashed. */
export function buildLedgerRecord(args: {
  entry: LedgerEntryInput;
  organisationId: string;
  seq: number;
  entryId: string;
  authorUserId: string;
  recordedAt: Date;
  prevHash: string;
}): StoredLedgerRecord {
  const { entry } = args;
  const record: LedgerRecord = {
    organisationId: args.organisationId,
    seq: args.seq,
    entryId: args.entryId,
    kind: entry.kind,
    containerId: entry.containerId,
    quantityMg: entry.quantityMg,
    quantityMl: entry.quantityMl,
    authorUserId: args.authorUserId,
    occurredAt: entry.occurredAt,
    recordedAt: args.recordedAt.toISOString(),
    payload: ledgerPayload(entry),
    prevHash: args.prevHash,
  };
  return { ...record, hash: hashLedgerRecord(record) };
}

export type LedgerChainProblem = 'sequence-gap' | 'other-organisation' | 'previous-hash-mismatch' | 'hash-mismatch' | 'head-mismatch';

export type LedgerChainVerdict =
  | { ok: true; count: number }
  /** Entries 1 … brokenAtSeq − 1 verified; the chain cannot be trusted from `brokenAtSeq` on. */
  | { ok: false; brokenAtSeq: number; reason: string; problem: LedgerChainProblem };

export interface LedgerChainVerifier {
  /** Checks the next entry in seq order; answers the break, or null while the chain holds. */
  check(record: StoredLedgerRecord): LedgerChainVerdict | null;
  /** The verdict on every entry checked; pass the recorded head to catch the newest entries being removed. */
  finish(head?: { lastSeq: number; lastHash: string } | null): LedgerChainVerdict;
}

/** Verifies one organisation's chain entry by entry, so a million entries stream through in constant memory. */
export function createLedgerChainVerifier(): LedgerChainVerifier {
  let lastSeq = 0;
  let lastHash = ledgerGenesisHash;
  let organisationId: string | null = null;
  let verdict: LedgerChainVerdict | null = null;
  const broken = (problem: LedgerChainProblem, reason: string): LedgerChainVerdict => (verdict = { ok: false, brokenAtSeq: lastSeq + 1, reason, problem });
  return {
    check(record) {
      if (verdict) return verdict;
      const expectedSeq = lastSeq + 1;
      if (record.seq !== expectedSeq) {
        return broken('sequence-gap', record.seq > expectedSeq ? `Entry ${expectedSeq} is missing (found ${record.seq} in its place)` : `Entry ${record.seq} appears again or out of order after entry ${lastSeq}`);
      }
      organisationId ??= record.organisationId;
      if (record.organisationId !== organisationId) return broken('other-organisation', `Entry ${record.seq} belongs to another organisation's chain`);
      if (record.prevHash !== lastHash) return broken('previous-hash-mismatch', `Entry ${record.seq} does not point at the hash of entry ${lastSeq}`);
      if (hashLedgerRecord(record) !== record.hash) return broken('hash-mismatch', `Entry ${record.seq} was changed after it was written (its hash does not match its content)`);
      lastSeq = record.seq;
      lastHash = record.hash;
      return null;
    },
    finish(head) {
      if (verdict) return verdict;
      if (head !== undefined) {
        const expected = head ?? { lastSeq: 0, lastHash: ledgerGenesisHash };
        const headBroken = (brokenAtSeq: number, reason: string): LedgerChainVerdict => ({ ok: false, brokenAtSeq, reason, problem: 'head-mismatch' });
        if (expected.lastSeq > lastSeq) return headBroken(lastSeq + 1, `Entries ${lastSeq + 1} to ${expected.lastSeq} were removed (the recorded head is entry ${expected.lastSeq})`);
        if (expected.lastSeq < lastSeq) return headBroken(expected.lastSeq + 1, `Entries after ${expected.lastSeq} were added outside the application (the recorded head is entry ${expected.lastSeq})`);
        if (expected.lastHash !== lastHash) return headBroken(lastSeq, `The chain was rewritten: entry ${lastSeq} does not match the recorded head (the rewrite may start earlier)`);
      }
      return { ok: true, count: lastSeq };
    },
  };
}

/**
 * Verifies one organisation's chain in seq order. Pass the recorded chain head to catch the newest entries
 * being removed; without it, truncation at the end cannot be seen.
 */
export function verifyLedgerChain(records: Iterable<StoredLedgerRecord>, head?: { lastSeq: number; lastHash: string } | null): LedgerChainVerdict {
  const verifier = createLedgerChainVerifier();
  for (const record of records) {
    const verdict = verifier.check(record);
    if (verdict) return verdict;
  }
  return verifier.finish(head);
}
