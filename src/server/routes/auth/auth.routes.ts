import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { patientPermissions, staffPermissions, type Action } from '../../../domain/access/permissions.js';
import type { StaffRole } from '../../../domain/access/roles.js';
import { hashPassword, verifyPassword } from '../../../domain/auth/password-hashing.js';
import { generateRecoveryCodes, generateSecretToken, hashSecretToken, normaliseRecoveryCode } from '../../../domain/auth/secret-tokens.js';
import { defaultLockoutPolicy, evaluateLockout } from '../../../domain/auth/session-policy.js';
import { generateTotpSecret, totpUri, verifyTotp } from '../../../domain/auth/totp.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import type { OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { endSession, insertSession, type SessionStage } from '../../../db/repos/sessions-repo.js';
import {
  consumeTotpStep,
  findUserByEmail,
  findUserById,
  recentSignInFailures,
  recordSignInFailure,
  replaceRecoveryCodes,
  setTotpSecret,
  type UserRecord,
  useRecoveryCode,
} from '../../../db/repos/users-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { clearSessionCookie, sessionLimitsFor, setSessionCookie } from '../../plugins/authentication.js';
import { auditContext, auditRole, requireAuth } from '../../plugins/request-auth.js';
import { resolveSiteOrganisation } from '../site/resolve-site-organisation.js';
import {
  confirmEnrolmentBodySchema,
  enrolmentResponseSchema,
  meResponseSchema,
  recoveryCodesResponseSchema,
  secondFactorBodySchema,
  signInBodySchema,
  signInResponseSchema,
} from './auth.schemas.js';

const signInIncorrect = 'The e-mail address or password is incorrect.';
// Per client address, on top of the per-account back-off (SECURITY.md T7, T10).
const authRateLimit = { max: 30, timeWindow: '1 minute' };

