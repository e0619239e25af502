import { authorize } from '../../domain/access/permissions.js';
import { type ExpiryBand, expiryBand, expiryHorizonDays } from '../../domain/credentials/expiry-band.js';
import type { Database } from '../../db/database.js';
import { appendAuditEvent } from '../../db/repos/audit-repo.js';
import { listCredentialsToRemind, recordCredentialReminder } from '../../db/repos/credentials-repo.js';
import { enqueueEmail } from '../../db/repos/outbox-repo.js';
import { listUsers, type UserRecord } from '../../db/repos/users-repo.js';

const dayMs = 24 * 60 * 60 * 1000;

const kindWords: Record<string, string> = {
  licence: 'licence',
  npi: 'NPI',
  'dea-registration': 'DEA registration',
  'board-certification': 'board certification',
  'life-support': 'certification',
  training: 'training',
};

const when = (band: ExpiryBand, expiresAt: Date) => (band === 'expired' ? `expired on ${expiresAt.toISOString().slice(0, 10)}` : `expires on ${expiresAt.toISOString().slice(0, 10)}, within ${band} days`);

/**
 * Once per credential per threshold (90, 60 and 30 days ahead, and expired), e-mails the staff member and everyone
 * who manages credentials. The threshold is the one the credential is in now: one first seen 20 days ahead is
 * reminded at 30 and at expiry only. A renewal (a new expiry) starts again. Answers how many credentials were reminded.
 */
export async function remindExpiringCredentials(db: Database, now: Date, publicUrl: string): Promise<number> {
  return db.transaction(async (tx) => {
    const candidates = await listCredentialsToRemind(tx, new Date(now.getTime() + expiryHorizonDays * dayMs));
    const managers = new Map<string, UserRecord[]>();
    let reminded = 0;
    for (const credential of candidates) {
      const band = expiryBand(credential.expiresAt, now);
      if (!band || !credential.expiresAt) continue;
      const scope = { organisationId: credential.organisationId };
      if (!(await recordCredentialReminder(tx, scope, { credentialId: credential.credentialId, threshold: band, expiresAt: credential.expiresAt }, now))) continue;
      if (!managers.has(scope.organisationId)) {
        const staff = (await listUsers(tx, scope)).filter((user) => !user.disabled && user.kind === 'staff');
        managers.set(scope.organisationId, staff.filter((user) => authorize({ kind: 'staff', userId: user.id, organisationId: user.organisationId, roles: user.roles }, 'credential.manage').kind === 'allow'));
      }
      const what = `${credential.type} ${kindWords[credential.kind] ?? 'credential'}`;
      const link = `${publicUrl}/users/${credential.userId}/credentials`;
      await enqueueEmail(
        tx,
        scope,
        {
          recipient: credential.email,
          subject: band === 'expired' ? `Your ${what} has expired` : `Your ${what} expires within ${band} days`,
          body: `Hello ${credential.displayName},\n\nYour ${what} ${when(band, credential.expiresAt)}. Until a renewed one is on file, the actions that need it are refused. Please send the renewal to the clinic's credential manager:\n${link}\n`,
        },
        now,
      );
      const others = managers.get(scope.organisationId)!.filter((manager) => manager.id !== credential.userId);
      for (const manager of others) {
        await enqueueEmail(
          tx,
          scope,
          {
            recipient: manager.email,
            subject: band === 'expired' ? `A staff ${what} has expired` : `A staff ${what} expires within ${band} days`,
            body: `Hello ${manager.displayName},\n\n${credential.displayName}'s ${what} ${when(band, credential.expiresAt)}.\n${link}\n`,
          },
          now,
        );
      }
      await appendAuditEvent(tx, scope, { action: 'credential.reminded', outcome: 'success', entity: { type: 'staff-credential', id: credential.credentialId }, details: { threshold: band, notified: others.length + 1 } }, now);
      reminded += 1;
    }
    return reminded;
  });
}
