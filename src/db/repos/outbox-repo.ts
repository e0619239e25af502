import { and, asc, eq, isNull, lt, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { outboxMessages } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export interface OutboxMessage {
  id: string;
  recipient: string;
  subject: string;
  body: string;
}

export async function enqueueEmail(db: Database, scope: OrganisationScope, message: Omit<OutboxMessage, 'id'>, now: Date): Promise<void> {
  await db.insert(outboxMessages).values({ organisationId: scope.organisationId, channel: 'email', ...message, createdAt: now });
}

/** Undelivered messages, oldest first, that have not failed too often. */
/**
 * The oldest message still to send, locked for the caller's transaction; messages another process holds are
 * skipped (SKIP LOCKED), so several server processes never send the same one twice.
 */
export async function claimNextMessage(tx: Database, maxAttempts: number, exceptIds: readonly string[]): Promise<OutboxMessage | undefined> {
  const [message] = await tx
    .select({ id: outboxMessages.id, recipient: outboxMessages.recipient, subject: outboxMessages.subject, body: outboxMessages.body })
    .from(outboxMessages)
    .where(and(isNull(outboxMessages.sentAt), lt(outboxMessages.attempts, maxAttempts), exceptIds.length > 0 ? notInArray(outboxMessages.id, [...exceptIds]) : undefined))
    .orderBy(asc(outboxMessages.createdAt))
    .limit(1)
    .for('update', { skipLocked: true });
  return message;
}

export async function markDelivered(db: Database, id: string, now: Date): Promise<void> {
  await db.update(outboxMessages).set({ sentAt: now, body: '[delivered]' }).where(eq(outboxMessages.id, id));
}

export async function markFailed(db: Database, id: string, error: string): Promise<void> {
  await db
    .update(outboxMessages)
    .set({ attempts: sql`${outboxMessages.attempts} + 1`, lastError: error.slice(0, 500) })
    .where(eq(outboxMessages.id, id));
}
