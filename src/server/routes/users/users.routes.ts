import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { endAllSessions } from '../../../db/repos/sessions-repo.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import { assignUserLocations, findUserByEmail, insertUser, listUsers, replaceUserRoles, setUserDisabled } from '../../../db/repos/users-repo.js';
import { deliverOutbox } from '../../outbox/deliver-outbox.js';
import { sendAccountLink } from '../auth/account-links.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth } from '../../plugins/request-auth.js';
import {
  disableUserResponseSchema,
  inviteUserBodySchema,
  inviteUserResponseSchema,
  replaceRolesBodySchema,
  replaceRolesResponseSchema,
  userIdParamsSchema,
  userListResponseSchema,
} from './users.schemas.js';

export const userRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/users',
    { config: { access: { kind: 'action', action: 'user.list' } }, schema: { tags: ['users'], summary: "The organisation's users and their roles", response: { 200: userListResponseSchema } } },
    async (request) => {
      const { actor } = requireAuth(request);
      const users = await listUsers(db, { organisationId: actor.organisationId });
      return {
        users: users.map((user) => ({ id: user.id, email: user.email, displayName: user.displayName, kind: user.kind, roles: user.roles, mfaEnabled: user.totpEnabled, disabled: user.disabled })),
      };
    },
  );

  app.post(
    '/users',
    {
      config: { access: { kind: 'action', action: 'user.manage' } },
      schema: { tags: ['users'], summary: 'Invite a staff member: the account is created and an e-mail link lets them choose a password', body: inviteUserBodySchema, response: { 201: inviteUserResponseSchema } },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const scope = { organisationId: actor.organisationId };
      const { email, displayName, roles, locationIds } = request.body;
      const known = new Set((await listClinicLocations(db, scope)).map((location) => location.id));
      const unknown = locationIds.findIndex((id) => !known.has(id));
      if (unknown >= 0) throw new AppError('VALIDATION', 'Not a location of this clinic.', [{ in: 'body', pointer: `/locationIds/${unknown}`, detail: 'Not a location of this clinic' }]);
      const now = deps.now();
      const userId = await db.transaction(async (tx) => {
        if (await findUserByEmail(tx, scope, email)) return null;
        const id = await insertUser(tx, scope, { email, displayName, kind: 'staff', roles, passwordHash: null }, now);
        await assignUserLocations(tx, scope, id, locationIds);
        await sendAccountLink(tx, { organisationId: scope.organisationId, userId: id, email, displayName, purpose: 'invitation', publicUrl: deps.config.publicUrl, now });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'user.invite', outcome: 'success', entity: { type: 'user', id }, details: { roles: roles.join(','), locations: locationIds.length } }, now);
        return id;
      });
      if (!userId) throw new AppError('CONFLICT', 'Someone in this clinic already uses that e-mail address.', [{ in: 'body', pointer: '/email', detail: 'Already in use' }]);
      await deliverOutbox(db, deps.mailer, deps.now, request.log);
      return reply.status(201).send({ id: userId });
    },
  );

  app.put(
    '/users/:userId/roles',
    {
      config: { access: { kind: 'action', action: 'user.manage' } },
      schema: { tags: ['users'], summary: "Replace a staff member's roles (takes effect on their next request)", params: userIdParamsSchema, body: replaceRolesBodySchema, response: { 200: replaceRolesResponseSchema } },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const scope = { organisationId: actor.organisationId };
      const { userId } = request.params;
      const roles = [...new Set(request.body.roles)].sort();
      if (userId === actor.userId && !roles.includes('admin')) throw new AppError('CONFLICT', 'You cannot remove your own admin role.');
      const now = deps.now();
      const previous = await db.transaction(async (tx) => {
        const before = await replaceUserRoles(tx, scope, userId, roles);
        if (!before) return undefined;
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'user.roles-changed', outcome: 'success', entity: { type: 'user', id: userId }, details: { from: before.join(','), to: roles.join(',') } }, now);
        return before;
      });
      if (!previous) throw new AppError('NOT_FOUND', 'No such staff member.');
      return { roles };
    },
  );

  for (const change of ['disable', 'enable'] as const) {
    app.post(
      `/users/:userId/${change}`,
      {
        config: { access: { kind: 'action', action: 'user.manage' } },
        schema: {
          tags: ['users'],
          summary: change === 'disable' ? 'Disable an account; every session it has ends at once' : 'Enable a disabled account',
          params: userIdParamsSchema,
          response: { 200: disableUserResponseSchema },
        },
      },
      async (request) => {
        const { actor } = requireAuth(request);
        const scope = { organisationId: actor.organisationId };
        const { userId } = request.params;
        if (change === 'disable' && userId === actor.userId) throw new AppError('CONFLICT', 'You cannot disable your own account.');
        const now = deps.now();
        const sessionsEnded = await db.transaction(async (tx) => {
          if (!(await setUserDisabled(tx, scope, userId, change === 'disable' ? now : null))) return null;
          const ended = change === 'disable' ? await endAllSessions(tx, scope, userId, 'account-disabled', now) : 0;
          await appendAuditEvent(tx, scope, { ...auditContext(request), action: `user.${change}`, outcome: 'success', entity: { type: 'user', id: userId }, details: { sessionsEnded: ended } }, now);
          return ended;
        });
        if (sessionsEnded === null) throw new AppError('NOT_FOUND', 'No such user.');
        return { sessionsEnded };
      },
    );
  }
};
