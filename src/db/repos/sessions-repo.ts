import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { authSessions, breakGlassGrants, users } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';
import { toUserRecord, type UserRecord, userColumns } from './users-repo.js';

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

export interface SessionWithUser {
  session: SessionRecord;
  /** Undefined when the account is gone. */
  user: UserRecord | undefined;
  /** The user's unexpired emergency-access grants, newest first. */
  breakGlass: { patientId: string; reason: string }[];
}

/**
 * A live session with its user (roles, locations) and the user's break-glass grants in one statement: every
 * signed-in request asks, so one round trip instead of three.
 */
export async function findLiveSessionWithUser(db: Database, tokenHash: string, now: Date): Promise<SessionWithUser | undefined> {
  const [row] = await db
    .select({
      session: { id: authSessions.id, organisationId: authSessions.organisationId, userId: authSessions.userId, stage: authSessions.stage, createdAt: authSessions.createdAt, lastSeenAt: authSessions.lastSeenAt },
      user: userColumns,
      breakGlass: sql<{ patientId: string; reason: string }[]>`coalesce((select json_agg(json_build_object('patientId', ${breakGlassGrants.patientId}, 'reason', ${breakGlassGrants.reason}) order by ${breakGlassGrants.grantedAt} desc)
        from ${breakGlassGrants} where ${breakGlassGrants.organisationId} = ${authSessions.organisationId} and ${breakGlassGrants.userId} = ${authSessions.userId}
          and ${breakGlassGrants.expiresAt} > ${now.toISOString()}::timestamptz), '[]'::json)`,
    })
    .from(authSessions)
    .leftJoin(users, and(eq(users.id, authSessions.userId), eq(users.organisationId, authSessions.organisationId)))
    .where(and(eq(authSessions.tokenHash, tokenHash), isNull(authSessions.endedAt)));
  if (!row) return undefined;
  return { session: { ...row.session, stage: row.session.stage as SessionStage }, user: row.user ? toUserRecord(row.user) : undefined, breakGlass: row.breakGlass };
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
