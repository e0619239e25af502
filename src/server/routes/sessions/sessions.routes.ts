import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../domain/shared/app-error.js';
import { queryRows } from '../../../db/database.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { findTreatingLocation } from '../../../db/repos/organisations-repo.js';
import { findPatientBasics } from '../../../db/repos/patients-repo.js';
import { listTreatmentPlans } from '../../../db/repos/treatment-plans-repo.js';
import { insertSession, insertTransition, updateSession } from '../../../db/repos/treatment-sessions-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { notifyFloorChange } from '../../floor/floor-events.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';
import { changeSession } from './change-session.js';
import { loadSessionContext } from './session-context.js';
import { sessionStatus } from './session-status.js';
import { transitionSession } from './session-transitions.js';
import { sessionView } from './session-view.js';
import { createSessionBodySchema, readinessBodySchema, sessionIdParamsSchema, sessionResponseSchema, transitionBodySchema } from './sessions.schemas.js';

/** Dosing sessions: scheduled from the plan, charted as a state machine with recorded transitions. */
export const sessionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/patients/:patientId/sessions',
    {
      config: { access: { kind: 'action', action: 'session.chart' } },
      schema: { tags: ['sessions'], summary: 'Schedule a session of the active plan in a chair', params: patientIdParamsSchema, body: createSessionBodySchema, response: { 201: sessionResponseSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId } = request.params;
      const body = request.body;
      const now = deps.now();
      const view = await db.transaction(async (tx) => {
        const patient = await findPatientBasics(tx, scope, patientId);
        if (!patient) throw new AppError('NOT_FOUND', 'No such patient.');
        const [plan] = await listTreatmentPlans(tx, scope, patientId, { planId: body.planId });
        if (!plan) throw new AppError('VALIDATION', 'No such plan for this patient.', [{ in: 'body', pointer: '/planId', detail: 'Unknown plan' }]);
        if (plan.status !== 'active') throw new AppError('CONFLICT', `The plan is ${plan.status}: sessions are scheduled only on an active plan.`);
        if (!plan.sessions.some((session) => session.sequence === body.planSequence)) throw new AppError('VALIDATION', 'The plan has no such session.', [{ in: 'body', pointer: '/planSequence', detail: 'Not a session of the plan' }]);
        const location = await findTreatingLocation(tx, scope, patient.homeLocationId, body.locationId);
        if (!location) throw new AppError('VALIDATION', 'No such location.', [{ in: 'body', pointer: '/locationId', detail: 'Not a location of this clinic' }]);
        const sessionId = await insertSession(tx, scope, {
          patientId,
          planId: plan.id,
          planSequence: body.planSequence,
          locationId: location.id,
          chair: body.chair,
          route: plan.route,
          state: 'scheduled',
          scheduledFor: body.scheduledFor ? new Date(body.scheduledFor) : now,
          confidentiality: plan.indications.some((indication) => indication.endsWith('-use-disorder')) ? 'part2' : 'normal',
          createdAt: now,
        });
        await insertTransition(tx, scope, { sessionId, fromState: null, toState: 'scheduled', byUserId: actor.userId, at: now });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'session.schedule', outcome: 'success', patientId, entity: { type: 'treatment-session', id: sessionId } }, now);
        await notifyFloorChange(tx, { organisationId: scope.organisationId, locationId: location.id, sessionId });
        const context = await loadSessionContext(tx, scope, sessionId);
        return sessionView(tx, context, await sessionStatus(tx, scope, context, now));
      });
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/patients/:patientId/sessions',
    {
      config: { access: { kind: 'action', action: 'session.read' } },
      schema: {
        tags: ['sessions'],
        summary: "The patient's sessions, newest first",
        params: patientIdParamsSchema,
        response: { 200: z.object({ sessions: z.array(z.object({ id: z.uuid(), planId: z.uuid(), planSequence: z.number(), state: z.string(), chair: z.string(), scheduledFor: z.string(), signedAt: z.string().nullable() })) }) },
      },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { patientId } = request.params;
      return db.transaction(async (tx) => {
        if (!(await findPatientBasics(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        const rows = await queryRows<{ id: string; plan_id: string; plan_sequence: number; state: string; chair: string; scheduled_for: Date | string; signed_at: Date | string | null }>(
          tx,
          sql`select id, plan_id, plan_sequence, state, chair, scheduled_for, signed_at from treatment_session where organisation_id = ${scope.organisationId} and patient_id = ${patientId} order by scheduled_for desc`,
        );
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'session.list', outcome: 'success', patientId }, deps.now());
        return {
          sessions: rows.map((row) => ({ id: row.id, planId: row.plan_id, planSequence: row.plan_sequence, state: row.state, chair: row.chair, scheduledFor: new Date(row.scheduled_for).toISOString(), signedAt: row.signed_at ? new Date(row.signed_at).toISOString() : null })),
        };
      });
    },
  );

  app.get(
    '/sessions/:sessionId',
    {
      config: { access: { kind: 'action', action: 'session.read' } },
      schema: { tags: ['sessions'], summary: 'The session chart, with what blocks its next step and when the next check is due', params: sessionIdParamsSchema, response: { 200: sessionResponseSchema } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const now = deps.now();
      return db.transaction(async (tx) => {
        const context = await loadSessionContext(tx, scope, request.params.sessionId);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'session.read', outcome: 'success', patientId: context.session.patientId, entity: { type: 'treatment-session', id: context.session.id } }, now);
        return sessionView(tx, context, await sessionStatus(tx, scope, context, now));
      });
    },
  );

  app.put(
    '/sessions/:sessionId/readiness',
    {
      config: { access: { kind: 'action', action: 'session.chart' } },
      schema: { tags: ['sessions'], summary: 'Chart the pre-dose checklist (fasting, escort, pregnancy, measures)', params: sessionIdParamsSchema, body: readinessBodySchema, response: { 200: sessionResponseSchema } },
    },
    async (request) =>
      changeSession(deps, request, request.params.sessionId, request.body.revision, async (tx, context) => {
        if (!['scheduled', 'checked-in'].includes(context.session.state)) throw new AppError('CONFLICT', 'The readiness checklist is charted before dosing.');
        await updateSession(tx, scopeOf(request), context.session.id, { readiness: { ...context.session.readiness, ...request.body.checklist } });
        return { audit: { action: 'session.readiness' } };
      }),
  );

  app.post(
    '/sessions/:sessionId/transitions',
    {
      config: { access: { kind: 'action', action: 'session.chart' } },
      schema: { tags: ['sessions'], summary: 'Move the session on (check in, confirm readiness, start and finish dosing, discharge) or stop it', params: sessionIdParamsSchema, body: transitionBodySchema, response: { 200: sessionResponseSchema } },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      return changeSession(deps, request, request.params.sessionId, request.body.revision, transitionSession(scopeOf(request), actor, request.body));
    },
  );
};
