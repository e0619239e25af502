import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { queryRows } from '../../../db/database.js';

describe('user administration', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock();
  let adminCookie: string;
  let adminId: string;
  let therapistId: string;
  let therapistCookie: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    const admin = await createTestUser(database.db, clinic, { roles: ['admin'] });
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    adminId = admin.id;
    therapistId = therapist.id;
    adminCookie = await sessionCookieFor(database.db, clinic.id, admin.id, clock.now());
    therapistCookie = await sessionCookieFor(database.db, clinic.id, therapist.id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('lists the users with roles, second-factor status and state', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/users', headers: { cookie: adminCookie } });
    expect(response.json().users).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: therapistId, roles: ['therapist'], mfaEnabled: false, disabled: false, kind: 'staff' })]),
    );
  });

  it('changes roles with immediate effect, and audits the change from and to', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/patients?q=x', headers: { cookie: therapistCookie } })).statusCode).toBe(200);
    const response = await app.inject({ method: 'PUT', url: `/api/users/${therapistId}/roles`, headers: { cookie: adminCookie }, payload: { roles: ['front-desk'] } });
    expect(response.json()).toEqual({ roles: ['front-desk'] });
    const [entry] = await queryRows<{ action: string; details: Record<string, string> }>(database.db, sql`select action, details from audit_event order by seq desc limit 1`);
    expect(entry).toEqual({ action: 'user.roles-changed', details: { from: 'therapist', to: 'front-desk' } });
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: therapistCookie } });
    expect(me.json().user.roles).toEqual(['front-desk']);
  });

  it('keeps an admin from locking themselves out', async () => {
    const roles = await app.inject({ method: 'PUT', url: `/api/users/${adminId}/roles`, headers: { cookie: adminCookie }, payload: { roles: ['nurse'] } });
    expect(roles.statusCode).toBe(409);
    const disable = await app.inject({ method: 'POST', url: `/api/users/${adminId}/disable`, headers: { cookie: adminCookie } });
    expect(disable.statusCode).toBe(409);
  });

  it('names an unknown role', async () => {
    const response = await app.inject({ method: 'PUT', url: `/api/users/${therapistId}/roles`, headers: { cookie: adminCookie }, payload: { roles: ['superuser'] } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ in: 'body', pointer: '/roles/0' });
  });
});
