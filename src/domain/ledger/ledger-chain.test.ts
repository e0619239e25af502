import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../audit/audit-chain.js';
import { type StoredLedgerRecord, buildLedgerRecord, hashLedgerRecord, ledgerGenesisHash, verifyLedgerChain } from './ledger-chain.js';
import { ledgerEntryInputSchema } from './ledger-entry.js';

const organisationId = '11111111-1111-4111-8111-111111111111';
const containerId = '22222222-2222-4222-8222-222222222222';
const authorUserId = '33333333-3333-4333-8333-333333333333';

function buildChain(length: number): StoredLedgerRecord[] {
  const chain: StoredLedgerRecord[] = [];
  let prevHash = ledgerGenesisHash;
  for (let seq = 1; seq <= length; seq += 1) {
    const entry = ledgerEntryInputSchema.parse(
      seq === 1
        ? {
            kind: 'receipt',
            containerId,
            quantityMg: 1000,
            quantityMl: 10,
            occurredAt: '2026-03-02T09:00:00-05:00',
            supplier: { name: 'Acme', address: '1 Main St', deaNumber: 'AB1234563' },
            invoiceNumber: 'INV-1',
            lotNumber: 'L1',
            expiresOn: '2027-06-30',
          }
        : {
            kind: 'administration',
            containerId,
            quantityMg: 50,
            quantityMl: 0.5,
            occurredAt: `2026-03-${String(seq + 1).padStart(2, '0')}T10:00:00-05:00`,
            sessionId: `44444444-4444-4444-8444-44444444444${seq}`,
            patientId: '55555555-5555-4555-8555-555555555555',
          },
    );
    const record = buildLedgerRecord({
      entry,
      organisationId,
      seq,
      entryId: `66666666-6666-4666-8666-66666666666${seq}`,
      authorUserId,
      recordedAt: new Date(Date.UTC(2026, 2, seq + 1, 15, 0, 1)),
      prevHash,
    });
    chain.push(record);
    prevHash = record.hash;
  }
  return chain;
}

const headOf = (chain: StoredLedgerRecord[]) => ({ lastSeq: chain.at(-1)!.seq, lastHash: chain.at(-1)!.hash });

