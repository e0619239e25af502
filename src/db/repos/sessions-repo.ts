import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../database.js';
import { authSessions } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export type SessionStage = 'mfa' | 'mfa-enrolment' | 'active';

export interface SessionRecord {
  id: string;
  organisationId: string;
  userId: string;
  stage: SessionStage;
  createdAt: Date;
  lastSeenAt: Date;
}

export async function insertSession(
  db: Database,
  scope: OrganisationScope,
  input: { userId: string; tokenHash: string; stage: SessionStage },
  now: Date,
): Promise<string> {
  const [row] = await db
    .insert(authSessions)
    .values({ organisationId: scope.organisationId, userId: input.userId, tokenHash: input.tokenHash, stage: input.stage, createdAt: now, lastSeenAt: now })
    .returning({ id: authSessions.id });
  return row!.id;
}

/** A live (not ended) session by the hash of its token; the token alone identifies the organisation. */
export async function findLiveSession(db: Database, tokenHash: string): Promise<SessionRecord | undefined> {
  const [row] = await db
    .select({
      id: authSessions.id,
      organisationId: authSessions.organisationId,
      userId: authSessions.userId,
      stage: authSessions.stage,
      createdAt: authSessions.createdAt,
      lastSeenAt: authSessions.lastSeenAt,
    })
    .from(authSessions)
    .where(and(eq(authSessions.tokenHash, tokenHash), isNull(authSessions.endedAt)));
  return row ? { ...row, stage: row.stage as SessionStage } : undefined;
}

export async function touchSession(db: Database, sessionId: string, now: Date): Promise<void> {
  await db.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, sessionId));
}

export async function endSession(db: Database, sessionId: string, reason: string, now: Date): Promise<void> {
  await db
    .update(authSessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.endedAt)));
}

/** Ends every live session of a user at once (sign-out everywhere, account disabled, password changed). */
export async function endAllSessions(db: Database, scope: OrganisationScope, userId: string, reason: string, now: Date): Promise<number> {
  const ended = await db
    .update(authSessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(authSessions.organisationId, scope.organisationId), eq(authSessions.userId, userId), isNull(authSessions.endedAt)))
    .returning({ id: authSessions.id });
  return ended.length;
}
