import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { type TestUser, cookieOf, createTestUser, signIn } from '../../../../tests/helpers/test-users.js';
import { totpCodeAt } from '../../../domain/auth/totp.js';
import type { OrganisationRow } from '../../../db/repos/organisations-repo.js';

const minutes = (n: number) => n * 60_000;

describe('authentication', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let clinic: OrganisationRow;
  const clock = new TestClock();

  beforeAll(async () => {
    database = await createTestDatabase();
    clinic = await createTestClinic(database.db);
    app = await createTestApp(database, { clock });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const signInRequest = (user: Pick<TestUser, 'email' | 'password'>, password = user.password) =>
    app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password, organisation: clinic.slug } });
  const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

  it('asks a nurse for the second factor and only then opens a full session with a new token', async () => {
    const nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    const first = await signInRequest(nurse);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ stage: 'mfa' });
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const pending = cookieOf(first.headers['set-cookie']);

    const tooEarly = await app.inject({ method: 'GET', url: '/api/patients', headers: { cookie: pending } });
    expect(tooEarly.statusCode).toBe(401);
    expect(tooEarly.json().detail).toBe('Finish signing in with your second factor.');

    clock.advance(30_000);
    const second = await app.inject({ method: 'POST', url: '/api/auth/second-factor', headers: { cookie: pending }, payload: { code: totpCodeAt(nurse.totpSecret!, clock.now()) } });
    expect(second.statusCode).toBe(200);
    const active = cookieOf(second.headers['set-cookie']);
    expect(active).not.toBe(pending);
    expect((await me(pending)).statusCode).toBe(401);

    const profile = await me(active);
    expect(profile.statusCode).toBe(200);
    expect(profile.headers['cache-control']).toBe('no-store');
    expect(profile.json()).toMatchObject({ user: { id: nurse.id, kind: 'staff', roles: ['nurse'], mfaEnabled: true }, session: { idleMinutes: 15, absoluteHours: 12 } });
    expect(profile.json().permissions).toContain('patient.read');
  });

  it('refuses a TOTP code used once already', async () => {
    const nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    clock.advance(30_000);
    const code = totpCodeAt(nurse.totpSecret!, clock.now());
    const attempt = async () => {
      const pending = cookieOf((await signInRequest(nurse)).headers['set-cookie']);
      return app.inject({ method: 'POST', url: '/api/auth/second-factor', headers: { cookie: pending }, payload: { code } });
    };
    expect((await attempt()).statusCode).toBe(200);
    const replay = await attempt();
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toBe('That code is not valid. Codes work once; wait for the next one.');
  });

  it('answers an unknown address exactly as a wrong password', async () => {
    const known = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    const wrong = await signInRequest(known, 'not the right passphrase');
    const unknown = await signInRequest({ email: 'nobody-here@example.test', password: 'not the right passphrase' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const { requestId: _a, ...wrongBody } = wrong.json();
    const { requestId: _b, ...unknownBody } = unknown.json();
    expect(unknownBody).toEqual(wrongBody);
    expect(wrongBody.detail).toBe('The e-mail address or password is incorrect.');
  });

  it('backs off after 5 failures with 429 and Retry-After, even for the right password, and for that account only', async () => {
    const target = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    const bystander = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    for (let attempt = 1; attempt <= 5; attempt += 1) expect((await signInRequest(target, `wrong passphrase ${attempt}`)).statusCode).toBe(401);
    expect((await signInRequest(target, 'wrong passphrase 6')).statusCode).toBe(401);
    const locked = await signInRequest(target);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('30');
    expect(locked.json()).toMatchObject({ code: 'RATE_LIMITED', detail: 'Too many unsuccessful attempts. Try again in 30 seconds.' });
    expect((await signInRequest(bystander)).statusCode).toBe(200);
    clock.advance(31_000);
    expect((await signInRequest(target)).statusCode).toBe(200);
  });

  it('ends a staff session after 15 idle minutes, not before', async () => {
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    const cookie = await signIn(app, therapist, clock);
    clock.advance(minutes(15));
    expect((await me(cookie)).statusCode).toBe(200);
    clock.advance(minutes(15) + 1000);
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toBe('Your session ended after 15 minutes without activity. Sign in again.');
    clock.advance(-minutes(15) - 1000); // the session stays ended even if the clock could go back
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends even a busy session after 12 hours', async () => {
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    const cookie = await signIn(app, therapist, clock);
    for (let elapsed = 0; elapsed < 12 * 60; elapsed += 10) {
      clock.advance(minutes(10));
      const response = await me(cookie);
      if (elapsed + 10 <= 12 * 60) expect(response.statusCode, `at ${elapsed + 10} min`).toBe(200);
    }
    clock.advance(minutes(1));
    expect((await me(cookie)).json().detail).toBe('Your session reached its 12-hour limit. Sign in again.');
  });

  it('signs out: the old cookie no longer works', async () => {
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    const cookie = await signIn(app, therapist, clock);
    expect((await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie } })).statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends every session of an account when an admin disables it', async () => {
    const admin = await createTestUser(database.db, clinic, { roles: ['admin'] });
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    const [one, two] = [await signIn(app, therapist, clock), await signIn(app, therapist, clock)];
    const adminCookie = await signIn(app, admin, clock);
    const disabled = await app.inject({ method: 'POST', url: `/api/users/${therapist.id}/disable`, headers: { cookie: adminCookie } });
    expect(disabled.json()).toEqual({ sessionsEnded: 2 });
    expect((await me(one)).statusCode).toBe(401);
    expect((await me(two)).statusCode).toBe(401);
    expect((await signInRequest(therapist)).statusCode).toBe(401);
  });

  it('makes a nurse without an authenticator set one up, answers recovery codes once, and accepts each code once', async () => {
    const nurse = await createTestUser(database.db, clinic, { roles: ['nurse'], withTotp: false });
    const first = await signInRequest(nurse);
    expect(first.json()).toEqual({ stage: 'mfa-enrolment' });
    const pending = cookieOf(first.headers['set-cookie']);
    expect((await me(pending)).statusCode).toBe(401);

    const enrolment = await app.inject({ method: 'POST', url: '/api/auth/mfa/enrolment', headers: { cookie: pending } });
    expect(enrolment.statusCode).toBe(200);
    const { secretBase32, otpauthUri } = enrolment.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Ketaclinic:.+secret=/);
    clock.advance(30_000);
    const confirmed = await app.inject({ method: 'POST', url: '/api/auth/mfa/enrolment/confirm', headers: { cookie: pending }, payload: { code: totpCodeAt(secretBase32, clock.now()) } });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json();
    expect(recoveryCodes).toHaveLength(10);
    expect((await me(cookieOf(confirmed.headers['set-cookie']))).statusCode).toBe(200);

    const withRecoveryCode = async () => {
      const cookie = cookieOf((await signInRequest(nurse)).headers['set-cookie']);
      return app.inject({ method: 'POST', url: '/api/auth/second-factor', headers: { cookie }, payload: { recoveryCode: recoveryCodes[0].toUpperCase() } });
    };
    expect((await withRecoveryCode()).statusCode).toBe(200);
    expect((await withRecoveryCode()).statusCode).toBe(401);
  });

  it('lets a therapist (MFA optional) in with a password alone', async () => {
    const therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    expect((await signInRequest(therapist)).json()).toEqual({ stage: 'active' });
  });

  it('names the missing field of a sign-in', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'x@example.test' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ in: 'body', pointer: '/password', detail: 'Invalid input: expected string, received undefined' }]);
  });
});
