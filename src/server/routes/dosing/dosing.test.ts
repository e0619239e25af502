import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';

describe('POST /api/dose/calculate', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let nurse: string;
  const clock = new TestClock();

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    nurse = await sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles: ['nurse'] })).id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const calculate = (payload: object) => app.inject({ method: 'POST', url: '/api/dose/calculate', headers: { cookie: nurse }, payload });

  it('follows SPEC.md §9: the adjusted-weight worked example, volume and rate', async () => {
    const response = await calculate({ route: 'iv', weightKg: 80, heightCm: 180, sexAtBirth: 'male', weightBasis: 'adjusted', doseMgPerKg: 0.5, concentrationMgPerMl: 10, diluentMl: 100, infusionMinutes: 40, limits: { maxMgPerKg: 1, maxMg: 150 } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ dosingWeightKg: 77, doseMg: 38.5, volumeMl: 3.9, totalVolumeMl: 103.9, rateMlPerHour: 155.9, blocked: false });
  });

  it('blocks an anaesthetic-range order and a dose above the clinic cap', async () => {
    const bolus = await calculate({ route: 'iv', weightKg: 70, doseMgPerKg: 1, infusionMinutes: 5, limits: { maxMgPerKg: 1.5, maxMg: 200 } });
    expect(bolus.json()).toMatchObject({ blocked: true, reasons: [{ code: 'ANESTHETIC_RANGE' }] });
    const aboveCap = await calculate({ route: 'im', weightKg: 100, doseMgPerKg: 1, limits: { maxMgPerKg: 1, maxMg: 80 } });
    expect(aboveCap.json()).toMatchObject({ blocked: true, reasons: [{ code: 'DOSE_ABOVE_MAX' }] });
  });

  it('answers 400 naming the field for invalid input', async () => {
    const response = await calculate({ route: 'iv', doseMgPerKg: 0.5, infusionMinutes: 40 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ in: 'body', pointer: '/weightKg' });
    const esketamine = await calculate({ route: 'intranasal-esketamine', doseMg: 70 });
    expect(esketamine.json().errors[0].pointer).toBe('/doseMg');
  });
});
