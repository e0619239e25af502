import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { intakeConfidentiality } from '../../../domain/intake/intake-progress.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { TreatmentBlocker } from '../../../domain/treatment-plans/treatment-blockers.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { findIntake } from '../../../db/repos/intake-repo.js';
import { findTreatingLocation } from '../../../db/repos/organisations-repo.js';
import { findPatientBasics, patientExists } from '../../../db/repos/patients-repo.js';
import { findProtocol } from '../../../db/repos/protocols-repo.js';
import { insertTreatmentPlan, listTreatmentPlans, type PlannedSession, replacePlanSessions, setPlanStatus, type TreatmentPlanRecord, updateDraftPlan } from '../../../db/repos/treatment-plans-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { requireCredentials } from '../../plugins/require-credentials.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';
import { calculateStartingDose, chooseStartingDose, proposePlanSessions } from './build-plan.js';
import { describePlans } from './describe-plans.js';
import { loadPlanContext } from './plan-context.js';
import { findTreatmentBlockers } from './treatment-readiness.js';
import {
  createPlanBodySchema,
  endPlanBodySchema,
  planIdParamsSchema,
  planSchema,
  previewPlanBodySchema,
  previewPlanResponseSchema,
  readinessResponseSchema,
  routeQuerySchema,
  updatePlanBodySchema,
} from './treatment-plans.schemas.js';
import { z } from 'zod';

async function protocolOrThrow(tx: Database, scope: AccessScope, key: string) {
  const protocol = await findProtocol(tx, scope, key);
  if (!protocol) throw new AppError('VALIDATION', 'No such protocol.', [{ in: 'body', pointer: '/protocolKey', detail: 'Unknown protocol' }]);
  return protocol;
}

/** Dates the prescriber set on the proposed series: on or after the start, one after another. */
function sessionsFromDates(proposed: PlannedSession[], dates: readonly { date: string; startTime: string }[], startDate: string): PlannedSession[] {
  return dates.map((entry, index) => {
    const previous = dates[index - 1];
    if (entry.date < startDate || (previous && entry.date <= previous.date)) {
      throw new AppError('VALIDATION', 'Sessions must follow the start date, one after another.', [{ in: 'body', pointer: `/sessions/${index}/date`, detail: 'Not after the previous session (or before the start date)' }]);
    }
    const template = proposed[index] ?? proposed.at(-1)!;
    return { ...template, sequence: index + 1, plannedDate: entry.date, startTime: entry.startTime, phase: proposed[index]?.phase ?? 'maintenance' };
  });
}

