import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../domain/access/permissions.js';
import { hashSecretToken } from '../../domain/auth/secret-tokens.js';
import { defaultPatientSessionLimits, evaluateSession, type SessionLimits } from '../../domain/auth/session-policy.js';
import { AppError } from '../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../db/repos/audit-repo.js';
import { endSession, findLiveSessionWithUser, touchSession } from '../../db/repos/sessions-repo.js';
import type { UserRecord } from '../../db/repos/users-repo.js';
import type { AppDeps } from '../app-deps.js';
import { actorOf, auditContext, auditRole } from './request-auth.js';
import type { RouteAccess } from './route-access.js';

export const sessionCookieName = 'ketaclinic_session';

export function sessionLimitsFor(user: Pick<UserRecord, 'kind'>, deps: AppDeps): SessionLimits {
  return user.kind === 'patient'
    ? { ...defaultPatientSessionLimits, absoluteHours: deps.config.session.absoluteHours }
    : deps.config.session;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: '/' });
}

const unauthenticated = (detail: string) => new AppError('UNAUTHENTICATED', detail);

// Recording activity is a write (a commit, an fsync) on every request; once per 15 s is enough. The idle
// limit may then end a session up to 15 s early, never late.
const touchIntervalMs = 15_000;

/**
 * Resolves the session behind the cookie and enforces each route's declared access on arrival, before the body is even
 * parsed, so a caller without access learns nothing of a route's input rules.
 * Expired, ended or disabled sessions answer 401; a permission the caller's roles lack answers 403 and is audited.
 */
export function registerAuthentication(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request, reply) => {
    const access: RouteAccess | undefined = request.routeOptions.config.access;
    if (!access || access.kind === 'public') return;
    const token = request.cookies[sessionCookieName];
    if (!token) throw unauthenticated('Sign in to continue.');
    const { db } = deps.database;
    const now = deps.now();
    const found = await findLiveSessionWithUser(db, hashSecretToken(token), now);
    if (!found) {
      clearSessionCookie(reply);
      throw unauthenticated('Your session has ended. Sign in again.');
    }
    const { session, user } = found;
    const scope = { organisationId: session.organisationId };
    if (!user || user.disabled) {
      await endSession(db, session.id, 'account-disabled', now);
      clearSessionCookie(reply);
      throw unauthenticated('This account is disabled.');
    }
    const limits = sessionLimitsFor(user, deps);
    const state = evaluateSession(session, limits, now);
    if (state.kind === 'expired') {
      await db.transaction(async (tx) => {
        await endSession(tx, session.id, `expired-${state.reason}`, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), actor: { userId: user.id, role: auditRole(user) }, action: 'auth.session-expired', outcome: 'success', details: { reason: state.reason } }, now);
      });
      clearSessionCookie(reply);
      throw unauthenticated(
        state.reason === 'idle'
          ? `Your session ended after ${limits.idleMinutes} minutes without activity. Sign in again.`
          : `Your session reached its ${limits.absoluteHours}-hour limit. Sign in again.`,
      );
    }
    const secondFactorStep = session.stage !== 'active';
    if (secondFactorStep && access.kind !== 'second-factor') throw unauthenticated('Finish signing in with your second factor.');
    // Break-glass widens a location-bound user's reach; a user of the whole organisation has nothing to widen.
    const breakGlass = user.locationIds.length > 0 ? found.breakGlass : [];
    request.auth = { session, user, actor: actorOf(user), breakGlass };
    if (now.getTime() - session.lastSeenAt.getTime() >= touchIntervalMs) await touchSession(db, session.id, now);
    if (access.kind === 'action' && authorize(request.auth.actor, access.action).kind === 'deny') {
      await appendAuditEvent(db, scope, { ...auditContext(request), action: access.action, outcome: 'denied', details: { route: request.routeOptions.url ?? '' } }, now);
      throw new AppError('FORBIDDEN', 'Your role does not permit this.');
    }
    reply.header('cache-control', 'no-store');
  });
}
