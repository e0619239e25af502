import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
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
export async function pendingMessages(db: Database, limit: number, maxAttempts: number): Promise<OutboxMessage[]> {
  return db
    .select({ id: outboxMessages.id, recipient: outboxMessages.recipient, subject: outboxMessages.subject, body: outboxMessages.body })
    .from(outboxMessages)
    .where(and(isNull(outboxMessages.sentAt), lt(outboxMessages.attempts, maxAttempts)))
    .orderBy(asc(outboxMessages.createdAt))
    .limit(limit);
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