/** Treatment plans: from a protocol and the clinic's hours to a proposed series; draft → active → completed or stopped. */
export const treatmentPlanRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  async function onePlan(tx: Database, scope: AccessScope, patientId: string, planId: string, forUpdate = false): Promise<TreatmentPlanRecord> {
    const [plan] = await listTreatmentPlans(tx, scope, patientId, { planId, forUpdate });
    if (!plan) throw new AppError('NOT_FOUND', 'No such treatment plan.');
    return plan;
  }

  app.post(
    '/patients/:patientId/treatment-plans/preview',
    {
      config: { access: { kind: 'action', action: 'plan.manage' } },
      schema: { tags: ['treatment-plans'], summary: 'Propose the series and calculate the starting dose, without saving', params: patientIdParamsSchema, body: previewPlanBodySchema, response: { 200: previewPlanResponseSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      return db.transaction(async (tx) => {
        const context = await loadPlanContext(tx, scope, request.params.patientId, now);
        const protocol = await protocolOrThrow(tx, scope, request.body.protocolKey);
        const startingDose = chooseStartingDose(protocol.definition, request.body.startingDose);
        const proposedSessions = proposePlanSessions(protocol.definition, request.body.startDate, startingDose, context);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'treatment-plan.preview', outcome: 'success', patientId: request.params.patientId, details: { protocol: protocol.key } }, now);
        return {
          protocol: { key: protocol.key, version: protocol.version, name: protocol.definition.name, route: protocol.definition.route },
          proposedSessions,
          dose: calculateStartingDose(protocol.definition, startingDose, context),
          doseBasis: context.latestWeight,
        };
      });
    },
  );

  app.post(
    '/patients/:patientId/treatment-plans',
    {
      config: { access: { kind: 'action', action: 'plan.manage' } },
      schema: { tags: ['treatment-plans'], summary: 'Save a draft plan with its proposed (or adjusted) series', params: patientIdParamsSchema, body: createPlanBodySchema, response: { 201: planSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId } = request.params;
      const body = request.body;
      const now = deps.now();
      const plan = await db.transaction(async (tx) => {
        const context = await loadPlanContext(tx, scope, patientId, now);
        const protocol = await protocolOrThrow(tx, scope, body.protocolKey);
        const startingDose = chooseStartingDose(protocol.definition, body.startingDose);
        const proposed = proposePlanSessions(protocol.definition, body.startDate, startingDose, context).map((session) => ({
          sequence: session.sequence,
          plannedDate: session.date,
          startTime: session.startTime,
          phase: session.phase,
          dose: session.dose,
          note: session.note ?? null,
        }));
        const sessions = body.sessions ? sessionsFromDates(proposed, body.sessions, body.startDate) : proposed;
        const intake = await findIntake(tx, scope, patientId);
        const part2 = intakeConfidentiality({ ...intake?.sections, indications: { indications: body.indications } }) === 'part2';
        const id = await insertTreatmentPlan(
          tx,
          scope,
          {
            patientId,
            route: protocol.definition.route,
            indications: body.indications,
            protocolKey: protocol.key,
            protocolVersion: protocol.version,
            protocol: protocol.definition,
            startingDose,
            goals: body.goals,
            integrationTherapistUserId: body.integrationTherapistUserId ?? null,
            startDate: body.startDate,
            confidentiality: part2 ? 'part2' : 'normal',
            createdByUserId: actor.userId,
          },
          sessions,
          now,
        );
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'treatment-plan.create', outcome: 'success', patientId, entity: { type: 'treatment-plan', id }, details: { protocol: protocol.key, sessions: sessions.length } }, now);
        const [described] = await describePlans(tx, scope, patientId, [await onePlan(tx, scope, patientId, id)], now);
        return described!;
      });
      return reply.status(201).send(plan);
    },
  );

  app.get(
    '/patients/:patientId/treatment-plans',
    {
      config: { access: { kind: 'action', action: 'plan.read' } },
      schema: { tags: ['treatment-plans'], summary: "The patient's plans, newest first, with blockers (drafts) and the re-evaluation prompt (active)", params: patientIdParamsSchema, response: { 200: z.object({ plans: z.array(planSchema) }) } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { patientId } = request.params;
      const now = deps.now();
      return db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        const plans = await describePlans(tx, scope, patientId, await listTreatmentPlans(tx, scope, patientId), now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'treatment-plan.read', outcome: 'success', patientId }, now);
        return { plans };
      });
    },
  );

  app.put(
    '/patients/:patientId/treatment-plans/:planId',
    {
      config: { access: { kind: 'action', action: 'plan.manage' } },
      schema: { tags: ['treatment-plans'], summary: 'Change a draft: goals, therapist, session dates', params: planIdParamsSchema, body: updatePlanBodySchema, response: { 200: planSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { patientId, planId } = request.params;
      const body = request.body;
      const now = deps.now();
      return db.transaction(async (tx) => {
        const plan = await onePlan(tx, scope, patientId, planId, true);
        if (plan.status !== 'draft') throw new AppError('CONFLICT', 'Only a draft plan can be changed; stop this one and write a new plan.');
        await updateDraftPlan(tx, scope, planId, { ...(body.goals !== undefined ? { goals: body.goals } : {}), ...(body.integrationTherapistUserId !== undefined ? { integrationTherapistUserId: body.integrationTherapistUserId } : {}) }, now);
        if (body.sessions) await replacePlanSessions(tx, scope, planId, sessionsFromDates(plan.sessions, body.sessions, plan.startDate));
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'treatment-plan.update', outcome: 'success', patientId, entity: { type: 'treatment-plan', id: planId } }, now);
        const [described] = await describePlans(tx, scope, patientId, [await onePlan(tx, scope, patientId, planId)], now);
        return described!;
      });
    },
  );

  app.post(
    '/patients/:patientId/treatment-plans/:planId/activate',
    {
      config: { access: { kind: 'action', action: 'plan.manage' } },
      schema: { tags: ['treatment-plans'], summary: 'Start the course: refused with every blocker (consent, eligibility, REMS, baseline…) until none is left', params: planIdParamsSchema, response: { 200: planSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId, planId } = request.params;
      const now = deps.now();
      const outcome = await db.transaction(async (tx) => {
        const plan = await onePlan(tx, scope, patientId, planId, true);
        if (plan.status !== 'draft') throw new AppError('CONFLICT', `This plan is ${plan.status}, not a draft.`);
        // Starting a course is the treatment order: it needs a prescriber licensed where the patient is treated.
        const location = await findTreatingLocation(tx, scope, (await findPatientBasics(tx, scope, patientId))?.homeLocationId ?? null);
        if (location) await requireCredentials(tx, scope, 'plan.activate', { userId: actor.userId, locationId: location.id, now });
        const blockers = await findTreatmentBlockers(tx, scope, patientId, plan.protocol.route, now);
        if (blockers.length > 0) {
          await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'treatment-plan.activate', outcome: 'denied', patientId, entity: { type: 'treatment-plan', id: planId }, details: { blockers: blockers.map((blocker) => blocker.code).join(' ') } }, now);
          return { kind: 'blocked' as const, blockers };
        }
        await setPlanStatus(tx, scope, planId, { status: 'active', userId: actor.userId }, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'treatment-plan.activate', outcome: 'success', patientId, entity: { type: 'treatment-plan', id: planId } }, now);
        const [described] = await describePlans(tx, scope, patientId, [await onePlan(tx, scope, patientId, planId)], now);
        return { kind: 'active' as const, plan: described! };
      });
      if (outcome.kind === 'blocked') throw blockedError(outcome.blockers);
      return outcome.plan;
    },
  );

  app.post(
    '/patients/:patientId/treatment-plans/:planId/end',
    {
      config: { access: { kind: 'action', action: 'plan.manage' } },
      schema: { tags: ['treatment-plans'], summary: 'Complete or stop a course (a draft can only be stopped), with the reason', params: planIdParamsSchema, body: endPlanBodySchema, response: { 200: planSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId, planId } = request.params;
      const now = deps.now();
      return db.transaction(async (tx) => {
        const plan = await onePlan(tx, scope, patientId, planId, true);
        const allowed = plan.status === 'active' || (plan.status === 'draft' && request.body.outcome === 'stopped');
        if (!allowed) throw new AppError('CONFLICT', `A ${plan.status} plan cannot be marked ${request.body.outcome}.`);
        await setPlanStatus(tx, scope, planId, { status: request.body.outcome, userId: actor.userId, reason: request.body.reason }, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'treatment-plan.end', outcome: 'success', patientId, entity: { type: 'treatment-plan', id: planId }, reason: request.body.reason, details: { outcome: request.body.outcome } }, now);
        const [described] = await describePlans(tx, scope, patientId, [await onePlan(tx, scope, patientId, planId)], now);
        return described!;
      });
    },
  );

  app.get(
    '/patients/:patientId/treatment-readiness',
    {
      config: { access: { kind: 'action', action: 'plan.read' } },
      schema: { tags: ['treatment-plans'], summary: 'What still stops treatment on a route today (empty when it may go ahead)', params: patientIdParamsSchema, querystring: routeQuerySchema, response: { 200: readinessResponseSchema } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { patientId } = request.params;
      const now = deps.now();
      return db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        const blockers = await findTreatmentBlockers(tx, scope, patientId, request.query.route, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'treatment-readiness.read', outcome: 'success', patientId, details: { route: request.query.route } }, now);
        return { route: request.query.route, blockers };
      });
    },
  );
};

function blockedError(blockers: TreatmentBlocker[]): AppError {
  return new AppError('TREATMENT_BLOCKED', `Treatment cannot start yet: ${blockers.map((blocker) => blocker.message).join(' ')}`, [], { blockers });
}
