import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientOnActiveCourse } from '../../../../tests/helpers/course-fixtures.js';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import type { StaffRole } from '../../../domain/access/roles.js';
import { queryRows } from '../../../db/database.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';

const minute = 60_000;

describe('a supervised IV session from check-in to a signed note', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-30T14:00:00Z'));
  let organisationId: string;
  let locationId: string;
  // Staff sessions end after idle time and the clock jumps ahead by the hour here: each call signs in afresh.
  const users = {} as Record<'nurse' | 'nurse2' | 'prescriber' | 'director' | 'therapist', string>;
  let patientId: string;
  let planId: string;
  let sessionId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    organisationId = clinic.id;
    locationId = (await listClinicLocations(database.db, { organisationId }))[0]!.id;
    const userWith = async (roles: StaffRole[]) => (await createTestUser(database.db, clinic, { roles })).id;
    users.nurse = await userWith(['nurse']);
    users.nurse2 = await userWith(['nurse']);
    users.prescriber = await userWith(['prescriber']);
    users.director = await userWith(['medical-director']);
    users.therapist = await userWith(['therapist']);
    const cookies = { nurse: await cookieOf('nurse'), prescriber: await cookieOf('prescriber') };
    ({ patientId, planId } = await patientOnActiveCourse(app, database.db, organisationId, cookies, { protocolKey: 'iv-racemic-depression', route: 'iv', consentKind: 'racemic-iv-im', homeLocationId: locationId, now: clock.now() }));
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const cookieOf = (as: keyof typeof users) => sessionCookieFor(database.db, organisationId, users[as], clock.now());
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, as: keyof typeof users, payload?: object) => app.inject({ method, url, headers: { cookie: await cookieOf(as) }, ...(payload ? { payload } : {}) });
  const act = (action: string, as: keyof typeof users = 'nurse', extra: object = {}) => call('POST', `/api/sessions/${sessionId}/transitions`, as, { action, ...extra });
  const vitals = (reading: object, as: keyof typeof users = 'nurse') => call('POST', `/api/sessions/${sessionId}/vitals`, as, { readings: [reading] });
  const codes = (blockers: { code: string }[]) => blockers.map((blocker) => blocker.code);

  it('schedules the first plan session in a chair and checks the patient in', async () => {
    const created = await call('POST', `/api/patients/${patientId}/sessions`, 'nurse', { planId, planSequence: 1, chair: 'Chair 1' });
    expect(created.statusCode, created.body).toBe(201);
    sessionId = created.json().id;
    expect(created.json()).toMatchObject({ state: 'scheduled', route: 'iv', chair: 'Chair 1', protocol: { vitalSignIntervalMinutes: 15, minimumObservationMinutes: 60 } });
    // The depression pack asks for a PHQ-9 (and the C-SSRS) before each session (issue 4's cadence).
    expect(created.json().status.measuresDue).toEqual({ when: 'before', instrumentIds: expect.arrayContaining(['phq9', 'cssrs-screener']) });
    expect((await act('start-dosing')).statusCode).toBe(409);
    const checkedIn = await act('check-in');
    expect(checkedIn.json()).toMatchObject({ state: 'checked-in', checkedInAt: expect.any(String) });
    const second = await call('POST', `/api/patients/${patientId}/sessions`, 'nurse', { planId, planSequence: 2, chair: 'Chair 1' });
    expect((await call('POST', `/api/sessions/${second.json().id}/transitions`, 'nurse', { action: 'check-in' })).statusCode).toBe(409);
  });

  it('blocks readiness until the checklist, baseline vitals and measures are charted', async () => {
    const blocked = await act('confirm-readiness');
    expect(blocked.statusCode).toBe(409);
    expect(codes(blocked.json().blockers)).toEqual(expect.arrayContaining(['ESCORT_MISSING', 'PRE_SESSION_MEASURES_MISSING', 'BASELINE_VITALS_MISSING']));
    expect((await call('PUT', `/api/sessions/${sessionId}/readiness`, 'nurse', { checklist: { escort: { name: 'Pat Sessiontest', phone: '+1 555 0199', kind: 'escort' }, preSessionMeasuresDone: true } })).statusCode).toBe(200);
    const baseline = await vitals({ systolicMmHg: 124, diastolicMmHg: 80, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 });
    expect(baseline.json().events).toEqual([]);
    const ready = await act('confirm-readiness');
    expect(ready.statusCode, ready.body).toBe(200);
    expect(ready.json().state).toBe('ready');
  });

  it("calculates today's dose from today's weight and records the product drawn", async () => {
    const tooLittle = await call('PUT', `/api/sessions/${sessionId}/dose`, 'nurse', { weightKg: 70, drawn: { lotNumber: 'LOT-DEMO-1', concentrationMgPerMl: 10, volumeMl: 3 } });
    expect(tooLittle.statusCode).toBe(400);
    expect(tooLittle.json().errors[0].pointer).toBe('/drawn/volumeMl');
    const dosed = await call('PUT', `/api/sessions/${sessionId}/dose`, 'nurse', { weightKg: 70, drawn: { lotNumber: 'LOT-DEMO-1', concentrationMgPerMl: 10, volumeMl: 3.5 } });
    expect(dosed.statusCode, dosed.body).toBe(200);
    expect(dosed.json().dose).toMatchObject({ result: { doseMg: 35, volumeMl: 3.5, totalVolumeMl: 103.5, rateMlPerHour: 155.3, blocked: false }, drawn: { lotNumber: 'LOT-DEMO-1', mg: 35 } });
    expect((await act('start-dosing')).json()).toMatchObject({ state: 'dosing', dosingStartedAt: expect.any(String) });
  });

  it('evaluates each reading against the thresholds and opens an event for each crossing', async () => {
    clock.advance(15 * minute);
    expect((await vitals({ systolicMmHg: 150, diastolicMmHg: 90, heartRateBpm: 88, spo2Percent: 97, respiratoryRatePerMin: 14 })).json().events).toEqual([]);
    clock.advance(15 * minute);
    const high = (await vitals({ systolicMmHg: 185, diastolicMmHg: 96, heartRateBpm: 92, spo2Percent: 97, respiratoryRatePerMin: 15 })).json();
    expect(high.events.map((event: { signal: string; level: string }) => `${event.signal}:${event.level}`).sort()).toEqual(['systolic-rise:slow', 'systolic:stop']);
  });

  it('keeps every reading when two nurses chart at once', async () => {
    const readings = Array.from({ length: 8 }, (_, index) => vitals({ heartRateBpm: 80 + index, spo2Percent: 97 }, index % 2 === 0 ? 'nurse' : 'nurse2'));
    expect((await Promise.all(readings)).map((response) => response.statusCode)).toEqual(Array(8).fill(200));
    const chart = (await call('GET', `/api/sessions/${sessionId}`, 'nurse')).json();
    expect(chart.vitals.filter((vital: { heartRateBpm: number | null; systolicMmHg: number | null }) => vital.systolicMmHg === null && vital.heartRateBpm! >= 80)).toHaveLength(8);
  });

  it('ends the infusion only after its 40 minutes, then holds discharge for 60 minutes of observation and the signed actions', async () => {
    expect(codes((await act('finish-dosing')).json().blockers)).toEqual(['ADMINISTRATION_TOO_SHORT']);
    clock.advance(11 * minute);
    expect((await act('finish-dosing')).json().state).toBe('monitoring');
    const early = await act('mark-discharge-ready');
    expect(codes(early.json().blockers)).toEqual(expect.arrayContaining(['MIN_OBSERVATION_NOT_MET', 'EVENTS_WITHOUT_ACTION', 'STOP_EVENTS_UNSIGNED', 'CHECKLIST_INCOMPLETE']));
    const chart = (await call('GET', `/api/sessions/${sessionId}`, 'nurse')).json();
    for (const event of chart.events) {
      expect((await call('POST', `/api/sessions/${sessionId}/events/${event.id}/action`, 'nurse', { actionNote: 'Infusion paused 5 min; BP rechecked 158/90; prescriber informed.' })).statusCode).toBe(200);
    }
    const stop = chart.events.find((event: { level: string }) => event.level === 'stop');
    expect((await call('POST', `/api/sessions/${sessionId}/events/${stop.id}/sign`, 'nurse')).statusCode).toBe(403);
    expect((await call('POST', `/api/sessions/${sessionId}/events/${stop.id}/sign`, 'prescriber')).statusCode).toBe(200);
    expect((await call('POST', `/api/sessions/${sessionId}/observations`, 'nurse', { kind: 'dissociation-0-4', value: 2 })).statusCode).toBe(200);
    await call('PUT', `/api/sessions/${sessionId}/discharge`, 'nurse', { checklist: { oriented: true, ambulating: true, nauseaControlled: true, escortPresent: true, noDrivingAcknowledged: true, suicideRiskRescreened: true } });
    clock.advance(59 * minute);
    await vitals({ systolicMmHg: 128, diastolicMmHg: 82, heartRateBpm: 74, spo2Percent: 98, respiratoryRatePerMin: 14 });
    expect(codes((await act('mark-discharge-ready')).json().blockers)).toEqual(['MIN_OBSERVATION_NOT_MET']);
    clock.advance(1 * minute);
    expect((await act('mark-discharge-ready')).json().state).toBe('discharge-ready');
    expect((await act('discharge')).json()).toMatchObject({ state: 'discharged', dischargedAt: expect.any(String) });
  });

  it('is signed by a prescriber, then fixed: later words are addenda', async () => {
    expect((await call('POST', `/api/sessions/${sessionId}/sign`, 'nurse', { note: 'Uneventful apart from a BP peak.' })).statusCode).toBe(403);
    // The 35 mg drawn must be on the ledger (given, or wasted with a witness) before the note can be signed.
    const unreconciled = await call('POST', `/api/sessions/${sessionId}/sign`, 'prescriber', { note: 'Ketamine 35 mg IV over 40 min; tolerated.' });
    expect(unreconciled.statusCode).toBe(409);
    expect(unreconciled.json().blockers.map((blocker: { code: string }) => blocker.code)).toEqual(['DRAWN_NOT_ACCOUNTED_FOR']);
    const product = (await call('POST', '/api/controlled-substances/products', 'director', { genericName: 'ketamine hydrochloride', ndc: '42023-0113-10', strengthMgPerMl: 10, containerMl: 20, form: 'vial' })).json();
    const supplier = { name: 'Demo Wholesaler (synthetic)', address: '1 Sample Way, Testville ZZ 00000', deaNumber: 'AB1234563' };
    const received = await call('POST', '/api/controlled-substances/receipts', 'nurse', { productId: product.id, locationId, lotNumber: 'LOT-DEMO-1', expiresOn: '2028-01-31', containers: 1, supplier, invoiceNumber: 'INV-1' });
    const given = await call('POST', '/api/controlled-substances/entries', 'nurse', { entry: { kind: 'administration', containerId: received.json().containerIds[0], quantityMg: 35, quantityMl: 3.5, sessionId, patientId } });
    expect(given.statusCode, given.body).toBe(201);
    const signed = await call('POST', `/api/sessions/${sessionId}/sign`, 'prescriber', { note: 'Ketamine 35 mg IV over 40 min. BP peak 185/96 at 30 min, settled after a pause. Discharged with escort.' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ signedAt: expect.any(String), signedBy: expect.any(String) });
    expect((await vitals({ heartRateBpm: 70 })).statusCode).toBe(409);
    await expect(database.db.execute(sql`update treatment_session set note = 'rewritten' where id = ${sessionId}`)).rejects.toMatchObject({ cause: { message: 'a signed session cannot be changed: write an addendum' } });
    const addendum = await call('POST', `/api/sessions/${sessionId}/addenda`, 'nurse', { text: 'Escort called at 18:00: patient home and well.' });
    expect(addendum.json().addenda).toEqual([{ text: 'Escort called at 18:00: patient home and well.', writtenAt: expect.any(String), author: expect.any(String) }]);
  });

  it('records every transition with who and when, and audits each step', async () => {
    const chart = (await call('GET', `/api/sessions/${sessionId}`, 'therapist')).json();
    expect(chart.transitions.map((transition: { toState: string }) => transition.toState)).toEqual(['scheduled', 'checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready', 'discharged']);
    const audit = await queryRows<{ action: string; outcome: string }>(database.db, sql`select action, outcome from audit_event where entity_id = ${sessionId} order by seq`);
    expect(audit.filter((row) => row.outcome === 'denied').map((row) => row.action)).toEqual(expect.arrayContaining(['session.confirm-readiness']));
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['session.vitals', 'session.dose', 'session.event-sign', 'session.sign', 'session.addendum']));
  });

  it('shows the floor board with initials, state and the next check', async () => {
    const board = (await call('GET', `/api/floor?locationId=${locationId}`, 'nurse')).json();
    expect(board.chairs.map((chair: { chair: string; state: string; initials: string }) => `${chair.chair}:${chair.state}:${chair.initials}`)).toEqual(expect.arrayContaining(['Chair 1:discharged:SS', 'Chair 1:scheduled:SS']));
  });
});
