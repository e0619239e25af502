import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { authoriseHandler, findDeaRegistration, listRegistrationHandlers, revokeHandler } from '../../../db/repos/credentials-repo.js';
import type { OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { findUserById } from '../../../db/repos/users-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { handlersSchema } from './credentials.schemas.js';

const registrationParamsSchema = z.object({ registrationId: z.uuid() });

async function registrationOrThrow(db: Database, scope: OrganisationScope, registrationId: string) {
  const registration = await findDeaRegistration(db, scope, registrationId);
  if (!registration) throw new AppError('NOT_FOUND', 'No such DEA registration.');
  return registration;
}

async function handlers(db: Database, scope: OrganisationScope, registrationId: string) {
  const rows = await listRegistrationHandlers(db, scope, registrationId);
  return { handlers: rows.map((row) => ({ ...row, grantedAt: row.grantedAt.toISOString() })) };
}

/** The roster of staff authorised to handle stock under each location's DEA registration (21 CFR 1301.22(b)). */
export const credentialHandlerRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/controlled-substances/registrations/:registrationId/handlers',
    { config: { access: { kind: 'action', action: 'stock.read' } }, schema: { tags: ['controlled-substances'], summary: 'Who may handle stock under this registration now', params: registrationParamsSchema, response: { 200: handlersSchema } } },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      return db.transaction(async (tx) => {
        const registration = await registrationOrThrow(tx, scope, request.params.registrationId);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'credential.handlers.read', outcome: 'success', entity: { type: 'dea-registration', id: registration.id } }, now);
        return handlers(tx, scope, registration.id);
      });
    },
  );

  app.post(
    '/controlled-substances/registrations/:registrationId/handlers',
    {
      config: { access: { kind: 'action', action: 'credential.manage' } },
      schema: { tags: ['controlled-substances'], summary: 'Authorise a staff member to handle stock under this registration', params: registrationParamsSchema, body: z.object({ userId: z.uuid() }).strict(), response: { 201: handlersSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const now = deps.now();
      const roster = await db.transaction(async (tx) => {
        const registration = await registrationOrThrow(tx, scope, request.params.registrationId);
        const user = await findUserById(tx, scope, request.body.userId);
        if (!user || user.kind !== 'staff' || user.disabled) throw new AppError('VALIDATION', 'No such staff member.', [{ in: 'body', pointer: '/userId', detail: 'Not an active staff member of this clinic' }]);
        await authoriseHandler(tx, scope, { registrationId: registration.id, userId: user.id, grantedByUserId: actor.userId }, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'credential.handler.grant', outcome: 'success', entity: { type: 'dea-registration', id: registration.id }, details: { userId: user.id } }, now);
        return handlers(tx, scope, registration.id);
      });
      return reply.status(201).send(roster);
    },
  );

  app.post(
    '/controlled-substances/registrations/:registrationId/handlers/:userId/revoke',
    {
      config: { access: { kind: 'action', action: 'credential.manage' } },
      schema: { tags: ['controlled-substances'], summary: 'Take a staff member off this registration’s roster', params: registrationParamsSchema.extend({ userId: z.uuid() }), response: { 200: handlersSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      return db.transaction(async (tx) => {
        const registration = await registrationOrThrow(tx, scope, request.params.registrationId);
        if (!(await revokeHandler(tx, scope, { registrationId: registration.id, userId: request.params.userId }, now))) throw new AppError('NOT_FOUND', 'This person is not on the roster of this registration.');
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'credential.handler.revoke', outcome: 'success', entity: { type: 'dea-registration', id: registration.id }, details: { userId: request.params.userId } }, now);
        return handlers(tx, scope, registration.id);
      });
    },
  );
};
