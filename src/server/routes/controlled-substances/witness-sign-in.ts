import { verifyPassword } from '../../../domain/auth/password-hashing.js';
import { verifyTotp } from '../../../domain/auth/totp.js';
import { authorize } from '../../../domain/access/permissions.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import type { OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { consumeTotpStep, findUserByEmail } from '../../../db/repos/users-repo.js';
import { actorOf } from '../../plugins/request-auth.js';
import { requireCredentials } from '../../plugins/require-credentials.js';

export interface WitnessCredentials {
  email: string;
  password: string;
  code?: string | undefined;
}

const refused = (detail: string) => new AppError('FORBIDDEN', `The witness could not be confirmed: ${detail}`, [{ in: 'body', pointer: '/witness', detail }]);

/**
 * A witness signs in with their own credentials at the moment of the waste or destruction (their password, and
 * their authenticator code when they use one), on the same screen: no shared session, no signing for someone else.
 * Answers the witness's user id.
 */
export async function confirmWitness(tx: Database, scope: OrganisationScope, credentials: WitnessCredentials, authorUserId: string, locationId: string, now: Date): Promise<string> {
  const user = await findUserByEmail(tx, scope, credentials.email);
  if (!user || user.disabled || user.kind !== 'staff' || !user.passwordHash || !(await verifyPassword(user.passwordHash, credentials.password))) throw refused('wrong e-mail or password');
  if (user.id === authorUserId) throw refused('the witness must be someone other than the person recording');
  if (authorize(actorOf(user), 'stock.handle').kind !== 'allow') throw refused('the witness is not a licensed clinician allowed to handle controlled substances');
  if (user.totpEnabled && user.totpSecret) {
    const result = verifyTotp({ secretBase32: user.totpSecret, code: credentials.code ?? '', now, lastUsedStep: user.totpLastStep });
    if (result.kind !== 'valid' || !(await consumeTotpStep(tx, scope, user.id, result.step))) throw refused('the authenticator code is wrong or already used');
  }
  // A witness is a licensed clinician (SPEC.md §3.4): the clinic's credential rules say which licences count.
  await requireCredentials(tx, scope, 'stock.witness', { userId: user.id, locationId, now, who: 'The witness' });
  return user.id;
}
