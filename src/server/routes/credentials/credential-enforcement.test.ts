import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientOnActiveCourse } from '../../../../tests/helpers/course-fixtures.js';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { buildLocation, createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser, type TestUser } from '../../../../tests/helpers/test-users.js';
import { totpCodeAt } from '../../../domain/auth/totp.js';
import type { OrganisationRow } from '../../../db/repos/organisations-repo.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';

const minute = 60_000;
const day = 24 * 60 * minute;
const supplier = { name: 'Demo Wholesaler (synthetic)', address: '1 Sample Way, Testville ZZ 00000', deaNumber: 'AB1234563' };
const prescriberLicenceMissing = 'This needs a current MD, DO, NP or PA licence in ZZ; none is on file for you.';

type Who = 'nurse' | 'prescriber' | 'director' | 'doctor' | 'aclsNurse' | 'witness';

/**
 * Issue 8's enforcement tests, through the real endpoints: each rule blocks and names the credential, stops blocking
 * once the credential is recorded or renewed through the credentials API, and an expiry takes effect at its instant.
 */
describe('credential rules enforced on sessions, orders and stock', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-30T14:00:00Z'));
  let clinic: OrganisationRow;
  let main: string;
  let satellite: string;
  const users = {} as Record<Who, TestUser>;
  let patientId: string;
  let planId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    clinic = await createTestClinic(database.db, [buildLocation({ name: 'A Main Clinic' }), buildLocation({ name: 'B Satellite' })], { deaRegistrations: false });
    [main, satellite] = (await listClinicLocations(database.db, { organisationId: clinic.id })).map((location) => location.id) as [string, string];
    users.nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    users.prescriber = await createTestUser(database.db, clinic, { roles: ['prescriber'] });
    users.director = await createTestUser(database.db, clinic, { roles: ['medical-director'] });
    // Staff with nothing on file: the credentials API gives them what each test needs.
    users.doctor = await createTestUser(database.db, clinic, { roles: ['prescriber'], credentials: false });
    users.aclsNurse = await createTestUser(database.db, clinic, { roles: ['nurse'], credentials: false });
    users.witness = await createTestUser(database.db, clinic, { roles: ['nurse'], credentials: false });
    const cookies = { nurse: await cookieOf('nurse'), prescriber: await cookieOf('prescriber') };
    ({ patientId, planId } = await patientOnActiveCourse(app, database.db, clinic.id, cookies, { protocolKey: 'iv-racemic-depression', route: 'iv', consentKind: 'racemic-iv-im', homeLocationId: main, now: clock.now() }));
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const cookieOf = (as: Who) => sessionCookieFor(database.db, clinic.id, users[as].id, clock.now());
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, as: Who, payload?: object) => app.inject({ method, url, headers: { cookie: await cookieOf(as) }, ...(payload ? { payload } : {}) });
  const addCredential = async (userId: string, body: object) => {
    const response = await call('POST', `/api/staff/${userId}/credentials`, 'director', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; revision: number };
  };
  /** The refusal, with the problems it names. */
  const refusal = (response: { statusCode: number; body: string; json(): { code: string; problems: { code: string; message: string }[] } }) => {
    expect(response.statusCode, response.body).toBe(403);
    expect(response.json().code).toBe('CREDENTIAL_REQUIRED');
    return response.json().problems.map((problem) => `${problem.code}: ${problem.message}`);
  };

  /**
   * A session of the active plan, checked in and ready to dose, with today's dose recorded. A second session on the
   * same day needs the prescriber to override the interval between doses.
   */
  const sessionReadyToDose = async (planSequence: number, sameDayAgain = false) => {
    const created = await call('POST', `/api/patients/${patientId}/sessions`, 'nurse', { planId, planSequence, chair: 'Chair 1' });
    expect(created.statusCode, created.body).toBe(201);
    const sessionId = created.json().id as string;
    await call('POST', `/api/sessions/${sessionId}/transitions`, 'nurse', { action: 'check-in' });
    await call('PUT', `/api/sessions/${sessionId}/readiness`, 'nurse', { checklist: { escort: { name: 'Pat Credtest', phone: '+1 555 0199', kind: 'escort' }, preSessionMeasuresDone: true } });
    await call('POST', `/api/sessions/${sessionId}/vitals`, 'nurse', { readings: [{ systolicMmHg: 124, diastolicMmHg: 80, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 }] });
    const ready = sameDayAgain
      ? await call('POST', `/api/sessions/${sessionId}/transitions`, 'prescriber', { action: 'confirm-readiness', override: true, reason: 'Synthetic test: a second session on the same day.' })
      : await call('POST', `/api/sessions/${sessionId}/transitions`, 'nurse', { action: 'confirm-readiness' });
    expect(ready.statusCode, ready.body).toBe(200);
    expect((await call('PUT', `/api/sessions/${sessionId}/dose`, 'nurse', { weightKg: 70, drawn: { lotNumber: 'LOT-CRED-1', concentrationMgPerMl: 10, volumeMl: 3.5 } })).statusCode).toBe(200);
    return sessionId;
  };
  const stop = (sessionId: string) => call('POST', `/api/sessions/${sessionId}/transitions`, 'nurse', { action: 'stop', reason: 'Ended early for the credential test.' });

  it('signing a session and activating a plan need a prescriber licence in the location’s state, and stop blocking once one is on file', async () => {
    const created = await call('POST', `/api/patients/${patientId}/sessions`, 'nurse', { planId, planSequence: 1, chair: 'Chair 1' });
    const sessionId = created.json().id as string;
    expect((await stop(sessionId)).json().state).toBe('stopped');
    const sign = () => call('POST', `/api/sessions/${sessionId}/sign`, 'doctor', { note: 'Stopped before dosing; no drug given.' });
    const unsigned = await sign();
    expect(refusal(unsigned)).toEqual([`CREDENTIAL_MISSING: ${prescriberLicenceMissing}`]);
    expect(unsigned.json().problems[0].requirement).toEqual({ kind: 'licence', types: ['MD', 'DO', 'NP', 'PA'], inLocationJurisdiction: true });

    // A licence in another state, an RN licence, and a lapsed one do not count.
    await addCredential(users.doctor.id, { kind: 'licence', type: 'MD', jurisdiction: 'TX', number: 'TX-MD-1', status: 'active' });
    await addCredential(users.doctor.id, { kind: 'licence', type: 'RN', jurisdiction: 'ZZ', number: 'ZZ-RN-1', status: 'active' });
    expect(refusal(await sign())).toEqual([`CREDENTIAL_MISSING: ${prescriberLicenceMissing}`]);
    const lapsedAt = new Date(clock.now().getTime() - day);
    await addCredential(users.doctor.id, { kind: 'licence', type: 'MD', jurisdiction: 'ZZ', number: 'ZZ-MD-OLD', status: 'active', expiresAt: lapsedAt.toISOString() });
    expect(refusal(await sign())).toEqual([`CREDENTIAL_EXPIRED: Your MD, DO, NP or PA licence in ZZ (ZZ-MD-OLD) expired on ${lapsedAt.toISOString()}.`]);

    // The order: a new draft plan after the first course is stopped.
    await call('POST', `/api/patients/${patientId}/treatment-plans/${planId}/end`, 'prescriber', { outcome: 'stopped', reason: 'Replaced by a new plan.' });
    const draft = await call('POST', `/api/patients/${patientId}/treatment-plans`, 'prescriber', { protocolKey: 'iv-racemic-depression', startDate: clock.now().toISOString().slice(0, 10), indications: ['treatment-resistant-depression'], goals: 'Second synthetic course.' });
    expect(draft.statusCode, draft.body).toBe(201);
    planId = draft.json().id;
    const activate = () => call('POST', `/api/patients/${patientId}/treatment-plans/${planId}/activate`, 'doctor');
    expect(refusal(await activate())).toEqual([expect.stringContaining('MD, DO, NP or PA licence in ZZ (ZZ-MD-OLD) expired on')]);

    await addCredential(users.doctor.id, { kind: 'licence', type: 'DO', jurisdiction: 'ZZ', number: 'ZZ-DO-2', status: 'active', expiresAt: '2028-06-30T23:59:59-05:00' });
    const signed = await sign();
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ signedAt: clock.now().toISOString() });
    const activated = await activate();
    expect(activated.statusCode, activated.body).toBe(200);
    expect(activated.json().status).toBe('active');
  });

  it('starting an IV dose needs current ACLS: refused at the exact instant it expires, allowed again once renewed', async () => {
    const first = await sessionReadyToDose(1);
    const start = (sessionId: string) => call('POST', `/api/sessions/${sessionId}/transitions`, 'aclsNurse', { action: 'start-dosing' });
    expect(refusal(await start(first))).toEqual(['CREDENTIAL_MISSING: This needs a current ACLS certification; none is on file for you.']);
    // BLS is not ACLS.
    await addCredential(users.aclsNurse.id, { kind: 'life-support', type: 'BLS', number: 'ECARD-BLS', status: 'active', expiresAt: '2028-01-01T00:00:00Z' });
    expect(refusal(await start(first))).toEqual(['CREDENTIAL_MISSING: This needs a current ACLS certification; none is on file for you.']);
    const expiresAt = new Date(clock.now().getTime() + minute);
    const acls = await addCredential(users.aclsNurse.id, { kind: 'life-support', type: 'ACLS', number: 'ECARD-ACLS', status: 'active', expiresAt: expiresAt.toISOString() });

    clock.advance(minute - 1);
    const started = await start(first);
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().state).toBe('dosing');
    await stop(first);

    const second = await sessionReadyToDose(2, true);
    clock.advance(1);
    expect(clock.now().getTime()).toBe(expiresAt.getTime());
    expect(refusal(await start(second))).toEqual([`CREDENTIAL_EXPIRED: Your ACLS certification (ECARD-ACLS) expired on ${expiresAt.toISOString()}.`]);
    const shown = (await call('GET', `/api/staff/${users.aclsNurse.id}/credentials`, 'aclsNurse')).json().credentials.find((credential: { id: string }) => credential.id === acls.id);
    expect(shown).toMatchObject({ inForce: false, expiryBand: 'expired' });

    const renewed = await call('PUT', `/api/credentials/${acls.id}`, 'director', { kind: 'life-support', type: 'ACLS', number: 'ECARD-ACLS-2', status: 'active', expiresAt: new Date(clock.now().getTime() + 730 * day).toISOString(), revision: acls.revision });
    expect(renewed.json()).toMatchObject({ inForce: true, expiryBand: null });
    const restarted = await start(second);
    expect(restarted.statusCode, restarted.body).toBe(200);
    expect(restarted.json().state).toBe('dosing');
    await stop(second);
  });

  it('handling stock needs the roster, receiving needs Schedule III N on the registration, and a witness needs a clinical licence', async () => {
    for (const [locationId, number, schedules] of [
      [main, 'BM1234563', ['3', '3N', '4', '5']],
      [satellite, 'BS7654329', ['3', '4', '5']],
    ] as const) {
      expect((await call('POST', '/api/controlled-substances/registrations', 'director', { locationId, number, schedules, expiresOn: '2029-12-31' })).statusCode).toBe(201);
    }
    const registrations = (await call('GET', '/api/controlled-substances/locations', 'nurse')).json().locations.map((location: { registration: { id: string } }) => location.registration.id) as [string, string];
    const roster = (registrationId: string) => `/api/controlled-substances/registrations/${registrationId}/handlers`;
    for (const registrationId of registrations) for (const who of ['nurse', 'witness'] as const) expect((await call('POST', roster(registrationId), 'director', { userId: users[who].id })).statusCode).toBe(201);
    const productId = (await call('POST', '/api/controlled-substances/products', 'director', { genericName: 'ketamine hydrochloride', ndc: '42023-0113-10', strengthMgPerMl: 10, containerMl: 20, form: 'vial' })).json().id;
    const receive = (locationId: string) => call('POST', '/api/controlled-substances/receipts', 'nurse', { productId, locationId, lotNumber: 'LOT-CRED', expiresOn: '2028-06-30', containers: 2, supplier, invoiceNumber: 'INV-CRED' });

    expect(refusal(await receive(satellite))).toEqual(['REGISTRATION_SCHEDULE: DEA registration BS7654329 does not cover Schedule 3N.']);
    const received = await receive(main);
    expect(received.statusCode, received.body).toBe(201);
    const [containerId] = received.json().containerIds as [string];

    const count = () => call('POST', '/api/controlled-substances/counts', 'nurse', { locationId: main, lines: [] });
    const witnessSignIn = () => ({ email: users.witness.email, password: users.witness.password, code: totpCodeAt(users.witness.totpSecret!, clock.now()) });
    const waste = () => call('POST', '/api/controlled-substances/entries', 'nurse', { entry: { kind: 'waste', containerId, quantityMg: 10, quantityMl: 1, method: 'Squirted into the waste container with absorbent' }, witness: witnessSignIn() });
    const offRoster = 'NOT_AUTHORISED_HANDLER: You are not on the list of staff authorised to handle controlled substances under DEA registration BM1234563.';
    expect((await call('POST', `${roster(registrations[0])}/${users.nurse.id}/revoke`, 'director')).statusCode).toBe(200);
    expect(refusal(await count())).toEqual([offRoster]);
    expect(refusal(await waste())).toEqual([offRoster]);
    expect(refusal(await receive(main))).toEqual([offRoster]);
    expect((await call('POST', roster(registrations[0]), 'director', { userId: users.nurse.id })).statusCode).toBe(201);
    const counted = await count();
    expect(counted.statusCode, counted.body).toBe(201);

    clock.advance(30_000);
    const unlicensed = await waste();
    expect(refusal(unlicensed)).toEqual(["CREDENTIAL_MISSING: This needs a current MD, DO, NP, PA, CRNA, RN or LPN licence in ZZ; none is on file for the witness."]);
    await addCredential(users.witness.id, { kind: 'licence', type: 'RN', jurisdiction: 'ZZ', number: 'ZZ-RN-WIT', status: 'active', expiresAt: '2028-06-30T23:59:59-05:00' });
    clock.advance(30_000);
    const wasted = await waste();
    expect(wasted.statusCode, wasted.body).toBe(201);
    expect(wasted.json()).toMatchObject({ kind: 'waste', quantityMg: 10 });
  });
});