describe('hashLedgerRecord', () => {
  it('is SHA-256 hex over the canonical record, whatever the key order', () => {
    const [record] = buildChain(1);
    const { hash, ...content } = record!;
    const reordered = JSON.parse(canonicalJson(content)) as typeof content;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLedgerRecord(reordered)).toBe(hash);
    expect(hashLedgerRecord(record!)).toBe(hash); // the stored hash itself is not hashed
  });

  it('hashes exactly the canonical JSON of the record (the faster writer changes no stored hash)', () => {
    const [receipt, administration] = buildChain(2);
    for (const record of [receipt!, administration!]) {
      const { hash, ...content } = record;
      expect(createHash('sha256').update('ketaclinic-ledger-v1\n').update(canonicalJson(content)).digest('hex')).toBe(hash);
    }
    fc.assert(
      fc.property(fc.record({ quantityMg: fc.double({ min: 0.01, max: 1e6, noNaN: true }), note: fc.string({ unit: 'binary' }), seq: fc.integer({ min: 1 }) }), ({ quantityMg, note, seq }) => {
        const content = { ...receipt!, hash: undefined, seq, quantityMg, payload: { ...receipt!.payload, note } };
        const { hash: _hash, ...reference } = content;
        expect(hashLedgerRecord(content)).toBe(createHash('sha256').update('ketaclinic-ledger-v1\n').update(canonicalJson(reference)).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('stores the kind-specific fields as the payload', () => {
    const [receipt, administration] = buildChain(2);
    expect(receipt!.payload).toEqual({ supplier: { name: 'Acme', address: '1 Main St', deaNumber: 'AB1234563' }, invoiceNumber: 'INV-1', lotNumber: 'L1', expiresOn: '2027-06-30' });
    expect(administration).toMatchObject({ kind: 'administration', occurredAt: '2026-03-03T15:00:00.000Z', recordedAt: '2026-03-03T15:00:01.000Z', prevHash: receipt!.hash });
  });
});

describe('verifyLedgerChain', () => {
  it('verifies an untouched chain, with and without its head', () => {
    const chain = buildChain(5);
    expect(verifyLedgerChain(chain)).toEqual({ ok: true, count: 5 });
    expect(verifyLedgerChain(chain, headOf(chain))).toEqual({ ok: true, count: 5 });
  });

  it('verifies an empty chain', () => {
    expect(verifyLedgerChain([])).toEqual({ ok: true, count: 0 });
    expect(verifyLedgerChain([], null)).toEqual({ ok: true, count: 0 });
  });

  const tampered: [string, (chain: StoredLedgerRecord[]) => void, number, string][] = [
    ['quantity changed', (c) => (c[2] = { ...c[2]!, quantityMg: 5 }), 3, 'hash-mismatch'],
    ['payload field changed', (c) => (c[2] = { ...c[2]!, payload: { ...c[2]!.payload, patientId: '77777777-7777-4777-8777-777777777777' } }), 3, 'hash-mismatch'],
    ['author changed', (c) => (c[0] = { ...c[0]!, authorUserId: '77777777-7777-4777-8777-777777777777' }), 1, 'hash-mismatch'],
    ['kind changed', (c) => (c[4] = { ...c[4]!, kind: 'waste' }), 5, 'hash-mismatch'],
    ['time moved', (c) => (c[1] = { ...c[1]!, occurredAt: '2026-03-03T16:00:00.000Z' }), 2, 'hash-mismatch'],
    ['record deleted', (c) => c.splice(2, 1), 3, 'sequence-gap'],
    ['first record deleted', (c) => c.splice(0, 1), 1, 'sequence-gap'],
    ['two records swapped', (c) => ([c[1], c[2]] = [c[2]!, c[1]!]), 2, 'sequence-gap'],
    ['a record repeated', (c) => c.splice(3, 0, c[2]!), 4, 'sequence-gap'],
    [
      'record rewritten with its own hash recomputed',
      (c) => {
        const forged = { ...c[2]!, quantityMg: 5 };
        c[2] = { ...forged, hash: hashLedgerRecord(forged) };
      },
      4,
      'previous-hash-mismatch',
    ],
    [
      'record renumbered after a deletion',
      (c) => {
        c.splice(2, 1);
        c[2] = { ...c[2]!, seq: 3 };
      },
      3,
      'previous-hash-mismatch',
    ],
    ['record from another organisation', (c) => (c[1] = { ...c[1]!, organisationId: '99999999-9999-4999-8999-999999999999' }), 2, 'other-organisation'],
  ];

  it.each(tampered)('%s → broken at seq %d (%s)', (_name, tamper, brokenAtSeq, problem) => {
    const chain = buildChain(5);
    tamper(chain);
    expect(verifyLedgerChain(chain)).toMatchObject({ ok: false, brokenAtSeq, problem });
  });

  it('explains the break', () => {
    const chain = buildChain(5);
    chain.splice(2, 1);
    expect(verifyLedgerChain(chain)).toEqual({ ok: false, brokenAtSeq: 3, problem: 'sequence-gap', reason: 'Entry 3 is missing (found 4 in its place)' });
  });

  it('catches the newest entries removed, given the recorded head', () => {
    const chain = buildChain(5);
    const head = headOf(chain);
    expect(verifyLedgerChain(chain.slice(0, 3))).toEqual({ ok: true, count: 3 });
    expect(verifyLedgerChain(chain.slice(0, 3), head)).toMatchObject({ ok: false, brokenAtSeq: 4, problem: 'head-mismatch' });
    expect(verifyLedgerChain([], head)).toMatchObject({ ok: false, brokenAtSeq: 1, problem: 'head-mismatch' });
  });

  it('catches entries added beyond the head, and a chain rewritten to its end', () => {
    const chain = buildChain(5);
    expect(verifyLedgerChain(chain, headOf(chain.slice(0, 4)))).toMatchObject({ ok: false, brokenAtSeq: 5, problem: 'head-mismatch' });
    const forged = { ...chain[4]!, quantityMg: 5 };
    chain[4] = { ...forged, hash: hashLedgerRecord(forged) };
    expect(verifyLedgerChain(chain)).toEqual({ ok: true, count: 5 }); // only the head can tell
    expect(verifyLedgerChain(chain, headOf(buildChain(5)))).toMatchObject({ ok: false, brokenAtSeq: 5, problem: 'head-mismatch' });
  });

  it('streams: takes any iterable', () => {
    const chain = buildChain(3);
    function* stream() {
      yield* chain;
    }
    expect(verifyLedgerChain(stream())).toEqual({ ok: true, count: 3 });
  });
});
