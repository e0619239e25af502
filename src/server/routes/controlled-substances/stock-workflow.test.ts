import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientOnActiveCourse } from '../../../../tests/helpers/course-fixtures.js';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { buildLocation, createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { authoriseOnAllRegistrations } from '../../../../tests/helpers/test-credentials.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser, type TestUser } from '../../../../tests/helpers/test-users.js';
import { totpCodeAt } from '../../../domain/auth/totp.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';

const minute = 60_000;
const day = 24 * 60 * minute;
const supplier = { name: 'Demo Wholesaler (synthetic)', address: '1 Sample Way, Testville ZZ 00000', deaNumber: 'AB1234563' };

describe('stock in a clinic day: registrations, drawing for a session, accounting for it, transfers, inventories and alerts', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-30T14:00:00Z'));
  let organisationId: string;
  let main: string;
  let satellite: string;
  const users = {} as Record<'nurse' | 'prescriber' | 'director' | 'therapist', TestUser>;
  let witness: TestUser;
  let patientId: string;
  let planId: string;
  let sessionId: string;
  let productId: string;
  let safeId: string;
  const lots = {} as Record<'early' | 'late' | 'reserved', string[]>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db, [buildLocation({ name: 'A Main Clinic' }), buildLocation({ name: 'B Satellite' })], { deaRegistrations: false });
    organisationId = clinic.id;
    [main, satellite] = (await listClinicLocations(database.db, { organisationId })).map((location) => location.id) as [string, string];
    users.nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    users.prescriber = await createTestUser(database.db, clinic, { roles: ['prescriber'] });
    users.director = await createTestUser(database.db, clinic, { roles: ['medical-director'] });
    users.therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    witness = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    const cookies = { nurse: await cookieOf('nurse'), prescriber: await cookieOf('prescriber') };
    ({ patientId, planId } = await patientOnActiveCourse(app, database.db, organisationId, cookies, { protocolKey: 'iv-racemic-depression', route: 'iv', consentKind: 'racemic-iv-im', homeLocationId: main, now: clock.now() }));
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const cookieOf = (as: keyof typeof users) => sessionCookieFor(database.db, organisationId, users[as].id, clock.now());
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, as: keyof typeof users, payload?: object) => app.inject({ method, url, headers: { cookie: await cookieOf(as) }, ...(payload ? { payload } : {}) });
  const witnessSignIn = () => ({ email: witness.email, password: witness.password, ...(witness.totpSecret ? { code: totpCodeAt(witness.totpSecret, clock.now()) } : {}) });
  const alerts = async () => (await call('GET', '/api/controlled-substances/alerts', 'nurse')).json().alerts as { code: string; severity: string; subject: { id: string } | null; message: string }[];
  const receive = async (lotNumber: string, expiresOn: string, containers: number, extra: object = {}) => {
    const response = await call('POST', '/api/controlled-substances/receipts', 'nurse', { productId, locationId: main, storageId: safeId, lotNumber, expiresOn, containers, supplier, invoiceNumber: `INV-${lotNumber}`, ...extra });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().containerIds as string[];
  };

  it('records registrations and safes per location, and receives stock into a safe', async () => {
    productId = (await call('POST', '/api/controlled-substances/products', 'director', { genericName: 'ketamine hydrochloride', ndc: '42023-0113-10', strengthMgPerMl: 10, containerMl: 20, form: 'vial', reorderAtContainers: 3 })).json().id;
    expect((await call('POST', '/api/controlled-substances/registrations', 'nurse', { locationId: main, number: 'BK1234563', schedules: ['3', '3N'], expiresOn: '2028-03-31' })).statusCode).toBe(403);
    const badNumber = await call('POST', '/api/controlled-substances/registrations', 'director', { locationId: main, number: 'BK1234560', schedules: ['3', '3N'], expiresOn: '2028-03-31' });
    expect(badNumber.json().errors[0].pointer).toBe('/number');
    expect((await call('POST', '/api/controlled-substances/registrations', 'director', { locationId: main, number: 'bk1234563', schedules: ['3', '3N', '4', '5'], expiresOn: '2028-03-31' })).statusCode).toBe(201);
    for (const user of [users.nurse, users.director, witness]) await authoriseOnAllRegistrations(database.db, organisationId, user.id, clock.now());
    safeId = (await call('POST', '/api/controlled-substances/storage-locations', 'director', { locationId: main, name: 'Medication room safe', kind: 'safe' })).json().id;
    const otherSafe = (await call('POST', '/api/controlled-substances/storage-locations', 'director', { locationId: satellite, name: 'Satellite cabinet', kind: 'cabinet' })).json().id;
    const wrongSafe = await call('POST', '/api/controlled-substances/receipts', 'nurse', { productId, locationId: main, storageId: otherSafe, lotNumber: 'LOT-X', expiresOn: '2028-01-31', containers: 1, supplier, invoiceNumber: 'INV-X' });
    expect(wrongSafe.json().errors[0].pointer).toBe('/storageId');
    lots.late = await receive('LOT-LATE', '2028-06-30', 2);
    lots.early = await receive('LOT-EARLY', '2027-03-31', 1);
    lots.reserved = await receive('LOT-PATIENT', '2028-06-30', 1, { reservedForPatientId: patientId });
    const located = (await call('GET', '/api/controlled-substances/locations', 'nurse')).json().locations;
    expect(located[0]).toMatchObject({ name: 'A Main Clinic', registration: { number: 'BK1234563', schedules: ['3', '3N', '4', '5'] }, storage: [{ name: 'Medication room safe', kind: 'safe' }] });
    expect(located[1]).toMatchObject({ name: 'B Satellite', registration: null });
  });

  it('suggests the container to draw from: shipped for this patient first, then the earliest expiry', async () => {
    const created = await call('POST', `/api/patients/${patientId}/sessions`, 'nurse', { planId, planSequence: 1, chair: 'Chair 1' });
    sessionId = created.json().id;
    await call('POST', `/api/sessions/${sessionId}/transitions`, 'nurse', { action: 'check-in' });
    await call('PUT', `/api/sessions/${sessionId}/readiness`, 'nurse', { checklist: { escort: { name: 'Pat Stocktest', phone: '+1 555 0199', kind: 'escort' }, preSessionMeasuresDone: true } });
    await call('POST', `/api/sessions/${sessionId}/vitals`, 'nurse', { readings: [{ systolicMmHg: 124, diastolicMmHg: 80, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 }] });
    expect((await call('POST', `/api/sessions/${sessionId}/transitions`, 'nurse', { action: 'confirm-readiness' })).statusCode).toBe(200);
    const draw = (await call('GET', `/api/controlled-substances/sessions/${sessionId}/draw`, 'nurse')).json();
    expect(draw.candidates.map((container: { id: string }) => container.id)).toEqual([...lots.reserved, ...lots.early, ...lots.late]);
    expect(draw).toMatchObject({ form: 'vial', suggestedContainerId: lots.reserved[0], drawn: null, reconciled: false });
  });

  it('records the dose drawn from a container, taking its lot, expiry and strength from the ledger', async () => {
    const elsewhere = await call('PUT', `/api/sessions/${sessionId}/dose`, 'nurse', { weightKg: 70, drawn: { containerId: '00000000-0000-4000-8000-000000000000', lotNumber: 'typed', volumeMl: 4 } });
    expect(elsewhere.json().errors[0].pointer).toBe('/drawn/containerId');
    const dosed = await call('PUT', `/api/sessions/${sessionId}/dose`, 'nurse', { weightKg: 70, drawn: { containerId: lots.early[0], lotNumber: 'typed by mistake', volumeMl: 4 } });
    expect(dosed.statusCode, dosed.body).toBe(200);
    expect(dosed.json().dose.drawn).toMatchObject({ containerId: lots.early[0], lotNumber: 'LOT-EARLY', expiresOn: '2027-03-31', concentrationMgPerMl: 10, mg: 40 });
    expect((await call('POST', `/api/sessions/${sessionId}/transitions`, 'nurse', { action: 'start-dosing' })).statusCode).toBe(200);
    clock.advance(41 * minute);
    await call('POST', `/api/sessions/${sessionId}/vitals`, 'nurse', { readings: [{ systolicMmHg: 130, diastolicMmHg: 82, heartRateBpm: 76, spo2Percent: 98, respiratoryRatePerMin: 14 }] });
    expect((await call('POST', `/api/sessions/${sessionId}/transitions`, 'nurse', { action: 'finish-dosing' })).json().state).toBe('monitoring');
    expect((await alerts()).find((alert) => alert.code === 'SESSION_UNRECONCILED')).toMatchObject({ subject: { id: sessionId }, message: expect.stringContaining('40 mg drawn') });
  });

  it('accounts for the draw: what was given, and the rest wasted before a witness who signs in now', async () => {
    const early = lots.early[0]!;
    const account = (body: object) => call('POST', `/api/controlled-substances/sessions/${sessionId}/account`, 'nurse', { administrations: [{ containerId: early, quantityMg: 35, quantityMl: 3.5 }], ...body });
    const waste = (quantityMg: number) => ({ containerId: early, quantityMg, quantityMl: quantityMg / 10, method: 'Squirted into the waste container with absorbent' });
    expect((await account({ waste: waste(10), witness: witnessSignIn() })).json().errors[0].pointer).toBe('/waste/quantityMg');
    expect((await account({ waste: waste(5) })).json().errors[0].pointer).toBe('/witness');
    expect((await account({ administrations: [{ containerId: early, quantityMg: 35, quantityMl: 3 }] })).json().errors[0].pointer).toBe('/administrations/0/quantityMl');
    expect((await account({ administrations: [] })).json().errors[0].pointer).toBe('/administrations');
    expect((await call('POST', `/api/controlled-substances/sessions/${sessionId}/account`, 'therapist', { administrations: [{ containerId: early, quantityMg: 35, quantityMl: 3.5 }] })).statusCode).toBe(403);
    const accounted = await account({ waste: waste(5), witness: witnessSignIn() });
    expect(accounted.statusCode, accounted.body).toBe(201);
    expect(accounted.json()).toMatchObject({ reconciled: true, totals: { drawnMg: 40, administeredMg: 35, wastedMg: 5, unaccountedMg: 0 } });
    expect((await account({})).statusCode).toBe(400);
    expect((await alerts()).map((alert) => alert.code)).not.toContain('SESSION_UNRECONCILED');
    const stock = (await call('GET', `/api/controlled-substances/stock?locationId=${main}`, 'nurse')).json().containers;
    expect(stock.find((container: { id: string }) => container.id === lots.early[0])).toMatchObject({ state: 'in-use', balanceMg: 160, balanceMl: 16 });
  });

  it('transfers a container only between registered locations, out of one ledger and into the other', async () => {
    const unregistered = await call('POST', '/api/controlled-substances/transfers', 'nurse', { containerId: lots.late[1], toLocationId: satellite });
    expect(unregistered.json().errors[0].pointer).toBe('/toLocationId');
    // (7+5+3) + 2×(6+4+2) = 39 → check digit 9.
    await call('POST', '/api/controlled-substances/registrations', 'director', { locationId: satellite, number: 'BS7654329', schedules: ['3', '3N'], expiresOn: '2028-03-31' });
    await authoriseOnAllRegistrations(database.db, organisationId, users.nurse.id, clock.now());
    const moved = await call('POST', '/api/controlled-substances/transfers', 'nurse', { containerId: lots.late[1], toLocationId: satellite });
    expect(moved.statusCode, moved.body).toBe(201);
    const stock = (await call('GET', '/api/controlled-substances/stock', 'nurse')).json().containers as { id: string; state: string; locationId: string; balanceMg: number }[];
    expect(stock.find((container) => container.id === lots.late[1])).toMatchObject({ state: 'transferred', balanceMg: 0, locationId: main });
    expect(stock.find((container) => container.id === moved.json().containerId)).toMatchObject({ state: 'sealed', balanceMg: 200, locationId: satellite });
    expect((await call('POST', '/api/controlled-substances/transfers', 'nurse', { containerId: lots.late[1], toLocationId: satellite })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/controlled-substances/ledger/verify', headers: { cookie: await cookieOf('director') } })).json()).toMatchObject({ ok: true });
  });

  it('takes an inventory at the close of business, with the open vial estimated', async () => {
    const lines = [
      { containerId: lots.early[0], state: 'in-use', countedMl: 15.6, sealedPresent: true, method: 'estimated' },
      { containerId: lots.late[0], state: 'sealed', countedMl: null, sealedPresent: true, method: 'exact' },
      { containerId: lots.reserved[0], state: 'sealed', countedMl: null, sealedPresent: true, method: 'exact' },
    ];
    const noTiming = await call('POST', '/api/controlled-substances/counts', 'nurse', { locationId: main, kind: 'initial', lines });
    expect(noTiming.json().errors[0].pointer).toBe('/timing');
    const inventory = await call('POST', '/api/controlled-substances/counts', 'nurse', { locationId: main, kind: 'initial', timing: 'close', lines });
    expect(inventory.statusCode, inventory.body).toBe(201);
    expect(inventory.json()).toMatchObject({ discrepancies: [], caseId: null });
    const exact = await call('POST', '/api/controlled-substances/counts', 'nurse', { locationId: main, lines: lines.map((line) => ({ ...line, method: 'exact' })) });
    expect(exact.json().discrepancies).toEqual([expect.objectContaining({ containerId: lots.early[0], differenceMl: -0.4 })]);
    const listed = (await call('GET', `/api/controlled-substances/counts?locationId=${main}`, 'nurse')).json().counts;
    expect(listed.map((count: { kind: string; timing: string | null; discrepancies: number }) => [count.kind, count.timing, count.discrepancies])).toEqual([
      ['daily', null, 1],
      ['initial', 'close', 0],
    ]);
  });

  it('records the written notice and Form 106 of a reported case, and its deadlines leave the alerts', async () => {
    const [opened] = (await call('GET', '/api/controlled-substances/cases', 'nurse')).json().cases;
    expect((await call('POST', `/api/controlled-substances/cases/${opened.id}/filings`, 'director', { kind: 'written-notice', at: clock.now().toISOString(), reference: 'E-mail to the field office' })).statusCode).toBe(409);
    expect((await call('POST', `/api/controlled-substances/cases/${opened.id}/classify`, 'director', { kind: 'significant-loss' })).statusCode).toBe(200);
    expect((await alerts()).filter((alert) => alert.code === 'CASE_DEADLINE').map((alert) => alert.message)).toEqual([expect.stringContaining('Written notice'), expect.stringContaining('Form 106')]);
    const future = await call('POST', `/api/controlled-substances/cases/${opened.id}/filings`, 'director', { kind: 'written-notice', at: new Date(clock.now().getTime() + day).toISOString(), reference: 'E-mail to the field office' });
    expect(future.json().errors[0].pointer).toBe('/at');
    const noticed = await call('POST', `/api/controlled-substances/cases/${opened.id}/filings`, 'director', { kind: 'written-notice', at: clock.now().toISOString(), reference: 'E-mail to the field office' });
    expect(noticed.json()).toMatchObject({ writtenNoticeSentAt: clock.now().toISOString(), filings: [{ kind: 'written-notice', reference: 'E-mail to the field office' }] });
    expect((await alerts()).filter((alert) => alert.code === 'CASE_DEADLINE').map((alert) => alert.message)).toEqual([expect.stringContaining('Form 106')]);
  });

  it('keeps records at least two years, and raises the day-to-day alerts', async () => {
    const tooShort = await call('PUT', '/api/controlled-substances/settings', 'director', { retentionYears: 1, countIntervalHours: 24, expiryWarningDays: 60, patientShipmentDays: 14 });
    expect(tooShort.json().errors[0].pointer).toBe('/retentionYears');
    expect((await call('PUT', '/api/controlled-substances/settings', 'director', { retentionYears: 3, countIntervalHours: 24, expiryWarningDays: 60, patientShipmentDays: 14 })).json()).toMatchObject({ retentionYears: 3 });
    clock.advance(15 * day);
    const codes = (await alerts()).map((alert) => alert.code);
    expect(codes).toEqual(expect.arrayContaining(['PATIENT_SHIPMENT_UNUSED', 'COUNT_OVERDUE', 'LOW_STOCK']));
    expect(codes).not.toContain('LOT_EXPIRING');
    clock.advance(50 * day);
    expect((await alerts()).find((alert) => alert.code === 'LOT_EXPIRING')).toMatchObject({ message: expect.stringContaining('LOT-EARLY') });
  });
});
