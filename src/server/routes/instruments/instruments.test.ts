import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { saveItemTexts } from '../../../db/repos/instrument-texts-repo.js';
import { madrs } from '../../../domain/instruments/madrs.js';

describe('the instrument API', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let cookie: string;
  let otherClinicCookie: string;
  const clock = new TestClock();

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    cookie = await sessionCookieFor(database.db, clinic.id, therapist.id, clock.now());
    const otherClinic = await createTestClinic(database.db);
    otherClinicCookie = await sessionCookieFor(database.db, otherClinic.id, (await createTestUser(database.db, otherClinic, { roles: ['therapist'] })).id, clock.now());
    await saveItemTexts(database.db, { organisationId: clinic.id }, 'madrs', { '1': 'Licensed wording of item 1' }, clock.now());
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

  it('gives the bands of the total, lowest first, and null where the band does not follow from the total', async () => {
    const phq9 = (await app.inject({ method: 'GET', url: '/api/instruments/phq9', headers: { cookie } })).json();
    expect(phq9.totalBands).toEqual([
      { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
      { id: 'mild', label: 'Mild', min: 5, max: 9 },
      { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
      { id: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
      { id: 'severe', label: 'Severe', min: 20, max: 27 },
    ]);
    expect((await app.inject({ method: 'GET', url: '/api/instruments/audit-c', headers: { cookie } })).json().totalBands).toBeNull();
  });

  it("labels items with the text the clinic loaded, and only for that clinic", async () => {
    const labels = async (sessionCookie: string) =>
      (await app.inject({ method: 'GET', url: '/api/instruments/madrs', headers: { cookie: sessionCookie } })).json().items.slice(0, 2).map((item: { label: string }) => item.label);
    expect(await labels(cookie)).toEqual(['Licensed wording of item 1', madrs.items[1]!.label]);
    expect(await labels(otherClinicCookie)).toEqual([madrs.items[0]!.label, madrs.items[1]!.label]);
    const list = (await app.inject({ method: 'GET', url: '/api/instruments', headers: { cookie } })).json();
    expect(list.instruments.find((instrument: { id: string }) => instrument.id === 'madrs').items[0].label).toBe('Licensed wording of item 1');
  });
});
