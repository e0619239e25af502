import type { Database } from '../src/db/database.js';
import { listUserCredentials } from '../src/db/repos/credentials-repo.js';
import type { OrganisationScope } from '../src/db/repos/organisations-repo.js';
import { assignUserLocations, consumeTotpStep, findUserByEmail, setPassword, setTotpSecret } from '../src/db/repos/users-repo.js';
import type { StaffRole } from '../src/domain/access/roles.js';
import { hashPassword } from '../src/domain/auth/password-hashing.js';
import { generateTotpSecret, totpCodeAt } from '../src/domain/auth/totp.js';
import { giveStandardCredentials } from '../tests/helpers/test-credentials.js';

export const benchPassword = 'synthetic bench passphrase 42';

export interface BenchStaffMember {
  id: string;
  email: string;
  role: StaffRole;
  /** Set for roles that must use a second factor (nurses, prescribers, …), as the test helpers do. */
  totpSecret: string | null;
}

export interface BenchStaff {
  /** Charts, submits measures, draws stock and watches the floor: the measured clinical user. */
  nurse: BenchStaffMember;
  /** Signs in for the sign-in measurement (no second factor) and watches the floor in the latency measurement. */
  frontDesk: BenchStaffMember;
}

const emailOf = (role: StaffRole, location: string) => `${role}-${location}@synthetic.invalid`;

/**
 * The generated staff have no passwords (they would be invited). Gives the bench location's nurse and front desk
 * a password, an authenticator for the nurse, the location, and the nurse's licences and handler authorisation,
 * through the same repo functions the demo and the test helpers use. Safe to run again on a reused database.
 */
export async function prepareBenchStaff(db: Database, scope: OrganisationScope, locationId: string, locationNumber = '001'): Promise<BenchStaff> {
  const now = new Date();
  const passwordHash = await hashPassword(benchPassword);
  const prepare = async (role: StaffRole, withTotp: boolean): Promise<BenchStaffMember> => {
    const email = emailOf(role, locationNumber);
    const user = await findUserByEmail(db, scope, email);
    if (!user) throw new Error(`the synthetic organisation has no ${email}`);
    await setPassword(db, scope, user.id, passwordHash, now);
    await assignUserLocations(db, scope, user.id, [locationId]);
    if (withTotp && !user.totpEnabled) {
      await setTotpSecret(db, scope, user.id, generateTotpSecret());
      await consumeTotpStep(db, scope, user.id, 0, now);
    }
    const fresh = (await findUserByEmail(db, scope, email))!;
    return { id: user.id, email, role, totpSecret: withTotp ? fresh.totpSecret : null };
  };
  const nurse = await prepare('nurse', true);
  const frontDesk = await prepare('front-desk', false);
  if ((await listUserCredentials(db, scope, nurse.id)).length === 0) await giveStandardCredentials(db, scope.organisationId, nurse.id, ['nurse'], now);
  return { nurse, frontDesk };
}

/** Signs in over HTTP as a browser would: password, then (when asked) the authenticator code; answers the session cookie. */
export async function signInOverHttp(baseUrl: string, organisationSlug: string, member: BenchStaffMember): Promise<string> {
  const post = (path: string, body: object, cookie?: string) =>
    fetch(baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  const first = await post('/api/auth/sign-in', { email: member.email, password: benchPassword, organisation: organisationSlug });
  if (!first.ok) throw new Error(`sign-in as ${member.email} failed: ${first.status} ${await first.text()}`);
  const pending = first.headers.get('set-cookie')!.split(';')[0]!;
  const { stage } = (await first.json()) as { stage: string };
  if (stage !== 'mfa') return pending;
  if (!member.totpSecret) throw new Error(`${member.email} is asked for a second factor the bench did not set up`);
  // A code works once: a run started within 30 s of the last one waits for the next code.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const second = await post('/api/auth/second-factor', { code: totpCodeAt(member.totpSecret, new Date()) }, pending);
    if (second.ok) return second.headers.get('set-cookie')!.split(';')[0]!;
    if (attempt === 1 || second.status !== 401) throw new Error(`second factor for ${member.email} failed: ${second.status} ${await second.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 500));
  }
  throw new Error('unreachable');
}
