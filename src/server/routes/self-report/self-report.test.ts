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

const phq9 = (item9: number) => ({ '1': 2, '2': 2, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 0, '9': item9 });

describe('questionnaires by link', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock();
  const sentMail: Mail[] = [];
  let nurseCookie: () => Promise<string>;
  let patientId: string;
  let clinicName: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock, sentMail });
    const clinic = await createTestClinic(database.db);
    clinicName = clinic.name;
    patientId = (await insertPatient(database.db, { organisationId: clinic.id }, { givenName: 'Kai', familyName: 'Linktest', dateOfBirth: '1988-08-08', sexAtBirth: 'male', email: 'kai.linktest@example.test' }, clock.now()))!.id;
    const nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    nurseCookie = () => sessionCookieFor(database.db, clinic.id, nurse.id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const createLink = async (payload: object) =>
    app.inject({ method: 'POST', url: `/api/patients/${patientId}/self-report-links`, headers: { cookie: await nurseCookie() }, payload });
  const tokenOf = (url: string) => url.split('#token=')[1]!;
  const post = (url: string, payload: object, method: 'POST' | 'PUT' = 'POST') => app.inject({ method, url, payload });

  it('e-mails an unguessable link naming no condition, opens it, keeps drafts, and finishes it once every questionnaire is in', async () => {
    const created = await createLink({ instrumentIds: ['phq9', 'daily-mood'] });
    expect(created.statusCode).toBe(201);
    const { url, sentTo } = created.json();
    expect(url).toMatch(/^http:\/\/clinic\.test\/r#token=[A-Za-z0-9_-]{43}$/);
    expect(sentTo).toBe('kai.linktest@example.test');
    expect(sentMail.at(-1)?.body).toContain(url);
    expect(sentMail.at(-1)?.body).not.toMatch(/PHQ|depress|mood/i);
    const token = tokenOf(url);

    const opened = await post('/api/self-report/open', { token });
    expect(opened.json()).toEqual({ clinicName, instruments: [{ id: 'phq9', completed: false }, { id: 'daily-mood', completed: false }], drafts: {} });

    expect((await post('/api/self-report/draft', { token, instrumentId: 'phq9', answers: { '1': 2, '2': 1 } }, 'PUT')).statusCode).toBe(204);
    expect((await post('/api/self-report/open', { token })).json().drafts).toEqual({ phq9: { '1': 2, '2': 1 } });
    const badDraft = await post('/api/self-report/draft', { token, instrumentId: 'phq9', answers: { '1': 7 } }, 'PUT');
    expect(badDraft.json().errors).toEqual([{ in: 'body', pointer: '/answers/1', detail: 'Not an answer to this questionnaire' }]);

    const first = await post('/api/self-report/submit', { token, instrumentId: 'phq9', answers: phq9(0) });
    expect(first.json()).toMatchObject({ result: { total: 9, band: 'mild' }, safety: null, linkCompleted: false });
    expect((await post('/api/self-report/submit', { token, instrumentId: 'phq9', answers: phq9(0) })).statusCode).toBe(409);
    const second = await post('/api/self-report/submit', { token, instrumentId: 'daily-mood', answers: { '1': 6 } });
    expect(second.json()).toMatchObject({ linkCompleted: true });
    expect((await post('/api/self-report/open', { token })).statusCode).toBe(404);

    const entries = await queryRows<{ action: string }>(database.db, sql`select action from audit_event where patient_id = ${patientId} and action like 'self-report.%' order by seq`);
    expect(entries.map((entry) => entry.action)).toEqual([
      'self-report.link-created',
      'self-report.opened',
      'self-report.draft-saved',
      'self-report.opened',
      'self-report.submitted',
      'self-report.submitted',
    ]);
    const stored = await queryRows<{ entered_by: string }>(database.db, sql`select entered_by from assessment where patient_id = ${patientId}`);
    expect(stored.map((row) => row.entered_by)).toEqual(['patient', 'patient']);
  });

  it('opens a safety task and shows crisis resources when item 9 is positive', async () => {
    const token = tokenOf((await createLink({ instrumentIds: ['phq9'], send: 'none' })).json().url);
    const submitted = await post('/api/self-report/submit', { token, instrumentId: 'phq9', answers: phq9(2) });
    expect(submitted.json().safety).toMatchObject({ severity: 'moderate', crisis: { heading: expect.any(String) } });
    const [task] = await queryRows<{ severity: string }>(database.db, sql`select severity from safety_task where patient_id = ${patientId}`);
    expect(task?.severity).toBe('moderate');
  });

  it('expires, and refuses clinician-rated questionnaires and unknown tokens', async () => {
    const token = tokenOf((await createLink({ instrumentIds: ['gad7'], send: 'none', validHours: 1 })).json().url);
    clock.advance(3_600_000 + 1000);
    expect((await post('/api/self-report/open', { token })).statusCode).toBe(404);
    const clinicianRated = await createLink({ instrumentIds: ['gad7', 'madrs'], send: 'none' });
    expect(clinicianRated.json().errors).toEqual([{ in: 'body', pointer: '/instrumentIds/1', detail: 'Rated by a clinician' }]);
    const unknown = await post('/api/self-report/open', { token: 'x'.repeat(43) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('This link does not work any more: it was used up or it expired. Please contact your clinic for a new one.');
  });
});
