import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { defaultMeasurementPacks } from '../../../domain/measurement/measurement-packs.js';

describe('measurement packs', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock();
  let director: string;
  let nurse: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    director = await sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles: ['medical-director'] })).id, clock.now());
    nurse = await sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles: ['nurse'] })).id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers the defaults until the clinic writes its own, which only a medical director may', async () => {
    const defaults = await app.inject({ method: 'GET', url: '/api/measurement-packs', headers: { cookie: nurse } });
    expect(defaults.json()).toEqual({ packs: defaultMeasurementPacks, isDefault: true });
    const own = [{ indication: 'ptsd', entries: [{ instrumentIds: ['pcl5', 'itq'], cadence: [{ kind: 'before-each-session' }] }] }];
    expect((await app.inject({ method: 'PUT', url: '/api/measurement-packs', headers: { cookie: nurse }, payload: { packs: own } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'PUT', url: '/api/measurement-packs', headers: { cookie: director }, payload: { packs: own } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/measurement-packs', headers: { cookie: nurse } })).json()).toEqual({ packs: own, isDefault: false });
  });

  it('names an unknown instrument or cadence', async () => {
    const unknown = await app.inject({ method: 'PUT', url: '/api/measurement-packs', headers: { cookie: director }, payload: { packs: [{ indication: 'ptsd', entries: [{ instrumentIds: ['caps5'], cadence: [{ kind: 'before-each-session' }] }] }] } });
    expect(unknown.json().errors).toEqual([{ in: 'body', pointer: '/packs/0/entries/0/instrumentIds/0', detail: 'Unknown instrument' }]);
    const badCadence = await app.inject({ method: 'PUT', url: '/api/measurement-packs', headers: { cookie: director }, payload: { packs: [{ indication: 'ptsd', entries: [{ instrumentIds: ['pcl5'], cadence: [{ kind: 'hourly' }] }] }] } });
    expect(badCadence.statusCode).toBe(400);
  });
});
