import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser, type TestUser } from '../../../../tests/helpers/test-users.js';
import { totpCodeAt } from '../../../domain/auth/totp.js';
import { queryRows } from '../../../db/database.js';
import { verifyLedger } from '../../../db/repos/ledger-repo.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';

// Synthetic supplier with a DEA number whose check digit is right: (1+3+5) + 2×(2+4+6) = 33 → 3.
const supplier = { name: 'Demo Pharmaceutical Wholesaler (synthetic)', address: '1 Sample Way, Testville ZZ 00000', deaNumber: 'AB1234563' };

describe('the controlled-substance ledger', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-30T14:00:00Z'));
  let organisationId: string;
  let locationId: string;
  let nurse: TestUser;
  let witness: TestUser;
  const cookies = {} as Record<'nurse' | 'director' | 'therapist', string>;
  let containerIds: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    organisationId = clinic.id;
    locationId = (await listClinicLocations(database.db, { organisationId }))[0]!.id;
    nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    witness = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    cookies.nurse = await sessionCookieFor(database.db, clinic.id, nurse.id, clock.now());
    cookies.director = await sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles: ['medical-director'] })).id, clock.now());
    cookies.therapist = await sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles: ['therapist'] })).id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const call = (method: 'GET' | 'POST', url: string, as: keyof typeof cookies, payload?: object) => app.inject({ method, url, headers: { cookie: cookies[as] }, ...(payload ? { payload } : {}) });
  const entry = (body: object) => call('POST', '/api/controlled-substances/entries', 'nurse', body);
  const witnessCode = () => (witness.totpSecret ? totpCodeAt(witness.totpSecret, clock.now()) : undefined);
  const stock = async () => (await call('GET', '/api/controlled-substances/stock', 'nurse')).json().containers as { id: string; state: string; balanceMg: number; balanceMl: number }[];

  it('receives a lot: one container and one receipt entry per vial, with the supplier and invoice', async () => {
    const product = await call('POST', '/api/controlled-substances/products', 'director', { genericName: 'ketamine hydrochloride', ndc: '42023-0113-10', strengthMgPerMl: 10, containerMl: 20, form: 'vial' });
    expect(product.statusCode).toBe(201);
    expect((await call('POST', '/api/controlled-substances/receipts', 'therapist', {})).statusCode).toBe(403);
    const badDea = await call('POST', '/api/controlled-substances/receipts', 'nurse', { productId: product.json().id, locationId, lotNumber: 'LOT-T1', expiresOn: '2028-01-31', containers: 2, supplier: { ...supplier, deaNumber: 'AB1234567' }, invoiceNumber: 'INV-1' });
    expect(badDea.statusCode).toBe(400);
    expect(badDea.json().errors[0].pointer).toBe('/supplier/deaNumber');
    const received = await call('POST', '/api/controlled-substances/receipts', 'nurse', { productId: product.json().id, locationId, lotNumber: 'LOT-T1', expiresOn: '2028-01-31', containers: 2, supplier, invoiceNumber: 'INV-1' });
    expect(received.statusCode, received.body).toBe(201);
    containerIds = received.json().containerIds;
    expect((await stock()).map((container) => [container.state, container.balanceMg, container.balanceMl])).toEqual([
      ['sealed', 200, 20],
      ['sealed', 200, 20],
    ]);
  });

  it('records waste only with a witness who signs in with their own credentials now', async () => {
    const waste = { kind: 'waste', containerId: containerIds[0], quantityMg: 5, quantityMl: 0.5, method: 'Drawn into a sharps-safe waste container with absorbent' };
    expect((await entry({ entry: waste })).json().errors[0].pointer).toBe('/witness');
    expect((await entry({ entry: waste, witness: { email: nurse.email, password: nurse.password, code: nurse.totpSecret ? totpCodeAt(nurse.totpSecret, clock.now()) : undefined } })).statusCode).toBe(403);
    expect((await entry({ entry: waste, witness: { email: witness.email, password: 'not the password at all', code: witnessCode() } })).statusCode).toBe(403);
    const witnessed = await entry({ entry: waste, witness: { email: witness.email, password: witness.password, code: witnessCode() } });
    expect(witnessed.statusCode, witnessed.body).toBe(201);
    expect((await stock())[0]).toMatchObject({ state: 'in-use', balanceMg: 195, balanceMl: 19.5 });
  });

  it('refuses mg and mL that disagree with the product strength', async () => {
    const mismatch = await entry({ entry: { kind: 'count-adjustment', containerId: containerIds[0], quantityMg: 5, quantityMl: 1, reason: 'Recount after a spill on the tray', direction: 'decrease' } });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors[0].pointer).toBe('/entry/quantityMl');
  });

  it('never lets a container go below zero, even with ten draws at once', async () => {
    const draws = Array.from({ length: 10 }, () => entry({ entry: { kind: 'count-adjustment', containerId: containerIds[1], quantityMg: 30, quantityMl: 3, reason: 'Concurrency test draw (synthetic)', direction: 'decrease' } }));
    const statuses = (await Promise.all(draws)).map((response) => response.statusCode).sort();
    expect(statuses).toEqual([...Array(6).fill(201), ...Array(4).fill(409)]);
    expect((await stock())[1]).toMatchObject({ balanceMg: 20, balanceMl: 2 });
    const tooMuch = await entry({ entry: { kind: 'count-adjustment', containerId: containerIds[1], quantityMg: 30, quantityMl: 3, reason: 'One more than there is', direction: 'decrease' } });
    expect(tooMuch.json()).toMatchObject({ code: 'LEDGER_NEGATIVE_BALANCE' });
    await expect(database.db.execute(sql`update stock_container set balance_mg = -1 where id = ${containerIds[1]}`)).rejects.toThrow();
  });

  it('takes a correction only for an entry of the same container', async () => {
    const correction = { kind: 'correction', containerId: containerIds[0], quantityMg: 5, quantityMl: 0.5, correctsEntryId: '00000000-0000-4000-8000-000000000000', reason: 'Entered twice', direction: 'increase' };
    const unknown = await entry({ entry: correction });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].pointer).toBe('/entry/correctsEntryId');
  });

  it('keeps the ledger append-only and its hash chain verifiable', async () => {
    await expect(database.db.execute(sql`update ledger_entry set quantity_mg = 1`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from ledger_entry`)).rejects.toThrow();
    const verdict = (await call('GET', '/api/controlled-substances/ledger/verify', 'director')).json();
    const [row] = await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from ledger_entry where organisation_id = ${organisationId}`);
    expect(verdict).toEqual({ ok: true, count: row!.count });
  });

  it('compares a count with the ledger and opens a case for a difference, closed only with a written rationale', async () => {
    const count = await call('POST', '/api/controlled-substances/counts', 'nurse', {
      locationId,
      lines: [
        { containerId: containerIds[0], state: 'in-use', countedMl: 19.5, sealedPresent: true },
        { containerId: containerIds[1], state: 'in-use', countedMl: 1.8, sealedPresent: true },
      ],
    });
    expect(count.statusCode, count.body).toBe(201);
    expect(count.json().discrepancies).toEqual([expect.objectContaining({ containerId: containerIds[1], kind: 'volume-difference', differenceMl: -0.2 })]);
    const caseId = count.json().caseId;
    const classify = (body: object) => call('POST', `/api/controlled-substances/cases/${caseId}/classify`, 'director', body);
    expect((await classify({ kind: 'not-significant', rationale: 'Meniscus.' })).json().errors[0].pointer).toBe('/rationale');
    const closed = await classify({ kind: 'not-significant', rationale: 'Syringe dead space on the last draw; re-measured with a 3 mL syringe, 0.2 mL within reading error.' });
    expect(closed.json()).toMatchObject({ state: 'closed-not-significant', timers: null });
  });

  it('reports a missing vial as theft or loss, starting the one-business-day and 45-day clocks', async () => {
    const count = await call('POST', '/api/controlled-substances/counts', 'nurse', { locationId, lines: [{ containerId: containerIds[0], state: 'in-use', countedMl: 19.5, sealedPresent: true }] });
    const caseId = count.json().caseId;
    expect(count.json().discrepancies[0]).toMatchObject({ containerId: containerIds[1], kind: 'missing-container' });
    const reported = await call('POST', `/api/controlled-substances/cases/${caseId}/classify`, 'director', { kind: 'theft' });
    // Discovered Monday 30 November, 08:00 in Chicago: written notice by the end of Tuesday, Form 106 by 14 January.
    expect(reported.json()).toMatchObject({ state: 'reported', cause: 'theft', writtenNoticeBy: '2026-12-02T05:59:59.999Z', form106By: '2027-01-15T05:59:59.999Z', timers: { writtenNotice: 'ok', form106: 'ok' } });
  });

  it('lets exactly 10 of 50 simultaneous draws through from a vial holding 10 draws, round after round', async () => {
    const productId = (await call('POST', '/api/controlled-substances/products', 'director', { genericName: 'ketamine hydrochloride', ndc: '42023-0113-02', strengthMgPerMl: 10, containerMl: 20, form: 'vial' })).json().id;
    for (let round = 1; round <= 3; round += 1) {
      const received = await call('POST', '/api/controlled-substances/receipts', 'nurse', { productId, locationId, lotNumber: `LOT-RACE-${round}`, expiresOn: '2028-01-31', containers: 1, supplier, invoiceNumber: `INV-RACE-${round}` });
      const [containerId] = received.json().containerIds;
      const draw = () => entry({ entry: { kind: 'count-adjustment', containerId, quantityMg: 20, quantityMl: 2, reason: 'Concurrency test draw (synthetic)', direction: 'decrease' } });
      const statuses = (await Promise.all(Array.from({ length: 50 }, draw))).map((response) => response.statusCode);
      expect(statuses.filter((status) => status === 201)).toHaveLength(10);
      expect(statuses.filter((status) => status === 409)).toHaveLength(40);
      expect((await stock()).find((container) => container.id === containerId)).toMatchObject({ balanceMg: 0, balanceMl: 0, state: 'empty' });
    }
  });

  it('detects an entry changed behind the application, with the append-only trigger switched off', async () => {
    await database.db.execute(sql`alter table ledger_entry disable trigger ledger_entry_append_only`);
    try {
      await database.db.execute(sql`update ledger_entry set quantity_mg = quantity_mg + 1 where organisation_id = ${organisationId} and seq = 2`);
    } finally {
      await database.db.execute(sql`alter table ledger_entry enable trigger ledger_entry_append_only`);
    }
    expect((await call('GET', '/api/controlled-substances/ledger/verify', 'director')).json()).toMatchObject({ ok: false, brokenAtSeq: 2 });
  });

  it('detects a container balance changed in mL alone', async () => {
    const mismatched = async () => (await verifyLedger(database.db, { organisationId })).balanceMismatches.map((mismatch) => mismatch.containerId);
    const [container] = await queryRows<{ id: string }>(database.db, sql`select id from stock_container where organisation_id = ${organisationId} and balance_ml > 1 and not (id::text = any(string_to_array(${(await mismatched()).join(',')}, ','))) limit 1`);
    await database.db.execute(sql`update stock_container set balance_ml = balance_ml - 1 where id = ${container!.id}`);
    expect(await mismatched()).toContain(container!.id);
  });

  it('never deletes a controlled-substance record, so nothing within the retention period can be purged', async () => {
    for (const table of ['stock_container', 'stock_lot', 'controlled_product', 'discrepancy_case', 'inventory_count', 'ledger_entry']) {
      await expect(database.db.execute(sql`delete from ${sql.identifier(table)} where organisation_id = ${organisationId}`), table).rejects.toThrow();
    }
  });
});
