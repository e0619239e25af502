import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../../domain/access/permissions.js';
import { eligibilityInputSchema } from '../../../domain/eligibility/eligibility-input.js';
import { eligibilityRuleSetSchema } from '../../../domain/eligibility/eligibility-rules.js';
import { evaluateEligibility } from '../../../domain/eligibility/evaluate-eligibility.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { insertEligibilityDecision, insertEligibilityRules, listEligibilityDecisions, readEligibilityRules } from '../../../db/repos/eligibility-repo.js';
import { patientExists } from '../../../db/repos/patients-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { validateWith } from '../../plugins/validate-with.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';
import { decisionSchema, eligibilityCheckBodySchema, eligibilityResultSchema, newDecisionBodySchema, patientEligibilityResponseSchema, routeQuerySchema } from './eligibility.schemas.js';
import { evaluatePatientEligibility } from './patient-eligibility.js';

// Long enough that "ok" or "n/a" is not a justification.
const minimumJustificationLength = 10;

/** Eligibility (SPEC.md §8): the rules as clinic data, the live evaluation of a patient, and the prescriber's decision. */
export const eligibilityRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/eligibility/check',
    {
      config: { access: { kind: 'action', action: 'eligibility.check' } },
      schema: { tags: ['eligibility'], summary: 'Evaluate facts against the clinic’s rules, or against rules sent with them (vignette testing)', body: eligibilityCheckBodySchema, response: { 200: eligibilityResultSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const input = validateWith(eligibilityInputSchema, request.body.input, 'body', '/input');
      const rules = request.body.rules === undefined ? (await readEligibilityRules(db, scope)).rules : validateWith(eligibilityRuleSetSchema, request.body.rules, 'body', '/rules');
      return evaluateEligibility(input, rules);
    },
  );

  app.get(
    '/eligibility-rules',
    {
      config: { access: { kind: 'action', action: 'eligibility.check' } },
      schema: { tags: ['eligibility'], summary: 'The clinic’s eligibility rules (version 0 = the built-in defaults of SPEC.md §8)', response: { 200: z.object({ version: z.number().int(), rules: z.record(z.string(), z.unknown()) }) } },
    },
    async (request) => readEligibilityRules(db, scopeOf(request)),
  );

  app.put(
    '/eligibility-rules',
    {
      config: { access: { kind: 'action', action: 'eligibility.configure' } },
      schema: { tags: ['eligibility'], summary: 'Publish a new version of the clinic’s eligibility rules', body: z.unknown(), response: { 200: z.object({ version: z.number().int() }) } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const rules = validateWith(eligibilityRuleSetSchema, request.body, 'body');
      const now = deps.now();
      const version = await db.transaction(async (tx) => {
        const written = await insertEligibilityRules(tx, scope, rules, actor.userId, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'eligibility-rules.write', outcome: 'success', details: { version: written } }, now);
        return written;
      });
      return { version };
    },
  );

  app.get(
    '/patients/:patientId/eligibility',
    {
      config: { access: { kind: 'action', action: 'eligibility.check' } },
      schema: { tags: ['eligibility'], summary: "The patient's eligibility for a route, live from the record, with every reason", params: patientIdParamsSchema, querystring: routeQuerySchema, response: { 200: patientEligibilityResponseSchema } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { route } = request.query;
      const now = deps.now();
      return db.transaction(async (tx) => {
        const evaluated = await evaluatePatientEligibility(tx, scope, request.params.patientId, route, now);
        const [latestDecision] = await listEligibilityDecisions(tx, scope, request.params.patientId, route);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'eligibility.evaluate', outcome: 'success', patientId: request.params.patientId, details: { route, decision: evaluated.result.decision } }, now);
        return { route, facts: evaluated.facts, result: evaluated.result, ruleSetVersion: evaluated.ruleSetVersion, latestDecision: latestDecision ?? null };
      });
    },
  );

  app.get(
    '/patients/:patientId/eligibility-decisions',
    {
      config: { access: { kind: 'action', action: 'intake.read' } },
      schema: { tags: ['eligibility'], summary: 'Every eligibility decision on the patient, newest first, overrides included', params: patientIdParamsSchema, response: { 200: z.object({ decisions: z.array(decisionSchema) }) } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { patientId } = request.params;
      return db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        const decisions = await listEligibilityDecisions(tx, scope, patientId);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'eligibility-decisions.read', outcome: 'success', patientId }, deps.now());
        return { decisions };
      });
    },
  );

  app.post(
    '/patients/:patientId/eligibility-decisions',
    {
      config: { access: { kind: 'action', action: 'eligibility.decide' } },
      schema: { tags: ['eligibility'], summary: 'Record the prescriber’s decision; proceeding against a reason needs a justification, and against an absolute one the medical director', params: patientIdParamsSchema, body: newDecisionBodySchema, response: { 201: decisionSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId } = request.params;
      const { route, decision } = request.body;
      const justification = request.body.justification?.trim() || null;
      const now = deps.now();
      const saved = await db.transaction(async (tx) => {
        const evaluated = await evaluatePatientEligibility(tx, scope, patientId, route, now);
        const against = (severity: 'absolute' | 'relative') => evaluated.result.reasons.filter((reason) => reason.severity === severity).map((reason) => reason.code);
        const override = decision === 'decline' ? 'none' : evaluated.result.decision === 'excluded' ? 'absolute' : evaluated.result.decision === 'needs-review' ? 'relative' : 'none';
        if (override === 'absolute' && authorize(actor, 'eligibility.override-absolute').kind !== 'allow') {
          await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'eligibility.override-absolute', outcome: 'denied', patientId, details: { route, codes: against('absolute').join(' ') } }, now);
          return { kind: 'denied' as const, codes: against('absolute') };
        }
        if (override !== 'none' && (justification?.length ?? 0) < minimumJustificationLength) {
          throw new AppError('VALIDATION', `Proceeding against ${override === 'absolute' ? 'an absolute' : 'a relative'} reason (${against(override).join(', ')}) needs a written justification.`, [
            { in: 'body', pointer: '/justification', detail: `Write at least ${minimumJustificationLength} characters` },
          ]);
        }
        const id = await insertEligibilityDecision(
          tx,
          scope,
          { patientId, route, decision, evaluatedDecision: evaluated.result.decision, override, justification, facts: evaluated.facts, reasons: evaluated.result.reasons, ruleSetVersion: evaluated.ruleSetVersion, decidedByUserId: actor.userId, confidentiality: evaluated.confidentiality },
          now,
        );
        await appendAuditEvent(
          tx,
          scope,
          { ...auditContext(request), action: override === 'absolute' ? 'eligibility.override-absolute' : 'eligibility.decide', outcome: 'success', patientId, entity: { type: 'eligibility-decision', id }, reason: justification, details: { route, decision, evaluated: evaluated.result.decision, override } },
          now,
        );
        const [record] = await listEligibilityDecisions(tx, scope, patientId, route);
        return { kind: 'saved' as const, record: record! };
      });
      if (saved.kind === 'denied') throw new AppError('FORBIDDEN', `Only the medical director may proceed against an absolute contraindication (${saved.codes.join(', ')}).`);
      return reply.status(201).send(saved.record);
    },
  );
};
