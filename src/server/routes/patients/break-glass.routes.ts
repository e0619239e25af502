import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { insertBreakGlassGrant, listBreakGlassGrants } from '../../../db/repos/break-glass-repo.js';
import { patientExistsInOrganisation } from '../../../db/repos/patients-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth } from '../../plugins/request-auth.js';
import { breakGlassBodySchema, breakGlassListResponseSchema, breakGlassResponseSchema, patientIdParamsSchema } from './patients.schemas.js';

/** How long emergency access lasts (SECURITY.md T4 proposes 60 minutes); reads only, never writes. */
export const breakGlassMinutes = 60;

export const breakGlassRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/patients/:patientId/break-glass',
    {
      config: { access: { kind: 'action', action: 'patient.break-glass' } },
      schema: {
        tags: ['patients'],
        summary: `Emergency access: read a patient outside your locations for ${breakGlassMinutes} minutes, with a stated reason (audited, reviewed by admins)`,
        params: patientIdParamsSchema,
        body: breakGlassBodySchema,
        response: { 201: breakGlassResponseSchema },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const scope = { organisationId: actor.organisationId };
      const { patientId } = request.params;
      const now = deps.now();
      const expiresAt = new Date(now.getTime() + breakGlassMinutes * 60_000);
      const granted = await db.transaction(async (tx) => {
        if (!(await patientExistsInOrganisation(tx, actor.organisationId, patientId))) return false;
        const grantId = await insertBreakGlassGrant(tx, scope, { userId: actor.userId, patientId, reason: request.body.reason, grantedAt: now, expiresAt });
        await appendAuditEvent(
          tx,
          scope,
          { ...auditContext(request), action: 'patient.break-glass', outcome: 'success', entity: { type: 'break-glass-grant', id: grantId }, patientId, breakGlass: true, reason: request.body.reason, details: { expiresAt: expiresAt.toISOString() } },
          now,
        );
        return true;
      });
      if (!granted) throw new AppError('NOT_FOUND', 'No such patient.');
      return reply.status(201).send({ expiresAt: expiresAt.toISOString() });
    },
  );

  app.get(
    '/break-glass',
    {
      config: { access: { kind: 'action', action: 'audit.read' } },
      schema: { tags: ['audit'], summary: 'Recent emergency accesses, newest first, for review', response: { 200: breakGlassListResponseSchema } },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      return { grants: await listBreakGlassGrants(db, { organisationId: actor.organisationId }, 200) };
    },
  );
};
