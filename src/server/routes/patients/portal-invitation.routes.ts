import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { findPatientChart } from '../../../db/repos/patients-repo.js';
import { findUserByEmail, insertUser } from '../../../db/repos/users-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { deliverOutbox } from '../../outbox/deliver-outbox.js';
import { auditContext, scopeOf } from '../../plugins/request-auth.js';
import { sendAccountLink } from '../auth/account-links.js';
import { patientIdParamsSchema, portalInvitationResponseSchema } from './patients.schemas.js';

/** Invites a patient to the portal: a patient user linked to this one record, at the e-mail on the record. */
export const portalInvitationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  app.post(
    '/patients/:patientId/portal-invitation',
    {
      config: { access: { kind: 'action', action: 'patient.portal-invite' } },
      schema: {
        tags: ['patients'],
        summary: "Invite the patient to the portal at the e-mail address on their record; they see only their own record",
        params: patientIdParamsSchema,
        response: { 201: portalInvitationResponseSchema },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { patientId } = request.params;
      const now = deps.now();
      const result = await db.transaction(async (tx) => {
        const chart = await findPatientChart(tx, scope, patientId);
        if (!chart) throw new AppError('NOT_FOUND', 'No such patient.');
        const email = chart.demographics.email;
        if (!email) throw new AppError('CONFLICT', 'Record an e-mail address for the patient first.', [{ in: 'params', pointer: '/patientId', detail: 'The record has no e-mail address' }]);
        if (await findUserByEmail(tx, scope, email)) throw new AppError('CONFLICT', 'An account already uses this e-mail address.');
        const displayName = `${chart.givenName} ${chart.familyName}`;
        const userId = await insertUser(tx, scope, { email, displayName, kind: 'patient', patientId, roles: [], passwordHash: null }, now);
        await sendAccountLink(tx, { organisationId: scope.organisationId, userId, email, displayName, purpose: 'invitation', publicUrl: deps.config.publicUrl, now });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'patient.portal-invite', outcome: 'success', entity: { type: 'user', id: userId }, patientId }, now);
        return { userId, email };
      });
      await deliverOutbox(db, deps.mailer, deps.now, request.log);
      return reply.status(201).send(result);
    },
  );
};
