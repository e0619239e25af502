import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError } from '../../../domain/shared/app-error.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { listAssessments } from '../../../db/repos/assessments-repo.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { patientExists } from '../../../db/repos/patients-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';
import { scoreOrRefuse, storeAssessment } from './record-assessment.js';
import { assessmentCreatedSchema, assessmentListQuerySchema, assessmentListSchema, newAssessmentBodySchema } from './assessments.schemas.js';

type NewAssessmentBody = z.infer<typeof newAssessmentBodySchema>;

// A clock a little fast on a phone is fine; a date days ahead is a typing mistake.
const futureToleranceMs = 5 * 60_000;

export const assessmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  /** Scores, stores and audits one assessment in one transaction; a score that cannot be computed stores nothing. */
  async function record(request: FastifyRequest, scope: AccessScope, patientId: string, body: NewAssessmentBody, enteredBy: 'patient' | 'clinician') {
    const scored = scoreOrRefuse(body.instrumentId, body.answers, body.context);
    if (enteredBy === 'patient' && scored.instrument.rater !== 'self') {
      throw new AppError('FORBIDDEN', `${scored.instrument.name} is rated by a clinician, not by the patient.`);
    }
    const now = deps.now();
    const completedAt = body.completedAt ? new Date(body.completedAt) : now;
    if (completedAt.getTime() > now.getTime() + futureToleranceMs) {
      throw new AppError('VALIDATION', 'The completion time is in the future.', [{ in: 'body', pointer: '/completedAt', detail: 'Not in the future' }]);
    }
    const { user } = requireAuth(request);
    const recorded = await db.transaction(async (tx) => {
      if (!(await patientExists(tx, scope, patientId))) return null;
      return storeAssessment(tx, scope, { patientId, scored, purpose: body.purpose, enteredBy, enteredByUserId: user.id, completedAt, now, audit: auditContext(request) });
    });
    if (!recorded) throw new AppError('NOT_FOUND', 'No such patient.');
    return recorded;
  }

  app.post(
    '/patients/:patientId/assessments',
    {
      config: { access: { kind: 'action', action: 'assessment.record' } },
      schema: { tags: ['assessments'], summary: 'Record a completed instrument for a patient (entered by staff)', params: patientIdParamsSchema, body: newAssessmentBodySchema, response: { 201: assessmentCreatedSchema } },
    },
    async (request, reply) => reply.status(201).send(await record(request, scopeOf(request), request.params.patientId, request.body, 'clinician')),
  );

  app.post(
    '/me/assessments',
    {
      config: { access: { kind: 'action', action: 'assessment.self-report' } },
      schema: { tags: ['assessments'], summary: 'A patient reports on themselves (self-rated instruments only)', body: newAssessmentBodySchema, response: { 201: assessmentCreatedSchema } },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      if (actor.kind !== 'patient') throw new AppError('FORBIDDEN', 'Only a patient reports on themselves.');
      return reply.status(201).send(await record(request, scopeOf(request), actor.patientId, request.body, 'patient'));
    },
  );

  app.get(
    '/patients/:patientId/assessments',
    {
      config: { access: { kind: 'action', action: 'assessment.read' } },
      schema: { tags: ['assessments'], summary: "A patient's completed instruments, oldest first", params: patientIdParamsSchema, querystring: assessmentListQuerySchema, response: { 200: assessmentListSchema } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { patientId } = request.params;
      const found = await db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) return null;
        const list = await listAssessments(tx, scope, patientId, request.query.instrumentId);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'assessment.read', outcome: 'success', patientId, details: { results: list.length, instrument: request.query.instrumentId ?? 'all' } }, deps.now());
        return list;
      });
      if (!found) throw new AppError('NOT_FOUND', 'No such patient.');
      return { assessments: found };
    },
  );
};
