import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientOnActiveCourse } from '../../../../tests/helpers/course-fixtures.js';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { buildLocation, createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import type { StaffRole } from '../../../domain/access/roles.js';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/database.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import { remindDueRemsForms } from '../../rems-form/remind-rems-forms.js';
import { saveRemsCertification } from '../../../db/repos/rems-repo.js';

const minute = 60_000;

describe('an esketamine session: REMS, fasting, devices 5 minutes apart, 2 hours of observation, the monitoring form', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-12-01T15:00:00Z'));
  let organisationId: string;
  let locationId: string;
  const users = {} as Record<'nurse' | 'prescriber' | 'admin', string>;
  let sessionId: string;
  let patientId: string;
  let planId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db, [buildLocation({ phone: '+1 555 0100' })]);
    organisationId = clinic.id;
    locationId = (await listClinicLocations(database.db, { organisationId }))[0]!.id;
    const userWith = async (roles: StaffRole[]) => (await createTestUser(database.db, clinic, { roles })).id;
    users.nurse = await userWith(['nurse']);
    users.prescriber = await userWith(['prescriber']);
    users.admin = await userWith(['admin']);
    await saveRemsCertification(database.db, { organisationId }, locationId, { authorisedRepresentative: 'Test Representative', certifiedOn: '2026-01-01' }, users.admin, clock.now());
    ({ patientId, planId } = await patientOnActiveCourse(app, database.db, organisationId, { nurse: await cookieOf('nurse'), prescriber: await cookieOf('prescriber') }, { protocolKey: 'intranasal-esketamine-trd', route: 'intranasal-esketamine', consentKind: 'esketamine-intranasal', homeLocationId: locationId, now: clock.now() }));
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const cookieOf = (as: keyof typeof users) => sessionCookieFor(database.db, organisationId, users[as], clock.now());
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, as: keyof typeof users, payload?: object) => app.inject({ method, url, headers: { cookie: await cookieOf(as) }, ...(payload ? { payload } : {}) });
  const act = (action: string) => call('POST', `/api/sessions/${sessionId}/transitions`, 'nurse', { action });
  const fullVitals = (systolicMmHg: number) => call('POST', `/api/sessions/${sessionId}/vitals`, 'nurse', { readings: [{ systolicMmHg, diastolicMmHg: 80, heartRateBpm: 70, spo2Percent: 98, respiratoryRatePerMin: 14 }] });

  it('checks in and is held until fasting is charted', async () => {
    sessionId = (await call('POST', `/api/patients/${patientId}/sessions`, 'nurse', { planId, planSequence: 1, chair: 'Room 3' })).json().id;
    await act('check-in');
    await call('PUT', `/api/sessions/${sessionId}/readiness`, 'nurse', { checklist: { escort: { name: 'Demo Rideshare', phone: '+1 555 0100', kind: 'transport' }, preSessionMeasuresDone: true, lastFoodAt: new Date(clock.now().getTime() - 60 * minute).toISOString(), lastLiquidAt: new Date(clock.now().getTime() - 60 * minute).toISOString() } });
    await fullVitals(126);
    const blocked = await act('confirm-readiness');
    expect(blocked.json().blockers.map((blocker: { code: string }) => blocker.code)).toEqual(['FASTING_NOT_MET']);
    await call('PUT', `/api/sessions/${sessionId}/readiness`, 'nurse', { checklist: { lastFoodAt: new Date(clock.now().getTime() - 3 * 60 * minute).toISOString() } });
    expect((await act('confirm-readiness')).json().state).toBe('ready');
  });

  it('gives the planned devices no less than 5 minutes apart', async () => {
    const dose = await call('PUT', `/api/sessions/${sessionId}/dose`, 'nurse', { drawn: { lotNumber: 'ESK-DEMO-7', devices: 2 } });
    expect(dose.json().dose.result).toMatchObject({ doseMg: 56, devices: 2, minimumAdministrationMinutes: 5 });
    await act('start-dosing');
    expect((await call('POST', `/api/sessions/${sessionId}/devices`, 'nurse')).statusCode).toBe(200);
    clock.advance(4 * minute);
    const tooSoon = await call('POST', `/api/sessions/${sessionId}/devices`, 'nurse');
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json().detail).toMatch(/wait/i);
    expect((await act('finish-dosing')).statusCode).toBe(409);
    clock.advance(1 * minute);
    expect((await call('POST', `/api/sessions/${sessionId}/devices`, 'nurse')).json().devices).toHaveLength(2);
    expect((await act('finish-dosing')).json().state).toBe('monitoring');
  });

  it('keeps the patient 2 hours after the last device', async () => {
    await call('POST', `/api/sessions/${sessionId}/observations`, 'nurse', { kind: 'moaas', value: 4 });
    await call('POST', `/api/sessions/${sessionId}/observations`, 'nurse', { kind: 'dissociation-0-4', value: 2 });
    clock.advance(35 * minute);
    await fullVitals(138);
    await call('PUT', `/api/sessions/${sessionId}/discharge`, 'nurse', { checklist: { oriented: true, ambulating: true, nauseaControlled: true, escortPresent: true, noDrivingAcknowledged: true, suicideRiskRescreened: true } });
    clock.advance(84 * minute);
    await fullVitals(128);
    const early = await act('mark-discharge-ready');
    expect(early.json().blockers.map((blocker: { code: string }) => blocker.code)).toEqual(['MIN_OBSERVATION_NOT_MET']);
    clock.advance(1 * minute);
    expect((await act('mark-discharge-ready')).json().state).toBe('discharge-ready');
    expect((await act('discharge')).json().state).toBe('discharged');
  });

  it('builds the REMS monitoring form from the chart, prints it, and tracks it until submitted', async () => {
    const form = (await call('GET', `/api/sessions/${sessionId}/rems-form`, 'nurse')).json();
    expect(form).toMatchObject({ definition: { id: 'spravato-rems-patient-monitoring' }, urgency: 'ok' });
    expect(form.missing).toEqual([]);
    expect(form.complete).toBe(true);
    const pdf = await call('GET', `/api/sessions/${sessionId}/rems-form.pdf`, 'nurse');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call('GET', '/api/rems-forms', 'nurse')).json().forms.map((entry: { sessionId: string }) => entry.sessionId)).toEqual([sessionId]);
    expect(await remindDueRemsForms(database.db, clock.now(), 'https://clinic.example')).toBe(0);
    clock.advance(6 * 24 * 60 * minute);
    expect((await call('GET', '/api/rems-forms', 'nurse')).json().forms[0].urgency).toBe('due-soon');
    expect(await remindDueRemsForms(database.db, clock.now(), 'https://clinic.example')).toBe(1);
    expect(await remindDueRemsForms(database.db, clock.now(), 'https://clinic.example')).toBe(0);
    const mail = await queryRows<{ subject: string }>(database.db, sql`select subject from outbox_message where organisation_id = ${organisationId}`);
    expect(mail.map((message) => message.subject)).toEqual(expect.arrayContaining(['A Spravato REMS monitoring form is due soon']));
    expect((await call('POST', `/api/sessions/${sessionId}/rems-form/submission`, 'nurse', { confirmation: 'REMS-CONF-1' })).statusCode).toBe(201);
    expect((await call('GET', '/api/rems-forms', 'nurse')).json().forms).toEqual([]);
  });
});
