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

const demographics = { givenName: 'Audit', familyName: 'Completeness', dateOfBirth: '1975-07-07', sexAtBirth: 'male' };

interface AuditRow {
  action: string;
  outcome: string;
  actor_user_id: string | null;
  actor_role: string | null;
  patient_id: string | null;
  request_id: string | null;
  source_ip: string | null;
  occurred_at: string | Date;
}

// SECURITY.md T11: every route that touches patient data writes exactly one complete entry, and none when it
// cannot: an audit entry that fails to be written fails the request and leaves the data untouched.
describe('audit completeness for patient data', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let organisationId: string;
  let cookie: string;
  let userId: string;
  let patientId: string;
  const clock = new TestClock();

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    organisationId = clinic.id;
    const director = await createTestUser(database.db, clinic, { roles: ['medical-director'] });
    userId = director.id;
    cookie = await sessionCookieFor(database.db, clinic.id, director.id, clock.now());
    patientId = (await insertPatient(database.db, { organisationId }, demographics as never, clock.now()))!.id;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const entriesAfter = async (seq: number) =>
    queryRows<AuditRow & { seq: string }>(
      database.db,
      sql`select seq, action, outcome, actor_user_id, actor_role, patient_id, request_id, source_ip, occurred_at from audit_event where organisation_id = ${organisationId} and seq > ${seq} order by seq`,
    );
  const lastSeq = async () => Number((await queryRows<{ seq: string | null }>(database.db, sql`select max(seq) as seq from audit_event where organisation_id = ${organisationId}`))[0]?.seq ?? 0);

  type Case = [action: string, method: 'GET' | 'POST' | 'PUT', url: () => string, payload: object | undefined, namesPatient: boolean];
  it.each<Case>([
    ['patient.search', 'GET', () => `/api/patients?q=audit`, undefined, false],
    ['patient.create', 'POST', () => '/api/patients', { ...demographics, givenName: 'Second' }, true],
    ['patient.read', 'GET', () => `/api/patients/${patientId}`, undefined, true],
    ['patient.update', 'PUT', () => `/api/patients/${patientId}`, { ...demographics, pronouns: 'he/him' }, true],
    ['patient.problems.add', 'POST', () => `/api/patients/${patientId}/problems`, { icd10Code: 'f10.20', description: 'Alcohol dependence, uncomplicated' }, true],
    ['patient.allergies.add', 'POST', () => `/api/patients/${patientId}/allergies`, { substance: 'Latex', severity: 'mild' }, true],
    ['patient.medications.add', 'POST', () => `/api/patients/${patientId}/medications`, { description: 'Sertraline 50 mg daily', rxnormCode: '312940' }, true],
    ['patient.body-measurements.add', 'POST', () => `/api/patients/${patientId}/body-measurements`, { weightKg: 81.5 }, true],
    ['patient.break-glass', 'POST', () => `/api/patients/${patientId}/break-glass`, { reason: 'testing the audit of emergency access' }, true],
    ['patient.archive', 'POST', () => `/api/patients/${patientId}/archive`, undefined, true],
  ])('%s writes exactly one complete entry', async (action, method, url, payload, namesPatient) => {
    const before = await lastSeq();
    const response = await app.inject({ method, url: url(), headers: { cookie, 'x-request-id': `completeness-${action}` }, ...(payload ? { payload } : {}) });
    expect(response.statusCode, response.body).toBeLessThan(300);
    const entries = await entriesAfter(before);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action, outcome: 'success', actor_user_id: userId, actor_role: 'medical-director', request_id: `completeness-${action}`, source_ip: '127.0.0.1' });
    expect(new Date(entries[0]!.occurred_at).toISOString()).toBe(clock.now().toISOString());
    if (namesPatient) expect(entries[0]!.patient_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('fails the request and keeps the data unchanged when the audit entry cannot be written', async () => {
    await database.db.execute(sql`
      create function refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit store unavailable'; end $$`);
    await database.db.execute(sql`create trigger refuse_audit before insert on audit_event for each row execute function refuse_audit()`);
    try {
      const countPatients = async () => (await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from patient`))[0]!.count;
      const before = await countPatients();
      const create = await app.inject({ method: 'POST', url: '/api/patients', headers: { cookie }, payload: { ...demographics, givenName: 'Unaudited' } });
      expect(create.statusCode).toBe(500);
      expect(await countPatients()).toBe(before);
      const read = await app.inject({ method: 'GET', url: `/api/patients/${patientId}`, headers: { cookie } });
      expect(read.statusCode).toBe(500);
      expect(read.body).not.toContain('Completeness');
    } finally {
      await database.db.execute(sql`drop trigger refuse_audit on audit_event`);
    }
  });
});
