import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';

describe('the instrument API', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let cookie: string;
  const clock = new TestClock();

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    cookie = await sessionCookieFor(database.db, clinic.id, therapist.id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const score = (id: string, payload: object) => app.inject({ method: 'POST', url: `/api/instruments/${id}/score`, headers: { cookie }, payload });

  it('scores, with the same result as the command line', async () => {
    const response = await score('gad7', { answers: { '1': 3, '2': 3, '3': 2, '4': 1, '5': 1, '6': 0, '7': 0 } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ instrument: 'gad7', version: '1', total: 10, band: 'moderate', flags: [], subscales: {}, findings: {} });
  });

  it('answers 400 naming each bad item as a pointer into answers', async () => {
    const response = await score('gad7', { answers: { '1': 3, '2': 3, '3': 2, '4': 9, '5': 1, '6': 0, '8': 1 } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION',
      errors: [
        { in: 'body', pointer: '/answers/8', detail: 'gad7: unknown item "8"; items are 1, 2, 3, 4, 5, 6, 7' },
        { in: 'body', pointer: '/answers/4', detail: 'gad7: item "4" must be one of 0–3, not 9' },
      ],
    });
  });

  it('answers 404 for an unknown instrument and lists the catalogue', async () => {
    expect((await score('hamd', { answers: {} })).statusCode).toBe(404);
    const list = await app.inject({ method: 'GET', url: '/api/instruments', headers: { cookie } });
    expect(list.json().instruments.map((instrument: { id: string }) => instrument.id)).toContain('gad7');
  });
});
