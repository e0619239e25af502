import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import { patientExists } from '../../../db/repos/patients-repo.js';
import { findRemsEnrolment, listRemsCertifications, saveRemsCertification, saveRemsEnrolment } from '../../../db/repos/rems-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';
import { locationIdParamsSchema, remsCertificationBodySchema, remsCertificationsResponseSchema, remsEnrolmentBodySchema, remsEnrolmentResponseSchema } from './rems.schemas.js';

/** Spravato REMS: the patient's enrolment (needed before the first esketamine session) and each location's certification. */
export const remsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/patients/:patientId/rems-enrolment',
    {
      config: { access: { kind: 'action', action: 'intake.read' } },
      schema: { tags: ['rems'], summary: "The patient's Spravato REMS enrolment, if recorded", params: patientIdParamsSchema, response: { 200: remsEnrolmentResponseSchema } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { patientId } = request.params;
      return db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        const enrolment = await findRemsEnrolment(tx, scope, patientId);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'rems-enrolment.read', outcome: 'success', patientId }, deps.now());
        return { enrolment: enrolment ?? null };
      });
    },
  );

  app.put(
    '/patients/:patientId/rems-enrolment',
    {
      config: { access: { kind: 'action', action: 'rems.record' } },
      schema: { tags: ['rems'], summary: 'Record (or correct) the REMS enrolment; you sign as the prescriber', params: patientIdParamsSchema, body: remsEnrolmentBodySchema, response: { 200: remsEnrolmentResponseSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId } = request.params;
      const now = deps.now();
      const today = now.toISOString().slice(0, 10);
      const body = request.body;
      for (const field of ['enrolledOn', 'patientSignedOn', 'prescriberSignedOn'] as const) {
        if (body[field] > today) throw new AppError('VALIDATION', 'A REMS date cannot be in the future.', [{ in: 'body', pointer: `/${field}`, detail: 'In the future' }]);
      }
      if (body.enrolledOn < body.patientSignedOn || body.enrolledOn < body.prescriberSignedOn) {
        throw new AppError('VALIDATION', 'Enrolment follows both signatures.', [{ in: 'body', pointer: '/enrolledOn', detail: 'Before a signature date' }]);
      }
      return db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        await saveRemsEnrolment(tx, scope, patientId, { ...body, prescriberUserId: actor.userId }, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'rems-enrolment.record', outcome: 'success', patientId, details: { enrolledOn: body.enrolledOn } }, now);
        return { enrolment: (await findRemsEnrolment(tx, scope, patientId)) ?? null };
      });
    },
  );

  app.get(
    '/rems-certifications',
    {
      config: { access: { kind: 'action', action: 'protocol.read' } },
      schema: { tags: ['rems'], summary: "Each location's REMS healthcare-setting certification", response: { 200: remsCertificationsResponseSchema } },
    },
    async (request) => ({ certifications: await listRemsCertifications(db, scopeOf(request)) }),
  );

  app.put(
    '/locations/:locationId/rems-certification',
    {
      config: { access: { kind: 'action', action: 'rems.configure' } },
      schema: { tags: ['rems'], summary: "Record the location's certification as a REMS healthcare setting", params: locationIdParamsSchema, body: remsCertificationBodySchema, response: { 200: z.null() } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const now = deps.now();
      await db.transaction(async (tx) => {
        const locations = await listClinicLocations(tx, scope);
        if (!locations.some((location) => location.id === request.params.locationId)) throw new AppError('NOT_FOUND', 'No such location in this clinic.');
        await saveRemsCertification(tx, scope, request.params.locationId, request.body, actor.userId, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'rems-certification.record', outcome: 'success', entity: { type: 'clinic-location', id: request.params.locationId } }, now);
      });
      return null;
    },
  );
};
