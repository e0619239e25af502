import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { type AuditRecord, type StoredAuditRecord, auditHashTextAroundSeq, canonicalJson, createChainVerifier, genesisHash, hashAuditRecord } from './audit-chain.js';

function buildChain(length: number): StoredAuditRecord[] {
  const chain: StoredAuditRecord[] = [];
  let prevHash = genesisHash;
  for (let seq = 1; seq <= length; seq += 1) {
    const record: AuditRecord = {
      organisationId: '11111111-1111-4111-8111-111111111111',
      seq,
      occurredAt: new Date(Date.UTC(2026, 10, 27, 9, 0, seq)).toISOString(),
      actorUserId: null,
      actorRole: 'nurse',
      action: 'patient.read',
      entityType: 'patient',
      entityId: `p-${seq}`,
      patientId: null,
      requestId: `r-${seq}`,
      sourceIp: '127.0.0.1',
      outcome: 'success',
      breakGlass: false,
      reason: null,
      details: { page: seq },
    };
    const hash = hashAuditRecord(prevHash, record);
    chain.push({ ...record, prevHash, hash });
    prevHash = hash;
  }
  return chain;
}

function verify(chain: StoredAuditRecord[], head = chain.at(-1) ? { lastSeq: chain.at(-1)!.seq, lastHash: chain.at(-1)!.hash } : null) {
  const verifier = createChainVerifier();
  for (const record of chain) {
    const verdict = verifier.check(record);
    if (verdict) return verdict;
  }
  return verifier.finish(head);
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe('hashAuditRecord', () => {
  const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
  const detailValue = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
  const auditRecord: fc.Arbitrary<AuditRecord> = fc.record({
    organisationId: fc.uuid(),
    seq: fc.integer({ min: 1 }),
    occurredAt: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    actorUserId: nullable(fc.uuid()),
    actorRole: nullable(fc.string()),
    action: fc.string(),
    entityType: nullable(fc.string()),
    entityId: nullable(fc.string()),
    patientId: nullable(fc.uuid()),
    requestId: nullable(fc.string()),
    sourceIp: nullable(fc.string()),
    outcome: fc.constantFrom('success', 'failure', 'denied'),
    breakGlass: fc.boolean(),
    reason: nullable(fc.string({ unit: 'binary' })),
    details: nullable(fc.dictionary(fc.string({ unit: 'binary' }), detailValue)),
  });

  it('splits the hashed text around the sequence number exactly, even with a "seq" key in the details', () => {
    const withSeqDetail = auditRecord.map((record) => ({ ...record, details: { ...(record.details ?? {}), seq: 7 } }));
    fc.assert(
      fc.property(fc.oneof(auditRecord, withSeqDetail), (record) => {
        const { seq, ...rest } = record;
        const { before, after } = auditHashTextAroundSeq(rest);
        expect(`${before}${seq}${after}`).toBe(canonicalJson(record));
      }),
      { numRuns: 500 },
    );
  });

  it('hashes exactly the canonical JSON of the whole record (the faster writer changes no stored hash)', () => {
    fc.assert(
      fc.property(auditRecord, fc.stringMatching(/^[0-9a-f]{64}$/), (record, prevHash) => {
        const reference = createHash('sha256').update(prevHash).update('\n').update(canonicalJson(record)).digest('hex');
        expect(hashAuditRecord(prevHash, record)).toBe(reference);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the audit hash chain', () => {
  it('verifies an untouched chain', () => {
    const chain = buildChain(5);
    expect(verify(chain)).toEqual({ kind: 'intact', count: 5, lastSeq: 5, lastHash: chain[4]!.hash });
  });

  it('verifies an empty chain against an empty head', () => {
    expect(verify([], null)).toEqual({ kind: 'intact', count: 0, lastSeq: 0, lastHash: genesisHash });
  });

  it('names the first changed entry', () => {
    const chain = buildChain(5);
    chain[2] = { ...chain[2]!, actorRole: 'admin' };
    expect(verify(chain)).toEqual({ kind: 'broken', seq: 3, problem: 'hash-mismatch', count: 2 });
  });

  it('names the entry after a deleted one', () => {
    const chain = buildChain(5);
    chain.splice(1, 1);
    expect(verify(chain)).toEqual({ kind: 'broken', seq: 3, problem: 'sequence-gap', count: 1 });
  });

  it('detects an entry forged in the middle, even with its own hash recomputed', () => {
    const chain = buildChain(5);
    const forged = { ...chain[2]!, action: 'patient.export' };
    chain[2] = { ...forged, hash: hashAuditRecord(forged.prevHash, { ...forged, prevHash: undefined, hash: undefined } as unknown as AuditRecord) };
    expect(verify(chain)).toEqual({ kind: 'broken', seq: 4, problem: 'previous-hash-mismatch', count: 3 });
  });

  it('detects two swapped entries', () => {
    const chain = buildChain(5);
    [chain[1], chain[2]] = [chain[2]!, chain[1]!];
    expect(verify(chain)).toMatchObject({ kind: 'broken', seq: 3, problem: 'sequence-gap' });
  });

  it('detects removal of the newest entries through the chain head', () => {
    const chain = buildChain(5);
    const head = { lastSeq: 5, lastHash: chain[4]!.hash };
    expect(verify(chain.slice(0, 3), head)).toEqual({ kind: 'broken', seq: 4, problem: 'head-mismatch', count: 3 });
  });

  it('detects any single-field change anywhere (property)', () => {
    const chain = buildChain(8);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.constantFrom('action', 'actorRole', 'entityId', 'occurredAt', 'requestId'), fc.string(), (index, field, value) => {
        const original = chain[index]![field as keyof StoredAuditRecord];
        fc.pre(value !== original);
        const tampered = chain.map((record, i) => (i === index ? { ...record, [field]: value } : record));
        expect(verify(tampered)).toMatchObject({ kind: 'broken', seq: index + 1, problem: 'hash-mismatch' });
      }),
    );
  });
});
