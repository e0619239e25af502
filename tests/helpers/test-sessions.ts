import type { Database } from '../../src/db/database.js';
import { generateSecretToken, hashSecretToken } from '../../src/domain/auth/secret-tokens.js';
import { insertSession } from '../../src/db/repos/sessions-repo.js';
import { sessionCookieName } from '../../src/server/plugins/authentication.js';

/** A signed-in session straight in the database, for tests about what a session may do, not how it was won. */
export async function sessionCookieFor(db: Database, organisationId: string, userId: string, now: Date): Promise<string> {
  const token = generateSecretToken();
  await insertSession(db, { organisationId }, { userId, tokenHash: hashSecretToken(token), stage: 'active' }, now);
  return `${sessionCookieName}=${token}`;
}
