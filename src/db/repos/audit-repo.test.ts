import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic } from '../../../tests/helpers/test-clinic.js';
import { createTestDatabase, engine, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { openPostgres } from '../create-db.js';
import { queryRows } from '../database.js';
import { type AuditEventInput, appendAuditEvent, verifyAuditTrail } from './audit-repo.js';

const at = (second: number) => new Date(Date.UTC(2026, 10, 27, 14, 0, second));
const read = (patientId: string): AuditEventInput => ({
  action: 'patient.read',
  outcome: 'success',
  actor: { userId: '22222222-2222-4222-8222-222222222222', role: 'nurse' },
  entity: { type: 'patient', id: patientId },
  patientId,
  requestId: 'req-test',
  sourceIp: '127.0.0.1',
  details: { fields: 'demographics' },
});
const patientIds = ['aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000003'];

describe('the audit trail in the database', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  /** A new organisation with a chain of `length` entries; chains are per organisation, so each test has its own. */
  async function chainOf(length: number) {
    const clinic = await createTestClinic(database.db, []);
    for (let i = 0; i < length; i += 1) await appendAuditEvent(database.db, { organisationId: clinic.id }, read(patientIds[i % 3]!), at(i));
    return clinic;
  }
  const verdictOf = async (slug: string) => (await verifyAuditTrail(database.db, slug))[0]!;

  /** Tampers as a database superuser would: with triggers off for this transaction only. */
  const tamper = (statement: ReturnType<typeof sql>) =>
    database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(statement);
    });

  it('numbers entries without gaps and verifies them', async () => {
    const clinic = await chainOf(4);
    const rows = await queryRows<{ seq: string | number }>(database.db, sql`select seq from audit_event where organisation_id = ${clinic.id} order by seq`);
    expect(rows.map((row) => Number(row.seq))).toEqual([1, 2, 3, 4]);
    expect(await verdictOf(clinic.slug)).toMatchObject({ verdict: { kind: 'intact', count: 4, lastSeq: 4 } });
  });

  it.each([
    ['UPDATE', (id: string) => sql`update audit_event set action = 'nothing' where organisation_id = ${id}`],
    ['DELETE', (id: string) => sql`delete from audit_event where organisation_id = ${id}`],
    ['TRUNCATE', () => sql`truncate audit_event`],
  ])('refuses %s, even in raw SQL', async (operation, statement) => {
    const clinic = await chainOf(1);
    await expect(database.db.execute(statement(clinic.id))).rejects.toThrow();
    const [row] = await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from audit_event where organisation_id = ${clinic.id}`);
    expect(row?.count, operation).toBe(1);
  });

  it('detects an edited entry and names it', async () => {
    const clinic = await chainOf(5);
    await tamper(sql`update audit_event set actor_role = 'admin' where organisation_id = ${clinic.id} and seq = 3`);
    expect(await verdictOf(clinic.slug)).toMatchObject({ verdict: { kind: 'broken', seq: 3, problem: 'hash-mismatch' }, brokenEntry: { action: 'patient.read' } });
  });

  it('detects a deleted entry', async () => {
    const clinic = await chainOf(5);
    await tamper(sql`delete from audit_event where organisation_id = ${clinic.id} and seq = 2`);
    expect(await verdictOf(clinic.slug)).toMatchObject({ verdict: { kind: 'broken', seq: 3, problem: 'sequence-gap' } });
  });

  it('detects deletion of the newest entries', async () => {
    const clinic = await chainOf(5);
    await tamper(sql`delete from audit_event where organisation_id = ${clinic.id} and seq >= 4`);
    expect(await verdictOf(clinic.slug)).toMatchObject({ verdict: { kind: 'broken', seq: 4, problem: 'head-mismatch' } });
  });

  it('detects an entry inserted in the middle, with the later entries renumbered to make room', async () => {
    const clinic = await chainOf(4);
    await tamper(sql`update audit_event set seq = seq + 1000 where organisation_id = ${clinic.id} and seq >= 3`);
    await tamper(sql`update audit_event set seq = seq - 999 where organisation_id = ${clinic.id} and seq > 1000`);
    await tamper(sql`update audit_chain_head set last_seq = 5 where organisation_id = ${clinic.id}`);
    await tamper(sql`
      insert into audit_event (organisation_id, seq, occurred_at, action, outcome, prev_hash, hash)
      select organisation_id, 3, occurred_at, 'patient.export', outcome, hash, repeat('a', 64) from audit_event where organisation_id = ${clinic.id} and seq = 2`);
    expect(await verdictOf(clinic.slug)).toMatchObject({ verdict: { kind: 'broken', seq: 3, problem: 'hash-mismatch' }, brokenEntry: { action: 'patient.export' } });
  });

  it('detects an entry appended outside the application', async () => {
    const clinic = await chainOf(3);
    await tamper(sql`
      insert into audit_event (organisation_id, seq, occurred_at, action, outcome, prev_hash, hash)
      select organisation_id, 4, occurred_at, 'patient.export', outcome, hash, hash from audit_event where organisation_id = ${clinic.id} and seq = 3`);
    expect(await verdictOf(clinic.slug)).toMatchObject({ verdict: { kind: 'broken', seq: 4, problem: 'head-mismatch' } });
  });

  it('writes nothing when the transaction it belongs to rolls back', async () => {
    const clinic = await chainOf(1);
    await expect(
      database.db.transaction(async (tx) => {
        await appendAuditEvent(tx, { organisationId: clinic.id }, read(patientIds[0]!), at(10));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await verdictOf(clinic.slug)).toMatchObject({ verdict: { kind: 'intact', count: 1 } });
  });
});

describe.runIf(engine === 'postgres')('the audit chain under 50 concurrent writers on PostgreSQL', () => {
  it('stays one unbroken chain: no forks, no gaps', async () => {
    const database = await createTestDatabase();
    const wide = openPostgres(database.url!, 50);
    try {
      const clinic = await createTestClinic(database.db, []);
      const scope = { organisationId: clinic.id };
      await Promise.all(Array.from({ length: 50 }, (_, i) => appendAuditEvent(wide.db, scope, read(patientIds[i % 3]!), at(i))));
      const rows = await queryRows<{ seq: string }>(database.db, sql`select seq from audit_event where organisation_id = ${clinic.id} order by seq`);
      expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect((await verifyAuditTrail(database.db, clinic.slug))[0]?.verdict).toMatchObject({ kind: 'intact', count: 50 });
    } finally {
      await wide.close();
      await database.close();
    }
  });
});
