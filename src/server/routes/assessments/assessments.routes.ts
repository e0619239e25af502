import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { assessmentConfidentiality } from '../../../domain/instruments/confidentiality.js';
import { findInstrument } from '../../../domain/instruments/registry.js';
import { scoreInstrument } from '../../../domain/instruments/score-instrument.js';
import { crisisMessage, detectSafetySignal, safetyTaskDueAt } from '../../../domain/safety/safety-signal.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { insertAssessment, listAssessments } from '../../../db/repos/assessments-repo.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { patientExists } from '../../../db/repos/patients-repo.js';
import { insertSafetyTask } from '../../../db/repos/safety-tasks-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';
import { assessmentCreatedSchema, assessmentListQuerySchema, assessmentListSchema, newAssessmentBodySchema } from './assessments.schemas.js';

type NewAssessmentBody = z.infer<typeof newAssessmentBodySchema>;

// A clock a little fast on a phone is fine; a date days ahead is a typing mistake.
const futureToleranceMs = 5 * 60_000;

export const assessmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  /** Scores, stores and audits one assessment in one transaction; a score that cannot be computed stores nothing. */
  async function record(request: FastifyRequest, scope: AccessScope, patientId: string, body: NewAssessmentBody, enteredBy: 'patient' | 'clinician') {
    const instrument = findInstrument(body.instrumentId);
    if (!instrument) throw new AppError('VALIDATION', `No instrument "${body.instrumentId}".`, [{ in: 'body', pointer: '/instrumentId', detail: 'Unknown instrument' }]);
    if (enteredBy === 'patient' && instrument.rater !== 'self') {
      throw new AppError('FORBIDDEN', `${instrument.name} is rated by a clinician, not by the patient.`);
    }
    const now = deps.now();
    const completedAt = body.completedAt ? new Date(body.completedAt) : now;
    if (completedAt.getTime() > now.getTime() + futureToleranceMs) {
      throw new AppError('VALIDATION', 'The completion time is in the future.', [{ in: 'body', pointer: '/completedAt', detail: 'Not in the future' }]);
    }
    const outcome = scoreInstrument(instrument, body.answers, body.context);
    if (outcome.kind === 'invalid') {
      throw new AppError('VALIDATION', outcome.errors.map((error) => error.detail).join('; '), outcome.errors.map((error) => ({ in: 'body' as const, pointer: `/answers/${error.item}`, detail: error.detail })));
    }
    const { user } = requireAuth(request);
    const signal = detectSafetySignal(outcome.result, body.answers);
    const dueAt = signal ? safetyTaskDueAt(signal.severity, now) : null;
    const id = await db.transaction(async (tx) => {
      if (!(await patientExists(tx, scope, patientId))) return null;
      const assessmentId = await insertAssessment(
        tx,
        scope,
        { patientId, answers: body.answers, context: body.context, result: outcome.result, purpose: body.purpose, enteredBy, enteredByUserId: user.id, completedAt, confidentiality: assessmentConfidentiality(instrument.id) },
        now,
      );
      await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'assessment.record', outcome: 'success', entity: { type: 'assessment', id: assessmentId }, patientId, details: { instrument: instrument.id } }, now);
      if (signal && dueAt) {
        // The suicide-risk pathway: the task opens in the same transaction as the answers that raised it.
        const taskId = await insertSafetyTask(tx, scope, { patientId, assessmentId, severity: signal.severity, reasons: signal.reasons, openedAt: now, dueAt });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'safety.opened', outcome: 'success', entity: { type: 'safety-task', id: taskId }, patientId, details: { severity: signal.severity } }, now);
      }
      return assessmentId;
    });
    if (!id) throw new AppError('NOT_FOUND', 'No such patient.');
    return { id, result: outcome.result, safety: signal && dueAt ? { severity: signal.severity, dueAt: dueAt.toISOString(), crisis: { ...crisisMessage, resources: [...crisisMessage.resources] } } : null };
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
