import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { StaffRole } from '../../src/domain/access/roles.js';
import { hashPassword } from '../../src/domain/auth/password-hashing.js';
import { generateTotpSecret, totpCodeAt } from '../../src/domain/auth/totp.js';
import type { Database } from '../../src/db/database.js';
import type { OrganisationRow } from '../../src/db/repos/organisations-repo.js';
import { consumeTotpStep, insertUser, setTotpSecret } from '../../src/db/repos/users-repo.js';
import type { TestClock } from './test-app.js';
import { giveStandardCredentials } from './test-credentials.js';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  totpSecret: string | null;
  organisation: OrganisationRow;
}

const testPassword = 'synthetic test passphrase 42';
let passwordHash: Promise<string> | undefined;

/** A user with a known password; staff in MFA-required roles get an authenticator already set up. */
export async function createTestUser(
  db: Database,
  organisation: OrganisationRow,
  /** `credentials: false` leaves a staff member without the licences, certifications and handler roster their roles would come with. */
  options: { roles?: StaffRole[]; patientId?: string; withTotp?: boolean; credentials?: boolean } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(testPassword);
  const email = `user-${randomBytes(4).toString('hex')}@example.test`;
  const scope = { organisationId: organisation.id };
  const id = await insertUser(
    db,
    scope,
    {
      email,
      displayName: `Test ${options.patientId ? 'Patient' : (options.roles ?? []).join(' ')} User`,
      kind: options.patientId ? 'patient' : 'staff',
      patientId: options.patientId ?? null,
      roles: options.roles ?? [],
      passwordHash: await passwordHash,
    },
    new Date(),
  );
  let totpSecret: string | null = null;
  if (options.withTotp ?? (options.roles ?? []).some((role) => ['admin', 'medical-director', 'prescriber', 'nurse'].includes(role))) {
    totpSecret = generateTotpSecret();
    await setTotpSecret(db, scope, id, totpSecret);
    await consumeTotpStep(db, scope, id, 0, new Date());
  }
  if (!options.patientId && options.credentials !== false) await giveStandardCredentials(db, organisation.id, id, options.roles ?? [], new Date());
  return { id, email, password: testPassword, totpSecret, organisation };
}

export const cookieOf = (setCookie: string | string[] | undefined): string => {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  if (!header) throw new Error('no Set-Cookie in the response');
  return header.split(';')[0]!;
};

/** Signs in through the API, second factor included; answers the session cookie. Advances the clock one TOTP step. */
export async function signIn(app: FastifyInstance, user: TestUser, clock: TestClock): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: user.email, password: user.password, organisation: user.organisation.slug },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  let cookie = cookieOf(response.headers['set-cookie']);
  if (response.json().stage === 'mfa') {
    clock.advance(30_000);
    const second = await app.inject({ method: 'POST', url: '/api/auth/second-factor', headers: { cookie }, payload: { code: totpCodeAt(user.totpSecret!, clock.now()) } });
    if (second.statusCode !== 200) throw new Error(`second factor failed: ${second.statusCode} ${second.body}`);
    cookie = cookieOf(second.headers['set-cookie']);
  }
  return cookie;
}
