import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { queryRows } from '../../../db/database.js';
import { insertPatient, insertProblem } from '../../../db/repos/patients-repo.js';
import type { OrganisationRow } from '../../../db/repos/organisations-repo.js';

const newPatient = (overrides: Record<string, unknown> = {}) => ({
  givenName: 'Avery',
  familyName: 'Testperson',
  dateOfBirth: '1987-03-14',
  sexAtBirth: 'female',
  pronouns: 'she/her',
  phone: '+1 555 0142',
  address: { line1: '9 Example Lane', city: 'Sampleton', region: 'ZZ', postalCode: '00000' },
  emergencyContact: { name: 'Riley Testperson', phone: '+1 555 0143', relationship: 'sibling' },
  ...overrides,
});

describe('patient records', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let clinic: OrganisationRow;
  let otherClinic: OrganisationRow;
  const clock = new TestClock();
  const cookie: Record<string, string> = {};
  let patientAId: string;
  let patientBId: string;

  const auditCount = async (organisationId: string) =>
    (await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from audit_event where organisation_id = ${organisationId}`))[0]!.count;
  const lastAudit = async (organisationId: string) =>
    (
      await queryRows<Record<string, unknown>>(
        database.db,
        sql`select action, outcome, actor_user_id, actor_role, entity_type, entity_id, patient_id, request_id, source_ip, details from audit_event where organisation_id = ${organisationId} order by seq desc limit 1`,
      )
    )[0];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    clinic = await createTestClinic(database.db);
    otherClinic = await createTestClinic(database.db);
    const scope = { organisationId: clinic.id };
    patientAId = (await insertPatient(database.db, scope, newPatient({ givenName: 'Alex', familyName: 'Canaryone', mrn: 'A-1' }) as never, clock.now()))!.id;
    patientBId = (await insertPatient(database.db, scope, newPatient({ givenName: 'Blake', familyName: 'Canarytwo', mrn: 'B-2' }) as never, clock.now()))!.id;
    await insertProblem(database.db, scope, patientAId, { icd10Code: 'F11.20', description: 'Opioid dependence, uncomplicated' });
    await insertProblem(database.db, scope, patientAId, { icd10Code: 'F32.2', description: 'Major depressive disorder, single episode, severe' });
    const users = {
      nurse: await createTestUser(database.db, clinic, { roles: ['nurse'] }),
      frontDesk: await createTestUser(database.db, clinic, { roles: ['front-desk'] }),
      director: await createTestUser(database.db, clinic, { roles: ['medical-director'] }),
      patientA: await createTestUser(database.db, clinic, { patientId: patientAId }),
      foreignNurse: await createTestUser(database.db, otherClinic, { roles: ['nurse'] }),
    };
    for (const [name, user] of Object.entries(users)) cookie[name] = await sessionCookieFor(database.db, user.organisation.id, user.id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: { cookie: cookie[who]!, 'x-request-id': `req-${who}` }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('registers a patient, with an MRN assigned when none is given, and audits it once', async () => {
    const before = await auditCount(clinic.id);
    const created = await call('frontDesk', 'POST', '/api/patients', newPatient());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: expect.any(String), mrn: expect.stringMatching(/^KC-\d{6}$/) });
    expect(await auditCount(clinic.id)).toBe(before + 1);
    expect(await lastAudit(clinic.id)).toMatchObject({ action: 'patient.create', outcome: 'success', actor_role: 'front-desk', entity_type: 'patient', patient_id: created.json().id, request_id: 'req-frontDesk', source_ip: '127.0.0.1' });
  });

  it('refuses a duplicate MRN naming the field, and unknown fields', async () => {
    const duplicate = await call('nurse', 'POST', '/api/patients', newPatient({ mrn: 'A-1' }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors).toEqual([{ in: 'body', pointer: '/mrn', detail: 'Already in use' }]);
    const extra = await call('nurse', 'POST', '/api/patients', newPatient({ organisationId: otherClinic.id }));
    expect(extra.statusCode).toBe(400);
  });

  it("shows a nurse the whole record, with the substance-use diagnosis labelled for 42 CFR Part 2, and audits the read", async () => {
    const before = await auditCount(clinic.id);
    const response = await call('nurse', 'GET', `/api/patients/${patientAId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const chart = response.json();
    expect(chart).toMatchObject({ id: patientAId, mrn: 'A-1', givenName: 'Alex', familyName: 'Canaryone', archived: false });
    expect(chart.demographics.emergencyContact).toEqual({ name: 'Riley Testperson', phone: '+1 555 0143', relationship: 'sibling' });
    expect(chart.problems.map((problem: { icd10Code: string; confidentiality: string }) => [problem.icd10Code, problem.confidentiality])).toEqual([
      ['F11.20', 'part2'],
      ['F32.2', 'normal'],
    ]);
    expect(await auditCount(clinic.id)).toBe(before + 1);
    expect(await lastAudit(clinic.id)).toMatchObject({ action: 'patient.read', patient_id: patientAId, actor_role: 'nurse' });
  });

  it('finds patients by name prefix, "given family", "family, given", MRN and date of birth, audited with who was listed', async () => {
    const search = async (q: string) => (await call('frontDesk', 'GET', `/api/patients?q=${encodeURIComponent(q)}`)).json();
    expect((await search('canary')).patients.map((p: { mrn: string }) => p.mrn)).toEqual(['A-1', 'B-2']);
    expect((await search('ale canary')).patients.map((p: { mrn: string }) => p.mrn)).toEqual(['A-1']);
    expect((await search('Canarytwo, Bl')).patients.map((p: { mrn: string }) => p.mrn)).toEqual(['B-2']);
    expect((await search('b-2')).patients.map((p: { mrn: string }) => p.mrn)).toEqual(['B-2']);
    expect((await search('1987-03-14')).total).toBeGreaterThanOrEqual(2);
    expect((await search('canary_%')).patients).toEqual([]);
    expect(await lastAudit(clinic.id)).toMatchObject({ action: 'patient.search', details: { results: 0, patientIds: '' } });
    const page = (await call('frontDesk', 'GET', '/api/patients?q=canary&limit=1&offset=1')).json();
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 1, patients: [{ mrn: 'B-2' }] });
  });

  it('adds to the problem list (labelling substance-use diagnoses for Part 2), allergies, medications and weights', async () => {
    expect((await call('nurse', 'POST', `/api/patients/${patientAId}/problems`, { icd10Code: 'f14.20', description: 'Cocaine dependence, uncomplicated' })).statusCode).toBe(201);
    expect((await call('nurse', 'POST', `/api/patients/${patientAId}/allergies`, { substance: 'Ketorolac', reaction: 'Wheeze', severity: 'severe' })).statusCode).toBe(201);
    expect((await call('nurse', 'POST', `/api/patients/${patientAId}/medications`, { description: 'Bupropion 150 mg by mouth daily', doseMgPerDay: 150 })).statusCode).toBe(201);
    expect((await call('nurse', 'POST', `/api/patients/${patientAId}/body-measurements`, { heightCm: 172, weightKg: 70.4, measuredAt: '2026-11-20T10:00:00Z' })).statusCode).toBe(201);
    const chart = (await call('nurse', 'GET', `/api/patients/${patientAId}`)).json();
    expect(chart.problems.at(-1)).toMatchObject({ icd10Code: 'F14.20', confidentiality: 'part2' });
    expect(chart.allergies).toEqual([{ id: expect.any(String), substance: 'Ketorolac', reaction: 'Wheeze', severity: 'severe' }]);
    expect(chart.medications).toEqual([{ id: expect.any(String), description: 'Bupropion 150 mg by mouth daily', rxnormCode: null, doseMgPerDay: 150 }]);
    expect(chart.bodyMeasurements).toEqual([{ measuredAt: '2026-11-20T10:00:00.000Z', heightCm: 172, weightKg: 70.4 }]);
  });

  it('catches unit mistakes and bad codes, naming the field', async () => {
    const weight = await call('nurse', 'POST', `/api/patients/${patientAId}/body-measurements`, { weightKg: 1000 });
    expect(weight.statusCode).toBe(400);
    expect(weight.json().errors).toEqual([{ in: 'body', pointer: '/weightKg', detail: 'Too big: expected number to be <=635' }]);
    const code = await call('nurse', 'POST', `/api/patients/${patientAId}/problems`, { icd10Code: '296.32', description: 'DSM-IV code' });
    expect(code.json().errors).toEqual([{ in: 'body', pointer: '/icd10Code', detail: 'Not an ICD-10-CM code such as F33.2' }]);
    expect((await call('frontDesk', 'POST', `/api/patients/${patientAId}/allergies`, { substance: 'Peanut' })).statusCode).toBe(403);
  });

  it('caps the page size and names bad query parameters', async () => {
    const response = await call('frontDesk', 'GET', '/api/patients?limit=1000000');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ in: 'query', pointer: '/limit', detail: 'Too big: expected number to be <=100' }]);
  });

  it('keeps front desk out of the clinical record', async () => {
    expect((await call('frontDesk', 'GET', `/api/patients/${patientAId}`)).statusCode).toBe(403);
  });

  it('updates demographics and archives (never deletes), each audited', async () => {
    const update = await call('nurse', 'PUT', `/api/patients/${patientBId}`, newPatient({ givenName: 'Blake', familyName: 'Canarytwo', pronouns: 'they/them' }));
    expect(update.statusCode).toBe(204);
    expect(await lastAudit(clinic.id)).toMatchObject({ action: 'patient.update', patient_id: patientBId });
    expect((await call('director', 'POST', `/api/patients/${patientBId}/archive`)).statusCode).toBe(204);
    expect((await call('director', 'POST', `/api/patients/${patientBId}/archive`)).statusCode).toBe(404);
    const listed = (await call('frontDesk', 'GET', '/api/patients?q=canary')).json();
    expect(listed.patients.map((p: { mrn: string }) => p.mrn)).toEqual(['A-1']);
    const withArchived = (await call('frontDesk', 'GET', '/api/patients?q=canary&includeArchived=true')).json();
    expect(withArchived.patients.map((p: { mrn: string; archived: boolean }) => [p.mrn, p.archived])).toEqual([
      ['A-1', false],
      ['B-2', true],
    ]);
  });

  describe('IDOR: nothing leaks across patients or organisations', () => {
    it('shows a patient user their own record and answers 404 for anyone else’s', async () => {
      expect((await call('patientA', 'GET', `/api/patients/${patientAId}`)).json().mrn).toBe('A-1');
      const other = await call('patientA', 'GET', `/api/patients/${patientBId}`);
      expect(other.statusCode).toBe(404);
      expect(other.body).not.toContain('Canarytwo');
    });

    it('refuses a patient user every write, and changes nothing', async () => {
      const before = (await queryRows<{ given_name: string }>(database.db, sql`select given_name from patient where id = ${patientAId}`))[0];
      expect((await call('patientA', 'PUT', `/api/patients/${patientAId}`, newPatient({ givenName: 'Hacked' }))).statusCode).toBe(403);
      expect((await call('patientA', 'GET', '/api/patients?q=canary')).statusCode).toBe(403);
      expect((await queryRows<{ given_name: string }>(database.db, sql`select given_name from patient where id = ${patientAId}`))[0]).toEqual(before);
    });

    it("answers 404 to another organisation's nurse, for reads and writes, and their search finds none of ours", async () => {
      const read = await call('foreignNurse', 'GET', `/api/patients/${patientAId}`);
      expect(read.statusCode).toBe(404);
      expect(read.body).not.toContain('Canaryone');
      expect((await call('foreignNurse', 'PUT', `/api/patients/${patientAId}`, newPatient({ givenName: 'Hacked' }))).statusCode).toBe(404);
      const search = (await call('foreignNurse', 'GET', '/api/patients?q=canary')).json();
      expect(search).toMatchObject({ patients: [], total: 0 });
      const [row] = await queryRows<{ given_name: string }>(database.db, sql`select given_name from patient where id = ${patientAId}`);
      expect(row?.given_name).toBe('Alex');
    });

    it('answers 400 for an id that is not a uuid, never 500', async () => {
      const response = await call('nurse', 'GET', '/api/patients/not-a-uuid');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ in: 'params', pointer: '/patientId', detail: 'Not a patient id' }]);
    });
  });

  it('audits a refusal as denied', async () => {
    await call('frontDesk', 'GET', `/api/patients/${patientAId}`);
    expect(await lastAudit(clinic.id)).toMatchObject({ action: 'patient.read', outcome: 'denied', actor_role: 'front-desk' });
  });
});
