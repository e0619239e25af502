import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { queryRows } from '../../../db/database.js';
import type { OrganisationRow } from '../../../db/repos/organisations-repo.js';
import type { Mail } from '../../outbox/mailer.js';

const tokenIn = (mail: Mail | undefined) => /#token=([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1] ?? '';

describe('invitations and password resets', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let clinic: OrganisationRow;
  const sentMail: Mail[] = [];
  const clock = new TestClock();
  let admin: Awaited<ReturnType<typeof createTestUser>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock, sentMail });
    clinic = await createTestClinic(database.db);
    admin = await createTestUser(database.db, clinic, { roles: ['admin'] });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const invite = async (email: string) =>
    app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: await sessionCookieFor(database.db, clinic.id, admin.id, clock.now()) },
      payload: { email, displayName: 'Invited Demo Nurse', roles: ['nurse'] },
    });
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });

  it('invites by e-mail with a single-use link, refuses a weak password, then lets the person sign in', async () => {
    const response = await invite('invited.nurse@example.test');
    expect(response.statusCode).toBe(201);
    const mail = sentMail.at(-1);
    expect(mail).toMatchObject({ to: 'invited.nurse@example.test', subject: 'Your Ketaclinic account' });
    expect(mail?.body).toContain('http://clinic.test/accept-invitation#token=');
    const [stored] = await queryRows<{ body: string; sent_at: Date | null }>(database.db, sql`select body, sent_at from outbox_message order by created_at desc limit 1`);
    expect(stored).toMatchObject({ body: '[delivered]' });
    const token = tokenIn(mail);

    const weak = await post('/api/auth/invitation/accept', { token, password: 'password1234' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([{ in: 'body', pointer: '/password', detail: expect.stringContaining('common') }]);

    expect((await post('/api/auth/invitation/accept', { token, password: 'a quiet morning in sampleton' })).statusCode).toBe(204);
    expect((await post('/api/auth/invitation/accept', { token, password: 'a quiet morning in sampleton' })).statusCode).toBe(404);

    const signIn = await post('/api/auth/sign-in', { email: 'invited.nurse@example.test', password: 'a quiet morning in sampleton', organisation: clinic.slug });
    expect(signIn.json()).toEqual({ stage: 'mfa-enrolment' });
  });

  it('lets an invitation expire after 72 hours', async () => {
    await invite('late.nurse@example.test');
    const token = tokenIn(sentMail.at(-1));
    clock.advance(72 * 3_600_000 + 1000);
    const response = await post('/api/auth/invitation/accept', { token, password: 'a quiet morning in sampleton' });
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toBe('This link is not valid any more: it was used already or it expired. Ask for a new one.');
  });

  it('refuses a second account with the same e-mail, in any letter case', async () => {
    const response = await invite('INVITED.NURSE@example.test');
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ in: 'body', pointer: '/email', detail: 'Already in use' }]);
  });

  it('answers a reset request the same way for unknown and known addresses, and mails only the known', async () => {
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    const before = sentMail.length;
    const unknown = await post('/api/auth/password-reset', { email: 'nobody@example.test', organisation: clinic.slug });
    expect(sentMail.length).toBe(before);
    const known = await post('/api/auth/password-reset', { email: therapist.email, organisation: clinic.slug });
    expect(sentMail.length).toBe(before + 1);
    expect([unknown.statusCode, known.statusCode]).toEqual([202, 202]);
    expect(unknown.json()).toEqual(known.json());
  });

  it('resets a password with the link: every session ends, the old password stops working', async () => {
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    const cookie = await sessionCookieFor(database.db, clinic.id, therapist.id, clock.now());
    await post('/api/auth/password-reset', { email: therapist.email, organisation: clinic.slug });
    const token = tokenIn(sentMail.at(-1));
    expect((await post('/api/auth/password-reset/complete', { token, password: 'another calm evening by the river' })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await post('/api/auth/sign-in', { email: therapist.email, password: therapist.password, organisation: clinic.slug })).statusCode).toBe(401);
    expect((await post('/api/auth/sign-in', { email: therapist.email, password: 'another calm evening by the river', organisation: clinic.slug })).statusCode).toBe(200);
  });

  it('invites a patient to the portal, where they then see only their own record', async () => {
    const nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    const nurseCookie = await sessionCookieFor(database.db, clinic.id, nurse.id, clock.now());
    const created = await app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: { cookie: nurseCookie },
      payload: { givenName: 'Portal', familyName: 'Demotest', dateOfBirth: '1990-09-09', sexAtBirth: 'female', email: 'portal.patient@example.test' },
    });
    const patientId = created.json().id;
    const invited = await app.inject({ method: 'POST', url: `/api/patients/${patientId}/portal-invitation`, headers: { cookie: nurseCookie } });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toEqual({ userId: expect.any(String), email: 'portal.patient@example.test' });
    expect((await post('/api/auth/invitation/accept', { token: tokenIn(sentMail.at(-1)), password: 'my own quiet garden path' })).statusCode).toBe(204);
    const signIn = await post('/api/auth/sign-in', { email: 'portal.patient@example.test', password: 'my own quiet garden path', organisation: clinic.slug });
    expect(signIn.json()).toEqual({ stage: 'active' });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json();
    expect(me.user).toMatchObject({ kind: 'patient', patientId });
    expect((await app.inject({ method: 'GET', url: `/api/patients/${patientId}`, headers: { cookie } })).statusCode).toBe(200);
    const again = await app.inject({ method: 'POST', url: `/api/patients/${patientId}/portal-invitation`, headers: { cookie: nurseCookie } });
    expect(again.statusCode).toBe(409);
  });

  it('lets a reset link expire after an hour', async () => {
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    await post('/api/auth/password-reset', { email: therapist.email, organisation: clinic.slug });
    const token = tokenIn(sentMail.at(-1));
    clock.advance(3_600_000 + 1000);
    expect((await post('/api/auth/password-reset/complete', { token, password: 'another calm evening by the river' })).statusCode).toBe(404);
  });
});
