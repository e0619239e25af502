import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { queryRows } from '../../../db/database.js';
import { insertPatient } from '../../../db/repos/patients-repo.js';
import type { Mail } from '../../outbox/mailer.js';
import { escalateOverdueSafetyTasks } from '../../safety/escalate-safety-tasks.js';

const phq9 = (item9: number) => ({ '1': 2, '2': 2, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 0, '9': item9 });

describe('the suicide-risk pathway', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-27T10:00:00Z'));
  const sentMail: Mail[] = [];
  let patientId: string;
  let patientCookie: string;
  let patientUserId: string;
  let nurseCookie: () => Promise<string>;
  let prescriberEmail: string;
  let organisationId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock, sentMail });
    const clinic = await createTestClinic(database.db);
    organisationId = clinic.id;
    patientId = (await insertPatient(database.db, { organisationId }, { givenName: 'Rowan', familyName: 'Safetytest', dateOfBirth: '1991-01-01', sexAtBirth: 'male' }, clock.now()))!.id;
    const patient = await createTestUser(database.db, clinic, { patientId });
    const nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    const prescriber = await createTestUser(database.db, clinic, { roles: ['prescriber'] });
    prescriberEmail = prescriber.email;
    patientUserId = patient.id;
    patientCookie = await sessionCookieFor(database.db, clinic.id, patient.id, clock.now());
    nurseCookie = () => sessionCookieFor(database.db, clinic.id, nurse.id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const report = (answers: Record<string, number>) =>
    app.inject({ method: 'POST', url: '/api/me/assessments', headers: { cookie: patientCookie }, payload: { instrumentId: 'phq9', answers } });
  const openTasks = async () => (await app.inject({ method: 'GET', url: '/api/safety-tasks', headers: { cookie: await nurseCookie() } })).json().tasks;

  it('opens no task when item 9 is zero', async () => {
    const response = await report(phq9(0));
    expect(response.json().safety).toBeNull();
    expect(await openTasks()).toEqual([]);
  });

  it('opens a task with a deadline when item 9 is positive, and shows the patient crisis resources at once', async () => {
    const response = await report(phq9(1));
    expect(response.statusCode).toBe(201);
    const { safety } = response.json();
    expect(safety).toMatchObject({ severity: 'moderate', dueAt: '2026-11-27T14:00:00.000Z' });
    expect(safety.crisis.resources.join(' ')).toContain('988');
    expect(safety.crisis.whenRead).toMatch(/not watched around the clock/);
    const tasks = await openTasks();
    expect(tasks).toEqual([
      expect.objectContaining({ patientId, severity: 'moderate', reasons: ['PHQ-9 item 9 (thoughts of death or self-harm) answered 1 of 3'], overdue: false, escalatedAt: null }),
    ]);
  });

  it('escalates an overdue task to the supervising prescribers, once, naming no patient in the e-mail', async () => {
    clock.advance(3 * 60 * 60_000);
    expect(await escalateOverdueSafetyTasks(database.db, clock.now(), 'http://clinic.test')).toBe(0);
    clock.advance(60 * 60_000 + 1000);
    expect(await escalateOverdueSafetyTasks(database.db, clock.now(), 'http://clinic.test')).toBe(1);
    expect(await escalateOverdueSafetyTasks(database.db, clock.now(), 'http://clinic.test')).toBe(0);
    const [mail] = await queryRows<{ recipient: string; subject: string; body: string }>(database.db, sql`select recipient, subject, body from outbox_message where organisation_id = ${organisationId}`);
    expect(mail).toMatchObject({ recipient: prescriberEmail, subject: 'Overdue moderate safety task' });
    expect(mail?.body).not.toContain('Safetytest');
    const [task] = await openTasks();
    expect(task).toMatchObject({ overdue: true, escalatedAt: expect.any(String) });
    const summary = await app.inject({ method: 'GET', url: '/api/safety-tasks/summary', headers: { cookie: await nurseCookie() } });
    expect(summary.json()).toEqual({ open: 1, overdue: 1 });
  });

  it('closes a task only with a documented response, once', async () => {
    const [task] = await openTasks();
    const cookie = await nurseCookie();
    const incomplete = await app.inject({ method: 'POST', url: `/api/safety-tasks/${task.id}/resolve`, headers: { cookie }, payload: { cssrsCompleted: true, safetyPlanReviewed: true, disposition: 'continue-treatment', note: 'ok' } });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors).toEqual([{ in: 'body', pointer: '/note', detail: 'Say what was done (at least 10 characters)' }]);
    const body = { cssrsCompleted: true, safetyPlanReviewed: true, disposition: 'same-day-evaluation', note: 'C-SSRS low risk; safety plan reviewed by phone; seen same day.' };
    expect((await app.inject({ method: 'POST', url: `/api/safety-tasks/${task.id}/resolve`, headers: { cookie }, payload: body })).statusCode).toBe(204);
    expect((await app.inject({ method: 'POST', url: `/api/safety-tasks/${task.id}/resolve`, headers: { cookie }, payload: body })).statusCode).toBe(404);
    expect(await openTasks()).toEqual([]);
    const actions = await queryRows<{ action: string }>(database.db, sql`select action from audit_event where organisation_id = ${organisationId} and action in ('safety.opened', 'safety.escalated', 'safety.resolved') order by seq`);
    expect(actions.map((entry) => entry.action)).toEqual(['safety.opened', 'safety.escalated', 'safety.resolved']);
  });

  it('keeps the queue from patients', async () => {
    const cookie = await sessionCookieFor(database.db, organisationId, patientUserId, clock.now());
    expect((await app.inject({ method: 'GET', url: '/api/safety-tasks', headers: { cookie } })).statusCode).toBe(403);
  });

  it('keeps every version of the safety plan and shows the patient the newest, crisis lines included', async () => {
    const cookie = await nurseCookie();
    const url = `/api/patients/${patientId}/safety-plan`;
    const patient = await sessionCookieFor(database.db, organisationId, patientUserId, clock.now());
    expect((await app.inject({ method: 'GET', url, headers: { cookie: patient } })).statusCode).toBe(404);
    const first = await app.inject({ method: 'PUT', url, headers: { cookie }, payload: { warningSigns: ['Not sleeping'], reasonsForLiving: ['My dog'] } });
    expect(first.json()).toEqual({ version: 1 });
    const second = await app.inject({ method: 'PUT', url, headers: { cookie }, payload: { warningSigns: ['Not sleeping', 'Skipping meals'], peopleToAsk: ['Sam, +1 555 0150'], reasonsForLiving: ['My dog'] } });
    expect(second.json()).toEqual({ version: 2 });
    const shown = (await app.inject({ method: 'GET', url, headers: { cookie: patient } })).json();
    expect(shown).toMatchObject({ version: 2, plan: { warningSigns: ['Not sleeping', 'Skipping meals'], peopleToAsk: ['Sam, +1 555 0150'] } });
    expect(shown.plan.professionals).toContain('988 Suicide & Crisis Lifeline (call or text 988)');
    expect((await app.inject({ method: 'PUT', url, headers: { cookie: patient }, payload: {} })).statusCode).toBe(403);
    const [count] = await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from safety_plan where patient_id = ${patientId}`);
    expect(count?.count).toBe(2);
  });
});
