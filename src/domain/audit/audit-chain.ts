import { createHash } from 'node:crypto';

export const auditOutcomes = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

export type AuditDetailValue = string | number | boolean | null;

/** One audit entry as it is hashed: every column but the hashes themselves. */
export interface AuditRecord {
  organisationId: string;
  seq: number;
  /** ISO 8601 in UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
  occurredAt: string;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  patientId: string | null;
  requestId: string | null;
  sourceIp: string | null;
  outcome: AuditOutcome;
  breakGlass: boolean;
  reason: string | null;
  details: Record<string, AuditDetailValue> | null;
}

export interface StoredAuditRecord extends AuditRecord {
  prevHash: string;
  hash: string;
}

/** The hash before the first entry of a chain. */
export const genesisHash = '0'.repeat(64);

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with object keys sorted at every depth, so the same record always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => byCodeUnit(a, b));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/**
 * `canonicalJson` for objects with exactly these fields, with the key order worked out once: the same bytes,
 * several times faster, which matters when `audit verify` and `ledger verify` re-hash millions of entries.
 */
export function canonicalJsonOfFields<T extends object>(fields: readonly (keyof T & string)[]): (value: T) => string {
  const sorted = [...fields].sort(byCodeUnit);
  const keys = sorted.map((field) => `${JSON.stringify(field)}:`);
  return (value) => {
    let out = '{';
    for (let index = 0; index < sorted.length; index += 1) {
      const item: unknown = value[sorted[index] as keyof T];
      if (item === undefined) continue;
      out += (out.length === 1 ? '' : ',') + keys[index] + (item !== null && typeof item === 'object' ? canonicalJson(item) : JSON.stringify(item));
    }
    return `${out}}`;
  };
}

const auditRecordFields = [
  'organisationId',
  'seq',
  'occurredAt',
  'actorUserId',
  'actorRole',
  'action',
  'entityType',
  'entityId',
  'patientId',
  'requestId',
  'sourceIp',
  'outcome',
  'breakGlass',
  'reason',
  'details',
] as const satisfies readonly (keyof AuditRecord)[];
const canonicalAuditRecord = canonicalJsonOfFields<AuditRecord>(auditRecordFields);

/**
 * The text an entry's hash covers, either side of its sequence number. The database, which alone knows the next
 * number under the chain's lock, hashes `prevHash + "\n" + before + seq + after` (SHA-256) in the same statement
 * that takes the number: the lock is then held for one statement and the commit. `seq` sorts second to last
 * (only `sourceIp`, a string, follows), so its key is found from the end, after any key of the same name in `details`.
 */
export function auditHashTextAroundSeq(record: Omit<AuditRecord, 'seq'>): { before: string; after: string } {
  const text = canonicalAuditRecord({ ...record, seq: 0 });
  const at = text.lastIndexOf(',"seq":0,');
  return { before: text.slice(0, at + ',"seq":'.length), after: text.slice(at + ',"seq":0'.length) };
}

/** SHA-256 over the previous hash and the record: changing, removing or inserting any entry breaks every later link. */
export function hashAuditRecord(prevHash: string, record: AuditRecord): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalAuditRecord(record)}`).digest('hex');
}

export type ChainBreak = 'sequence-gap' | 'previous-hash-mismatch' | 'hash-mismatch' | 'head-mismatch';

export type ChainVerdict =
  | { kind: 'intact'; count: number; lastSeq: number; lastHash: string }
  | { kind: 'broken'; seq: number; problem: ChainBreak; count: number };

export interface ChainVerifier {
  /** Checks the next entry in seq order; answers the break, or null while the chain holds. */
  check(record: StoredAuditRecord): ChainVerdict | null;
  /** Compares the end of the chain with the recorded head (catches removal of the newest entries). */
  finish(head: { lastSeq: number; lastHash: string } | null): ChainVerdict;
}

const describeBreaks: Record<ChainBreak, string> = {
  'sequence-gap': 'an entry is missing before this one (its sequence number skips)',
  'previous-hash-mismatch': 'this entry does not point at the hash of the one before it',
  'hash-mismatch': 'this entry was changed after it was written (its hash does not match its content)',
  'head-mismatch': 'the newest entries were removed, or one was added outside the application (the chain head does not match)',
};

export function describeChainBreak(problem: ChainBreak): string {
  return describeBreaks[problem];
}

/** Verifies one organisation's chain entry by entry, so millions of entries stream through in constant memory. */
export function createChainVerifier(): ChainVerifier {
  let lastSeq = 0;
  let lastHash = genesisHash;
  let count = 0;
  let broken: ChainVerdict | null = null;
  return {
    check(record) {
      if (broken) return broken;
      const { prevHash, hash } = record;
      // The hash covers the record's own fields only, so the stored hashes riding along are not part of it.
      const problem: ChainBreak | null =
        record.seq !== lastSeq + 1
          ? 'sequence-gap'
          : prevHash !== lastHash
            ? 'previous-hash-mismatch'
            : hashAuditRecord(prevHash, record) !== hash
              ? 'hash-mismatch'
              : null;
      if (problem) {
        broken = { kind: 'broken', seq: record.seq, problem, count };
        return broken;
      }
      count += 1;
      lastSeq = record.seq;
      lastHash = hash;
      return null;
    },
    finish(head) {
      if (broken) return broken;
      const expectedSeq = head?.lastSeq ?? 0;
      const expectedHash = head?.lastHash ?? genesisHash;
      if (expectedSeq !== lastSeq || expectedHash !== lastHash) {
        return { kind: 'broken', seq: Math.min(expectedSeq, lastSeq) + 1, problem: 'head-mismatch', count };
      }
      return { kind: 'intact', count, lastSeq, lastHash };
    },
  };
}
