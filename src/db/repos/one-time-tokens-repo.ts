import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../database.js';
import { oneTimeTokens } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export type OneTimeTokenPurpose = 'invitation' | 'password-reset';

export async function insertOneTimeToken(
  db: Database,
  scope: OrganisationScope,
  input: { userId: string; purpose: OneTimeTokenPurpose; tokenHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(oneTimeTokens).values({ organisationId: scope.organisationId, ...input });
}

/**
 * Uses a token once: answers its user and organisation, or undefined when the token is unknown, expired, already
 * used or for another purpose. The conditional UPDATE makes two simultaneous uses impossible.
 */
export async function consumeOneTimeToken(
  db: Database,
  tokenHash: string,
  purpose: OneTimeTokenPurpose,
  now: Date,
): Promise<{ userId: string; organisationId: string } | undefined> {
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.tokenHash, tokenHash), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, now)))
    .returning({ userId: oneTimeTokens.userId, organisationId: oneTimeTokens.organisationId });
  return row;
}
