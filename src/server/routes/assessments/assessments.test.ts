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

const gad7 = (value: number) => Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((key) => [key, value]));

describe('assessments', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock();
  const cookie: Record<string, string> = {};
  let patientId: string;
  let otherPatientId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    const scope = { organisationId: clinic.id };
    const patient = (givenName: string) => insertPatient(database.db, scope, { givenName, familyName: 'Measuretest', dateOfBirth: '1985-05-05', sexAtBirth: 'female' }, clock.now());
    patientId = (await patient('Mia'))!.id;
    otherPatientId = (await patient('Noa'))!.id;
    const users = {
      nurse: await createTestUser(database.db, clinic, { roles: ['nurse'] }),
      frontDesk: await createTestUser(database.db, clinic, { roles: ['front-desk'] }),
      patient: await createTestUser(database.db, clinic, { patientId }),
    };
    for (const [name, user] of Object.entries(users)) cookie[name] = await sessionCookieFor(database.db, clinic.id, user.id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const as = (who: string, method: 'GET' | 'POST', url: string, payload?: object) => app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });

  it('records a clinician-entered assessment with its score, raw answers and instrument version', async () => {
    const response = await as('nurse', 'POST', `/api/patients/${patientId}/assessments`, { instrumentId: 'gad7', answers: gad7(2), purpose: 'baseline', completedAt: '2026-11-27T14:30:00Z' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ id: expect.any(String), result: expect.objectContaining({ instrument: 'gad7', total: 14, band: 'moderate' }), safety: null });
    const [row] = await queryRows<Record<string, unknown>>(database.db, sql`select instrument_version, answers, entered_by, purpose, confidentiality from assessment where id = ${response.json().id}`);
    expect(row).toEqual({ instrument_version: '1', answers: gad7(2), entered_by: 'clinician', purpose: 'baseline', confidentiality: 'normal' });
  });

  it('lets the patient report on themselves, and read their own trajectory but no one else’s', async () => {
    const own = await as('patient', 'POST', '/api/me/assessments', { instrumentId: 'gad7', answers: gad7(1) });
    expect(own.statusCode).toBe(201);
    const list = await as('patient', 'GET', `/api/patients/${patientId}/assessments?instrumentId=gad7`);
    expect(list.json().assessments.map((a: { total: number; enteredBy: string }) => [a.total, a.enteredBy])).toEqual([
      [14, 'clinician'],
      [7, 'patient'],
    ]);
    expect((await as('patient', 'GET', `/api/patients/${otherPatientId}/assessments`)).statusCode).toBe(404);
    expect((await as('patient', 'POST', `/api/patients/${otherPatientId}/assessments`, { instrumentId: 'gad7', answers: gad7(1) })).statusCode).toBe(403);
  });

  it('keeps clinician-rated instruments to staff, and labels substance-use measures for Part 2', async () => {
    const madrs = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [String(index + 1), 1]));
    const selfRated = await as('patient', 'POST', '/api/me/assessments', { instrumentId: 'madrs', answers: madrs });
    expect(selfRated.statusCode).toBe(403);
    expect(selfRated.json().detail).toMatch(/rated by a clinician, not by the patient/);
    expect((await as('nurse', 'POST', `/api/patients/${patientId}/assessments`, { instrumentId: 'madrs', answers: madrs })).json().result.total).toBe(10);
    const auditC = await as('patient', 'POST', '/api/me/assessments', { instrumentId: 'audit-c', answers: { '1': 2, '2': 1, '3': 1 }, context: { sex: 'female' } });
    expect(auditC.json().result).toMatchObject({ total: 4, band: 'positive' });
    const [row] = await queryRows<{ confidentiality: string }>(database.db, sql`select confidentiality from assessment where id = ${auditC.json().id}`);
    expect(row?.confidentiality).toBe('part2');
  });

  it('names each bad answer, stores nothing, and refuses dates in the future', async () => {
    const countBefore = (await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from assessment`))[0]!.count;
    const bad = await as('nurse', 'POST', `/api/patients/${patientId}/assessments`, { instrumentId: 'gad7', answers: { ...gad7(1), '3': 5 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ in: 'body', pointer: '/answers/3', detail: 'gad7: item "3" must be one of 0–3, not 5' }]);
    const future = await as('nurse', 'POST', `/api/patients/${patientId}/assessments`, { instrumentId: 'gad7', answers: gad7(1), completedAt: '2027-01-01T00:00:00Z' });
    expect(future.json().errors).toEqual([{ in: 'body', pointer: '/completedAt', detail: 'Not in the future' }]);
    expect((await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from assessment`))[0]!.count).toBe(countBefore);
  });

  it('keeps front desk out of measures, and assessments unchangeable', async () => {
    expect((await as('frontDesk', 'GET', `/api/patients/${patientId}/assessments`)).statusCode).toBe(403);
    await expect(database.db.execute(sql`update assessment set total = 0`)).rejects.toThrow();
  });
});
