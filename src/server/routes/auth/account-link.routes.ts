import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashPassword } from '../../../domain/auth/password-hashing.js';
import { checkPassword } from '../../../domain/auth/password-policy.js';
import { hashSecretToken } from '../../../domain/auth/secret-tokens.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { consumeOneTimeToken, type OneTimeTokenPurpose } from '../../../db/repos/one-time-tokens-repo.js';
import { endAllSessions } from '../../../db/repos/sessions-repo.js';
import { findUserByEmail, findUserById, setPassword } from '../../../db/repos/users-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { deliverOutbox } from '../../outbox/deliver-outbox.js';
import { auditContext, auditRole } from '../../plugins/request-auth.js';
import { resolveSiteOrganisation } from '../site/resolve-site-organisation.js';
import { sendAccountLink } from './account-links.js';
import { passwordResetBodySchema, setPasswordBodySchema } from './auth.schemas.js';

const linkRateLimit = { max: 10, timeWindow: '1 minute' };
const invalidLink = () => new AppError('NOT_FOUND', 'This link is not valid any more: it was used already or it expired. Ask for a new one.');

/** Invitation acceptance and password reset: single-use, expiring links that end in a new password. */
export const accountLinkRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  const completions: [string, OneTimeTokenPurpose, string][] = [
    ['/auth/invitation/accept', 'invitation', 'Accept an invitation by choosing a password'],
    ['/auth/password-reset/complete', 'password-reset', 'Choose a new password with a reset link; every session of the account ends'],
  ];
  for (const [url, purpose, summary] of completions) {
    app.post(
      url,
      { config: { access: { kind: 'public' }, rateLimit: linkRateLimit }, schema: { tags: ['auth'], summary, body: setPasswordBodySchema, response: { 204: z.null() } } },
      async (request, reply) => {
        const now = deps.now();
        const done = await db.transaction(async (tx) => {
          const owner = await consumeOneTimeToken(tx, hashSecretToken(request.body.token), purpose, now);
          if (!owner) return false;
          const scope = { organisationId: owner.organisationId };
          const user = await findUserById(tx, scope, owner.userId);
          if (!user || user.disabled) return false;
          const check = checkPassword(request.body.password, { email: user.email, displayName: user.displayName });
          if (check.kind === 'rejected') {
            throw new AppError(
              'VALIDATION',
              'Choose another password.',
              check.reasons.map((reason) => ({ in: 'body' as const, pointer: '/password', detail: reason.message })),
            );
          }
          await setPassword(tx, scope, user.id, await hashPassword(request.body.password), now);
          const sessionsEnded = await endAllSessions(tx, scope, user.id, 'password-changed', now);
          await appendAuditEvent(tx, scope, { ...auditContext(request), actor: { userId: user.id, role: auditRole(user) }, action: `auth.${purpose}-completed`, outcome: 'success', details: { sessionsEnded } }, now);
          return true;
        });
        if (!done) throw invalidLink();
        return reply.status(204).send(null);
      },
    );
  }

  app.post(
    '/auth/password-reset',
    {
      config: { access: { kind: 'public' }, rateLimit: linkRateLimit },
      schema: { tags: ['auth'], summary: 'Ask for a password-reset link by e-mail (the answer is the same whether or not the address is known)', body: passwordResetBodySchema, response: { 202: z.object({ message: z.string() }) } },
    },
    async (request, reply) => {
      const now = deps.now();
      const organisation = await resolveSiteOrganisation(db, request.body.organisation ?? deps.config.siteOrganisation);
      const scope = { organisationId: organisation.id };
      await db.transaction(async (tx) => {
        const user = await findUserByEmail(tx, scope, request.body.email);
        const eligible = user !== undefined && !user.disabled && user.passwordHash !== null;
        if (eligible) {
          await sendAccountLink(tx, { organisationId: organisation.id, userId: user.id, email: user.email, displayName: user.displayName, purpose: 'password-reset', publicUrl: deps.config.publicUrl, now });
        }
        await appendAuditEvent(
          tx,
          scope,
          { ...auditContext(request), actor: user ? { userId: user.id, role: auditRole(user) } : null, action: 'auth.password-reset-requested', outcome: eligible ? 'success' : 'failure', details: { email: request.body.email.toLowerCase() } },
          now,
        );
      });
      await deliverOutbox(db, deps.mailer, deps.now, request.log);
      return reply.status(202).send({ message: 'If this address belongs to an account, a reset link is on its way. It works once, within the hour.' });
    },
  );
};
