import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAll } from '../../../../tests/helpers/answers.js';
import { completeIntakeSections, testSignatureImage } from '../../../../tests/helpers/intake-fixtures.js';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import type { StaffRole } from '../../../domain/access/roles.js';
import { queryRows } from '../../../db/database.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import { insertPatient } from '../../../db/repos/patients-repo.js';

describe('treatment plans: from intake to an active course', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  // A Monday.
  const clock = new TestClock(new Date('2026-11-30T09:00:00Z'));
  let organisationId: string;
  let locationId: string;
  const cookies = {} as Record<'nurse' | 'prescriber' | 'director' | 'admin', string>;
  let therapistId: string;
  let cookieFor: (roles: StaffRole[]) => Promise<string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    organisationId = clinic.id;
    locationId = (await listClinicLocations(database.db, { organisationId }))[0]!.id;
    cookieFor = async (roles: StaffRole[]) => sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles })).id, clock.now());
    cookies.nurse = await cookieFor(['nurse']);
    cookies.prescriber = await cookieFor(['prescriber']);
    cookies.director = await cookieFor(['medical-director']);
    cookies.admin = await cookieFor(['admin']);
    therapistId = (await createTestUser(database.db, clinic, { roles: ['therapist'] })).id;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, as: keyof typeof cookies, payload?: object) => app.inject({ method, url, headers: { cookie: cookies[as] }, ...(payload ? { payload } : {}) });

  async function patientReadyExceptConsent(dateOfBirth = '1980-06-15'): Promise<string> {
    const id = (await insertPatient(database.db, { organisationId }, { givenName: 'Plan', familyName: 'Journey', dateOfBirth, sexAtBirth: 'female', homeLocationId: locationId }, clock.now()))!.id;
    for (const [section, value] of Object.entries(completeIntakeSections)) expect((await call('PUT', `/api/patients/${id}/intake/sections/${section}`, 'nurse', { value })).statusCode).toBe(200);
    expect((await call('POST', `/api/patients/${id}/intake/complete`, 'nurse')).statusCode).toBe(200);
    for (const [instrumentId, value] of [['cssrs-screener', 0], ['phq9', 2], ['qids-sr16', 2], ['madrs', 3]] as const) {
      const recorded = await call('POST', `/api/patients/${id}/assessments`, 'nurse', { instrumentId, answers: answerAll(instrumentId, value), purpose: 'baseline' });
      expect(recorded.statusCode, recorded.body).toBe(201);
    }
    return id;
  }

  async function consentTo(patientId: string, kind: string): Promise<void> {
    const status = (await call('GET', `/api/patients/${patientId}/consents`, 'nurse')).json().statuses.find((entry: { kind: string }) => entry.kind === kind);
    const signed = await call('POST', `/api/patients/${patientId}/consents`, 'nurse', { documentId: status.currentDocumentId, typedName: 'Plan Journey', signatureImage: testSignatureImage });
    const signatureId = signed.json().signatures[0].id;
    expect((await call('POST', `/api/patients/${patientId}/consents/${signatureId}/countersign`, 'prescriber')).statusCode).toBe(200);
  }

  it('lists the published protocols with their sources', async () => {
    const { protocols } = (await call('GET', '/api/protocols', 'nurse')).json();
    expect(protocols.map((protocol: { key: string }) => protocol.key)).toEqual(expect.arrayContaining(['iv-racemic-depression', 'intranasal-esketamine-trd']));
    const iv = protocols.find((protocol: { key: string }) => protocol.key === 'iv-racemic-depression');
    expect(iv).toMatchObject({ version: 0, isDefault: true, definition: { dosing: { startMgPerKg: 0.5, infusionMinutes: 40 }, series: { induction: { sessions: 6, withinDays: 21 } } } });
    expect(iv.definition.sources.length).toBeGreaterThan(0);
  });

  it('previews the IV series (6 sessions within 21 days on open days) and the dose from the intake weight', async () => {
    const patientId = await patientReadyExceptConsent();
    const preview = await call('POST', `/api/patients/${patientId}/treatment-plans/preview`, 'prescriber', { protocolKey: 'iv-racemic-depression', startDate: '2026-12-07' });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body.proposedSessions).toHaveLength(6);
    const dates = body.proposedSessions.map((session: { date: string }) => session.date);
    expect(dates[0]).toBe('2026-12-07');
    expect(dates.at(-1) <= '2026-12-27').toBe(true);
    expect(dates.every((date: string) => ![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay()))).toBe(true);
    expect(body.doseBasis).toMatchObject({ weightKg: 70 });
    expect(body.dose).toMatchObject({ doseMg: 35, blocked: false });
  });

  it("proposes sessions only inside the location's opening hours", async () => {
    const closed = null;
    const tuesdayThursday = { mon: closed, tue: { opens: '09:00', closes: '17:00' }, wed: closed, thu: { opens: '09:00', closes: '17:00' }, fri: closed, sat: closed, sun: closed };
    expect((await call('PUT', `/api/locations/${locationId}/opening-hours`, 'prescriber', tuesdayThursday)).statusCode).toBe(403);
    expect((await call('PUT', `/api/locations/${locationId}/opening-hours`, 'director', tuesdayThursday)).statusCode).toBe(200);
    const patientId = await patientReadyExceptConsent();
    const preview = (await call('POST', `/api/patients/${patientId}/treatment-plans/preview`, 'prescriber', { protocolKey: 'iv-racemic-depression', startDate: '2026-12-07' })).json();
    const weekdays = preview.proposedSessions.map((session: { date: string; startTime: string }) => [new Date(`${session.date}T12:00:00Z`).getUTCDay(), session.startTime]);
    expect(weekdays.every(([weekday, time]: [number, string]) => (weekday === 2 || weekday === 4) && time === '09:00')).toBe(true);
    const everyWeekday = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((weekday) => [weekday, { opens: '08:00', closes: '17:00' }]));
    expect((await call('PUT', `/api/locations/${locationId}/opening-hours`, 'director', { ...everyWeekday, sat: null, sun: null })).statusCode).toBe(200);
  });

  it('refuses a starting dose above the protocol limit, naming the field', async () => {
    const patientId = await patientReadyExceptConsent();
    const response = await call('POST', `/api/patients/${patientId}/treatment-plans/preview`, 'prescriber', { protocolKey: 'iv-racemic-depression', startDate: '2026-12-07', startingDose: { mgPerKg: 1.5 } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe('/startingDose');
  });

  it('saves a draft, blocks activation with every blocker, then activates once decided and consented', async () => {
    const patientId = await patientReadyExceptConsent();
    const created = await call('POST', `/api/patients/${patientId}/treatment-plans`, 'prescriber', {
      protocolKey: 'iv-racemic-depression',
      startDate: '2026-12-07',
      indications: ['treatment-resistant-depression'],
      goals: 'PHQ-9 under 10; back to work part-time.',
      integrationTherapistUserId: therapistId,
    });
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json();
    expect(plan).toMatchObject({ status: 'draft', route: 'iv', protocolName: expect.any(String), integrationTherapist: { userId: therapistId } });
    expect(plan.blockers.map((blocker: { code: string }) => blocker.code)).toEqual(['ELIGIBILITY_NOT_DECIDED', 'CONSENT_NOT_CURRENT']);
    expect((await call('POST', `/api/patients/${patientId}/treatment-plans/${plan.id}/activate`, 'nurse')).statusCode).toBe(403);
    const blocked = await call('POST', `/api/patients/${patientId}/treatment-plans/${plan.id}/activate`, 'prescriber');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({ code: 'TREATMENT_BLOCKED', blockers: [{ code: 'ELIGIBILITY_NOT_DECIDED' }, { code: 'CONSENT_NOT_CURRENT' }] });
    expect((await call('POST', `/api/patients/${patientId}/eligibility-decisions`, 'prescriber', { route: 'iv', decision: 'proceed' })).statusCode).toBe(201);
    await consentTo(patientId, 'racemic-iv-im');
    const moved = await call('PUT', `/api/patients/${patientId}/treatment-plans/${plan.id}`, 'prescriber', { sessions: plan.sessions.map((session: { plannedDate: string }, index: number) => ({ date: index === 0 ? '2026-12-08' : session.plannedDate, startTime: '09:30' })) });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().sessions[0]).toMatchObject({ plannedDate: '2026-12-08', startTime: '09:30', phase: 'induction' });
    const active = await call('POST', `/api/patients/${patientId}/treatment-plans/${plan.id}/activate`, 'prescriber');
    expect(active.statusCode, active.body).toBe(200);
    expect(active.json()).toMatchObject({ status: 'active', activatedAt: expect.any(String), reEvaluation: { due: false } });
    expect((await call('PUT', `/api/patients/${patientId}/treatment-plans/${plan.id}`, 'prescriber', { goals: 'changed' })).statusCode).toBe(409);
    const audit = await queryRows<{ action: string; outcome: string }>(database.db, sql`select action, outcome from audit_event where patient_id = ${patientId} and action = 'treatment-plan.activate' order by seq`);
    expect(audit.map((row) => row.outcome)).toEqual(['denied', 'success']);
  });

  it('allows one active course at a time', async () => {
    const patientId = await patientReadyExceptConsent();
    expect((await call('POST', `/api/patients/${patientId}/eligibility-decisions`, 'prescriber', { route: 'iv', decision: 'proceed' })).statusCode).toBe(201);
    await consentTo(patientId, 'racemic-iv-im');
    const create = async () => (await call('POST', `/api/patients/${patientId}/treatment-plans`, 'prescriber', { protocolKey: 'iv-racemic-depression', startDate: '2026-12-07', indications: ['treatment-resistant-depression'], goals: 'Remission.' })).json().id;
    const first = await create();
    const second = await create();
    expect((await call('POST', `/api/patients/${patientId}/treatment-plans/${first}/activate`, 'prescriber')).statusCode).toBe(200);
    expect((await call('POST', `/api/patients/${patientId}/treatment-plans/${second}/activate`, 'prescriber')).statusCode).toBe(409);
  });

  it('blocks esketamine without REMS enrolment and a certified setting; the 65-year-old day-1 dose follows the jurisdiction', async () => {
    const patientId = await patientReadyExceptConsent('1958-01-10');
    expect((await call('POST', `/api/patients/${patientId}/eligibility-decisions`, 'prescriber', { route: 'intranasal-esketamine', decision: 'proceed' })).statusCode).toBe(201);
    await consentTo(patientId, 'esketamine-intranasal');
    const readiness = await call('GET', `/api/patients/${patientId}/treatment-readiness?route=intranasal-esketamine`, 'nurse');
    expect(readiness.json().blockers.map((blocker: { code: string }) => blocker.code)).toEqual(['REMS_ENROLMENT_MISSING', 'REMS_SETTING_NOT_CERTIFIED']);
    const plan = (await call('POST', `/api/patients/${patientId}/treatment-plans`, 'prescriber', { protocolKey: 'intranasal-esketamine-trd', startDate: '2026-12-07', indications: ['treatment-resistant-depression'], goals: 'Response by week 4.' })).json();
    expect(plan.sessions[0].dose).toEqual({ mg: 56 });
    expect(plan.sessions).toHaveLength(12);
    expect((await call('POST', `/api/patients/${patientId}/treatment-plans/${plan.id}/activate`, 'prescriber')).statusCode).toBe(409);
    expect((await call('PUT', `/api/patients/${patientId}/rems-enrolment`, 'prescriber', { remsPatientId: 'REMS-TEST-1', enrolledOn: '2026-11-30', patientSignedOn: '2026-11-30', prescriberSignedOn: '2026-11-30' })).statusCode).toBe(200);
    expect((await call('PUT', `/api/locations/${locationId}/rems-certification`, 'admin', { authorisedRepresentative: 'Test Representative', certifiedOn: '2026-01-01' })).statusCode).toBe(200);
    expect((await call('POST', `/api/patients/${patientId}/treatment-plans/${plan.id}/activate`, 'prescriber')).statusCode).toBe(200);
  });

  it('prompts re-evaluation after the induction series with the PHQ-9 outcome, and completes the course with a reason', async () => {
    const patientId = await patientReadyExceptConsent();
    expect((await call('POST', `/api/patients/${patientId}/eligibility-decisions`, 'prescriber', { route: 'iv', decision: 'proceed' })).statusCode).toBe(201);
    await consentTo(patientId, 'racemic-iv-im');
    const plan = (await call('POST', `/api/patients/${patientId}/treatment-plans`, 'prescriber', { protocolKey: 'iv-racemic-depression', startDate: '2026-12-07', indications: ['treatment-resistant-depression'], goals: 'Remission.' })).json();
    expect((await call('POST', `/api/patients/${patientId}/treatment-plans/${plan.id}/activate`, 'prescriber')).statusCode).toBe(200);
    clock.advance(22 * 86_400_000); // 2026-12-22: the last induction session (12-18) has passed
    cookies.nurse = await cookieFor(['nurse']);
    cookies.prescriber = await cookieFor(['prescriber']);
    expect((await call('POST', `/api/patients/${patientId}/assessments`, 'nurse', { instrumentId: 'phq9', answers: answerAll('phq9', 0) })).statusCode).toBe(201);
    const [current] = (await call('GET', `/api/patients/${patientId}/treatment-plans`, 'nurse')).json().plans;
    expect(current.reEvaluation).toMatchObject({ due: true, outcomes: [{ instrumentId: 'phq9', baseline: 18, latest: 0, response: true, remission: true }] });
    const ended = await call('POST', `/api/patients/${patientId}/treatment-plans/${plan.id}/end`, 'prescriber', { outcome: 'completed', reason: 'Remission after induction; maintenance by response.' });
    expect(ended.json()).toMatchObject({ status: 'completed', statusReason: expect.stringContaining('Remission') });
  });
});
