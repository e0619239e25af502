import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { buildLocation, createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { ensureClinicLocation, listClinicLocations } from '../../../db/repos/organisations-repo.js';
import type { StaffRole } from '../../../domain/access/roles.js';
import { insertPatient } from '../../../db/repos/patients-repo.js';

describe('Spravato REMS records', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-27T10:00:00Z'));
  let patientId: string;
  let locationId: string;
  let prescriber: string;
  let nurse: string;
  let admin: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    await ensureClinicLocation(database.db, { organisationId: clinic.id }, buildLocation({ name: 'REMS Test Site' }));
    locationId = (await listClinicLocations(database.db, { organisationId: clinic.id }))[0]!.id;
    patientId = (await insertPatient(database.db, { organisationId: clinic.id }, { givenName: 'Esme', familyName: 'Remstest', dateOfBirth: '1979-05-05', sexAtBirth: 'female' }, clock.now()))!.id;
    const cookieFor = async (roles: StaffRole[]) => sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles })).id, clock.now());
    prescriber = await cookieFor(['prescriber']);
    nurse = await cookieFor(['nurse']);
    admin = await cookieFor(['admin']);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const enrol = (payload: object, cookie = prescriber) => app.inject({ method: 'PUT', url: `/api/patients/${patientId}/rems-enrolment`, headers: { cookie }, payload });
  const enrolment = { remsPatientId: 'REMS-DEMO-0001', enrolledOn: '2026-11-20', patientSignedOn: '2026-11-19', prescriberSignedOn: '2026-11-20' };

  it('has no enrolment until a prescriber records one, signing as prescriber', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/patients/${patientId}/rems-enrolment`, headers: { cookie: nurse } })).json()).toEqual({ enrolment: null });
    expect((await enrol(enrolment, nurse)).statusCode).toBe(403);
    const saved = await enrol(enrolment);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().enrolment).toMatchObject({ ...enrolment, prescriber: { name: expect.any(String) } });
  });

  it('refuses dates in the future or an enrolment before a signature, naming the field', async () => {
    const future = await enrol({ ...enrolment, prescriberSignedOn: '2026-11-28' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([{ in: 'body', pointer: '/prescriberSignedOn', detail: 'In the future' }]);
    const early = await enrol({ ...enrolment, enrolledOn: '2026-11-18' });
    expect(early.json().errors[0].pointer).toBe('/enrolledOn');
  });

  it("records a location's certification (admin), listed for everyone planning treatment", async () => {
    const saved = await app.inject({ method: 'PUT', url: `/api/locations/${locationId}/rems-certification`, headers: { cookie: admin }, payload: { authorisedRepresentative: 'Demo Representative', certifiedOn: '2026-01-15' } });
    expect(saved.statusCode).toBe(200);
    const list = await app.inject({ method: 'GET', url: '/api/rems-certifications', headers: { cookie: prescriber } });
    expect(list.json().certifications).toEqual([{ locationId, locationName: 'REMS Test Site', authorisedRepresentative: 'Demo Representative', certifiedOn: '2026-01-15', remsSettingId: null }]);
    const elsewhere = await app.inject({ method: 'PUT', url: '/api/locations/00000000-0000-4000-8000-000000000000/rems-certification', headers: { cookie: admin }, payload: { authorisedRepresentative: 'X', certifiedOn: '2026-01-15' } });
    expect(elsewhere.statusCode).toBe(404);
  });
});
