import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { buildLocation, createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { queryRows } from '../../../db/database.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import { insertPatient } from '../../../db/repos/patients-repo.js';
import { assignUserLocations } from '../../../db/repos/users-repo.js';

describe('emergency access (break-glass)', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock();
  let nurseCookie: string;
  const signInAgain: { nurse?: () => Promise<string>; admin?: () => Promise<string> } = {};
  let farPatientId: string;
  let nearPatientId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db, [buildLocation({ name: 'Near' }), buildLocation({ name: 'Far' })]);
    const scope = { organisationId: clinic.id };
    const locations = await listClinicLocations(database.db, scope);
    const near = locations.find((location) => location.name === 'Near')!.id;
    const far = locations.find((location) => location.name === 'Far')!.id;
    const patient = (givenName: string, homeLocationId: string) =>
      insertPatient(database.db, scope, { givenName, familyName: 'Glasstest', dateOfBirth: '1990-01-01', sexAtBirth: 'unknown', homeLocationId }, clock.now());
    farPatientId = (await patient('Faraway', far))!.id;
    nearPatientId = (await patient('Nearby', near))!.id;
    const nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    await assignUserLocations(database.db, scope, nurse.id, [near]);
    const admin = await createTestUser(database.db, clinic, { roles: ['admin'] });
    signInAgain.nurse = () => sessionCookieFor(database.db, clinic.id, nurse.id, clock.now());
    signInAgain.admin = () => sessionCookieFor(database.db, clinic.id, admin.id, clock.now());
    nurseCookie = await signInAgain.nurse();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const asNurse = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: nurseCookie }, ...(payload ? { payload } : {}) });

  it("keeps a nurse to her location's patients", async () => {
    expect((await asNurse('GET', `/api/patients/${nearPatientId}`)).statusCode).toBe(200);
    expect((await asNurse('GET', `/api/patients/${farPatientId}`)).statusCode).toBe(404);
    expect((await asNurse('GET', '/api/patients?q=glasstest')).json().patients.map((p: { givenName: string }) => p.givenName)).toEqual(['Nearby']);
  });

  it('requires a stated reason', async () => {
    const response = await asNurse('POST', `/api/patients/${farPatientId}/break-glass`, { reason: 'need' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ in: 'body', pointer: '/reason', detail: 'Say why you need this record (at least 10 characters)' }]);
  });

  it('opens the record for reading for 60 minutes, flags every read in the audit trail, and never allows writes', async () => {
    const granted = await asNurse('POST', `/api/patients/${farPatientId}/break-glass`, { reason: 'Patient arrived at our site in crisis' });
    expect(granted.statusCode).toBe(201);
    expect(granted.json()).toEqual({ expiresAt: new Date(clock.now().getTime() + 60 * 60_000).toISOString() });

    const read = await asNurse('GET', `/api/patients/${farPatientId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ givenName: 'Faraway', viaBreakGlass: true });
    const [entry] = await queryRows<{ action: string; break_glass: boolean; reason: string }>(
      database.db,
      sql`select action, break_glass, reason from audit_event where patient_id = ${farPatientId} order by seq desc limit 1`,
    );
    expect(entry).toEqual({ action: 'patient.read', break_glass: true, reason: 'Patient arrived at our site in crisis' });

    const write = await asNurse('PUT', `/api/patients/${farPatientId}`, { givenName: 'Changed', familyName: 'Glasstest', dateOfBirth: '1990-01-01', sexAtBirth: 'unknown' });
    expect(write.statusCode).toBe(404);

    clock.advance(60 * 60_000 + 1000);
    nurseCookie = await signInAgain.nurse!(); // the old session idled out meanwhile
    expect((await asNurse('GET', `/api/patients/${farPatientId}`)).statusCode).toBe(404);
  });

  it('shows admins who broke the glass, for whom, why and until when', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/break-glass', headers: { cookie: await signInAgain.admin!() } });
    expect(response.statusCode).toBe(200);
    expect(response.json().grants).toEqual([
      expect.objectContaining({ patientName: 'Glasstest, Faraway', reason: 'Patient arrived at our site in crisis', userName: 'Test nurse User' }),
    ]);
  });

  it('refuses to change or remove a grant, even in SQL', async () => {
    await expect(database.db.execute(sql`update break_glass_grant set expires_at = expires_at + interval '1 day'`)).rejects.toThrow();
  });
});
