import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';

const patientX = 'aaaaaaaa-0000-4000-8000-00000000000a';
const patientY = 'aaaaaaaa-0000-4000-8000-00000000000b';

describe('the audit report', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let adminCookie: string;
  let nurseCookie: string;
  const clock = new TestClock(new Date('2026-11-27T08:00:00Z'));

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    const scope = { organisationId: clinic.id };
    const entries: [string, string, string, 'success' | 'denied'][] = [
      ['2026-11-26T09:00:00Z', 'patient.read', patientX, 'success'],
      ['2026-11-26T10:00:00Z', 'patient.update', patientX, 'success'],
      ['2026-11-26T11:00:00Z', 'patient.read', patientY, 'denied'],
      ['2026-11-26T12:00:00Z', 'auth.sign-in', '', 'success'],
    ];
    for (const [at, action, patientId, outcome] of entries) {
      await appendAuditEvent(database.db, scope, { action, outcome, patientId: patientId || null, actor: { userId: patientX, role: action === 'auth.sign-in' ? 'admin' : 'nurse' }, reason: action === 'patient.update' ? '=cmd|calc' : null }, new Date(at));
    }
    const admin = await createTestUser(database.db, clinic, { roles: ['admin'] });
    const nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    adminCookie = await sessionCookieFor(database.db, clinic.id, admin.id, clock.now());
    nurseCookie = await sessionCookieFor(database.db, clinic.id, nurse.id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const report = async (query: string) => {
    const response = await app.inject({ method: 'GET', url: `/api/audit?${query}`, headers: { cookie: adminCookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { entries: { seq: number; action: string; patientId: string | null; outcome: string }[]; total: number };
  };

  it('filters by patient, action and time range', async () => {
    expect((await report(`patientId=${patientX}`)).entries.map((entry) => entry.action)).toEqual(['patient.update', 'patient.read']);
    expect((await report('action=patient.read&order=asc')).entries.map((entry) => entry.patientId)).toEqual([patientX, patientY]);
    const window = await report(`from=${encodeURIComponent('2026-11-26T10:00:00Z')}&to=${encodeURIComponent('2026-11-26T12:00:00Z')}&order=asc`);
    expect(window.entries.map((entry) => entry.seq)).toEqual([2, 3]);
  });

  it.each([
    ['occurredAt', 'asc', [1, 2, 3, 4]],
    ['occurredAt', 'desc', [4, 3, 2, 1]],
    ['action', 'asc', [4, 1, 3, 2]],
    ['outcome', 'asc', [3, 1, 2, 4]],
    ['actorRole', 'desc', [3, 2, 1, 4]], // ties keep the chosen order on seq
  ])('sorts by %s %s', async (sort, order, seqs) => {
    const { entries } = await report(`sort=${sort}&order=${order}&to=${encodeURIComponent('2026-11-27T00:00:00Z')}`);
    expect(entries.map((entry) => entry.seq)).toEqual(seqs);
  });

  it('exports CSV that a spreadsheet cannot run as a formula', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/audit/csv?patientId=${patientX}&order=asc&to=${encodeURIComponent('2026-11-27T00:00:00Z')}`, headers: { cookie: adminCookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('seq,occurredAt,actorUserId,actorRole,action,entityType,entityId,patientId,requestId,sourceIp,outcome,breakGlass,reason');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(",'=cmd|calc");
  });

  it('records each reading of the report, and refuses a nurse', async () => {
    const { entries } = await report('action=audit.read');
    expect(entries.length).toBeGreaterThan(0);
    expect((await app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: nurseCookie } })).statusCode).toBe(403);
  });

  it('names a bad sort field', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/audit?sort=password_hash', headers: { cookie: adminCookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ in: 'query', pointer: '/sort' });
  });
});