function secondFactorStage(user: UserRecord, mfaRequiredRoles: readonly StaffRole[]): SessionStage {
  if (user.totpEnabled) return 'mfa';
  const required = user.kind === 'staff' && user.roles.some((role) => mfaRequiredRoles.includes(role));
  return required ? 'mfa-enrolment' : 'active';
}

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  // Unknown e-mail addresses are checked against this, so they take as long as known ones.
  const dummyPasswordHash = await hashPassword(randomBytes(16).toString('hex'));

  /** Refuses with 429 and Retry-After while the key is backing off; the refusal is audited. */
  async function enforceBackOff(request: FastifyRequest, reply: FastifyReply, scope: OrganisationScope, key: string, action: string) {
    const now = deps.now();
    const since = new Date(now.getTime() - defaultLockoutPolicy.windowMinutes * 60_000);
    const lockout = evaluateLockout({ recentFailures: await recentSignInFailures(db, scope, key, since), now });
    if (lockout.kind === 'allowed') return;
    await appendAuditEvent(db, scope, { ...auditContext(request), action, outcome: 'denied', details: { reason: 'backing-off' } }, now);
    reply.header('retry-after', String(lockout.retryAfterSeconds));
    throw new AppError('RATE_LIMITED', `Too many unsuccessful attempts. Try again in ${lockout.retryAfterSeconds} seconds.`);
  }

  async function startSession(request: FastifyRequest, reply: FastifyReply, tx: Database, user: UserRecord, stage: SessionStage) {
    const token = generateSecretToken();
    await insertSession(tx, { organisationId: user.organisationId }, { userId: user.id, tokenHash: hashSecretToken(token), stage }, deps.now());
    setSessionCookie(request, reply, token);
  }

  app.post(
    '/auth/sign-in',
    { config: { access: { kind: 'public' }, rateLimit: authRateLimit }, schema: { tags: ['auth'], summary: 'Sign in with e-mail and password', body: signInBodySchema, response: { 200: signInResponseSchema } } },
    async (request, reply) => {
      const now = deps.now();
      const organisation = await resolveSiteOrganisation(db, request.body.organisation ?? deps.config.siteOrganisation);
      const scope = { organisationId: organisation.id };
      const emailKey = request.body.email.toLowerCase();
      await enforceBackOff(request, reply, scope, emailKey, 'auth.sign-in');
      const user = await findUserByEmail(db, scope, request.body.email);
      const passwordMatches = await verifyPassword(user?.passwordHash ?? dummyPasswordHash, request.body.password);
      if (!user || !passwordMatches || user.disabled || !user.passwordHash) {
        await db.transaction(async (tx) => {
          await recordSignInFailure(tx, scope, emailKey, now);
          await appendAuditEvent(
            tx,
            scope,
            { ...auditContext(request), actor: user ? { userId: user.id, role: auditRole(user) } : null, action: 'auth.sign-in', outcome: 'failure', details: { email: emailKey } },
            now,
          );
        });
        throw new AppError('UNAUTHENTICATED', signInIncorrect);
      }
      const stage = secondFactorStage(user, deps.config.mfaRequiredRoles);
      await db.transaction(async (tx) => {
        await startSession(request, reply, tx, user, stage);
        await appendAuditEvent(tx, scope, { ...auditContext(request), actor: { userId: user.id, role: auditRole(user) }, action: 'auth.sign-in', outcome: 'success', details: { stage } }, now);
      });
      return { stage };
    },
  );

  app.post(
    '/auth/second-factor',
    {
      config: { access: { kind: 'second-factor' }, rateLimit: authRateLimit },
      schema: { tags: ['auth'], summary: 'Finish signing in with an authenticator code or a recovery code', body: secondFactorBodySchema, response: { 200: signInResponseSchema } },
    },
    async (request, reply) => {
      const { session, user } = requireAuth(request);
      if (session.stage !== 'mfa') throw new AppError('CONFLICT', session.stage === 'active' ? 'You are already signed in.' : 'Set up your authenticator app first.');
      const now = deps.now();
      const scope = { organisationId: user.organisationId };
      const key = `second-factor:${user.id}`;
      await enforceBackOff(request, reply, scope, key, 'auth.second-factor');
      const accepted = await db.transaction(async (tx) => {
        let ok: boolean;
        if (request.body.code !== undefined) {
          const fresh = await findUserById(tx, scope, user.id, { forUpdate: true });
          const result = verifyTotp({ secretBase32: fresh!.totpSecret!, code: request.body.code, now, lastUsedStep: fresh!.totpLastStep });
          ok = result.kind === 'valid' && (await consumeTotpStep(tx, scope, user.id, result.step));
        } else {
          ok = await useRecoveryCode(tx, scope, user.id, hashSecretToken(normaliseRecoveryCode(request.body.recoveryCode!)), now);
        }
        if (ok) {
          await endSession(tx, session.id, 'second-factor-complete', now);
          await startSession(request, reply, tx, user, 'active');
        } else {
          await recordSignInFailure(tx, scope, key, now);
        }
        const method = request.body.code !== undefined ? 'totp' : 'recovery-code';
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'auth.second-factor', outcome: ok ? 'success' : 'failure', details: { method } }, now);
        return ok;
      });
      if (!accepted) throw new AppError('UNAUTHENTICATED', 'That code is not valid. Codes work once; wait for the next one.');
      return { stage: 'active' as const };
    },
  );

  app.post(
    '/auth/mfa/enrolment',
    { config: { access: { kind: 'second-factor' } }, schema: { tags: ['auth'], summary: 'Start setting up an authenticator app', response: { 200: enrolmentResponseSchema } } },
    async (request) => {
      const { session, user } = requireAuth(request);
      if (user.totpEnabled || session.stage === 'mfa') throw new AppError('CONFLICT', 'An authenticator app is already set up for this account.');
      const secretBase32 = generateTotpSecret();
      await setTotpSecret(db, { organisationId: user.organisationId }, user.id, secretBase32);
      return { secretBase32, otpauthUri: totpUri({ secretBase32, accountName: user.email, issuer: 'Ketaclinic' }) };
    },
  );

  app.post(
    '/auth/mfa/enrolment/confirm',
    {
      config: { access: { kind: 'second-factor' }, rateLimit: authRateLimit },
      schema: { tags: ['auth'], summary: 'Confirm the authenticator app with a code; answers recovery codes once', body: confirmEnrolmentBodySchema, response: { 200: recoveryCodesResponseSchema } },
    },
    async (request, reply) => {
      const { session, user } = requireAuth(request);
      const now = deps.now();
      const scope = { organisationId: user.organisationId };
      const codes = await db.transaction(async (tx) => {
        const fresh = await findUserById(tx, scope, user.id, { forUpdate: true });
        if (!fresh?.totpSecret || fresh.totpEnabled) throw new AppError('CONFLICT', 'Start the set-up first.');
        const result = verifyTotp({ secretBase32: fresh.totpSecret, code: request.body.code, now, lastUsedStep: fresh.totpLastStep });
        if (result.kind !== 'valid' || !(await consumeTotpStep(tx, scope, user.id, result.step, now))) return null;
        const recoveryCodes = generateRecoveryCodes();
        await replaceRecoveryCodes(tx, scope, user.id, recoveryCodes.map((code) => hashSecretToken(normaliseRecoveryCode(code))));
        if (session.stage !== 'active') {
          await endSession(tx, session.id, 'second-factor-complete', now);
          await startSession(request, reply, tx, user, 'active');
        }
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'auth.mfa-enrolled', outcome: 'success' }, now);
        return recoveryCodes;
      });
      if (!codes) throw new AppError('VALIDATION', 'That code is not valid.', [{ in: 'body', pointer: '/code', detail: 'Enter the current six-digit code from the app' }]);
      return { recoveryCodes: codes };
    },
  );

  app.post(
    '/auth/sign-out',
    { config: { access: { kind: 'second-factor' } }, schema: { tags: ['auth'], summary: 'Sign out of this session' } },
    async (request, reply) => {
      const { session, user } = requireAuth(request);
      const now = deps.now();
      await db.transaction(async (tx) => {
        await endSession(tx, session.id, 'signed-out', now);
        await appendAuditEvent(tx, { organisationId: user.organisationId }, { ...auditContext(request), action: 'auth.sign-out', outcome: 'success' }, now);
      });
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/auth/me',
    { config: { access: { kind: 'signed-in' } }, schema: { tags: ['auth'], summary: 'The signed-in user, their permissions and session limits', response: { 200: meResponseSchema } } },
    async (request) => {
      const { user } = requireAuth(request);
      const permissions = new Set<Action>(user.kind === 'patient' ? patientPermissions : user.roles.flatMap((role) => staffPermissions[role]));
      return {
        user: { id: user.id, displayName: user.displayName, email: user.email, kind: user.kind, roles: user.roles, patientId: user.patientId, mfaEnabled: user.totpEnabled },
        organisation: { id: user.organisationId },
        permissions: [...permissions].sort(),
        session: sessionLimitsFor(user, deps),
      };
    },
  );
};
