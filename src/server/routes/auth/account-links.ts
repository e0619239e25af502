import type { Database } from '../../../db/database.js';
import { insertOneTimeToken, type OneTimeTokenPurpose } from '../../../db/repos/one-time-tokens-repo.js';
import { enqueueEmail } from '../../../db/repos/outbox-repo.js';
import { generateSecretToken, hashSecretToken } from '../../../domain/auth/secret-tokens.js';

// An invitation waits for someone to come back to it; a reset link is for now (OWASP Forgot Password Cheat Sheet).
export const linkLifetimeHours: Record<OneTimeTokenPurpose, number> = { invitation: 72, 'password-reset': 1 };

const pagePaths: Record<OneTimeTokenPurpose, string> = { invitation: '/accept-invitation', 'password-reset': '/reset-password' };

/** Creates a single-use link for the user and puts the e-mail carrying it in the outbox, in the caller's transaction. */
export async function sendAccountLink(
  tx: Database,
  input: { organisationId: string; userId: string; email: string; displayName: string; purpose: OneTimeTokenPurpose; publicUrl: string; now: Date },
): Promise<void> {
  const token = generateSecretToken();
  const hours = linkLifetimeHours[input.purpose];
  const scope = { organisationId: input.organisationId };
  await insertOneTimeToken(tx, scope, {
    userId: input.userId,
    purpose: input.purpose,
    tokenHash: hashSecretToken(token),
    createdAt: input.now,
    expiresAt: new Date(input.now.getTime() + hours * 3_600_000),
  });
  const link = `${input.publicUrl}${pagePaths[input.purpose]}#token=${token}`;
  const [subject, opening] =
    input.purpose === 'invitation'
      ? ['Your Ketaclinic account', `You have been invited to Ketaclinic. Choose your password here within ${hours} hours:`]
      : ['Reset your Ketaclinic password', `Someone asked to reset the password of this account. If it was you, choose a new one here within ${hours} hour:`];
  const closing = input.purpose === 'invitation' ? 'The link works once.' : 'The link works once. If you did not ask, ignore this message: your password stays as it is.';
  await enqueueEmail(tx, scope, { recipient: input.email, subject, body: `Hello ${input.displayName},\n\n${opening}\n${link}\n\n${closing}\n` }, input.now);
}
