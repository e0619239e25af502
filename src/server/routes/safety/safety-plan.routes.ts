import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { planForDisplay, safetyPlanSchema } from '../../../domain/safety/safety-plan.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { patientExists } from '../../../db/repos/patients-repo.js';
import { insertSafetyPlanVersion, latestSafetyPlan } from '../../../db/repos/safety-plans-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';

const safetyPlanResponseSchema = z.object({
  version: z.number().int(),
  plan: safetyPlanSchema,
  writtenAt: z.string(),
});

/** The Stanley–Brown safety plan: written by the care team with the patient, shown to the patient. */
export const safetyPlanRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/patients/:patientId/safety-plan',
    {
      config: { access: { kind: 'action', action: 'patient.read' } },
      schema: { tags: ['safety'], summary: "The patient's current safety plan (crisis lines always included)", params: patientIdParamsSchema, response: { 200: safetyPlanResponseSchema } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { patientId } = request.params;
      const current = await db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        const latest = await latestSafetyPlan(tx, scope, patientId);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'safety-plan.read', outcome: 'success', patientId, details: { version: latest?.version ?? 0 } }, deps.now());
        return latest;
      });
      if (!current) throw new AppError('NOT_FOUND', 'No safety plan has been written yet.');
      return { version: current.version, plan: planForDisplay(current.plan), writtenAt: current.writtenAt };
    },
  );

  app.put(
    '/patients/:patientId/safety-plan',
    {
      config: { access: { kind: 'action', action: 'safety.manage' } },
      schema: { tags: ['safety'], summary: 'Write a new version of the safety plan (earlier versions are kept)', params: patientIdParamsSchema, body: safetyPlanSchema, response: { 200: z.object({ version: z.number().int() }) } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId } = request.params;
      const now = deps.now();
      const version = await db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        const written = await insertSafetyPlanVersion(tx, scope, patientId, request.body, actor.userId, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'safety-plan.write', outcome: 'success', patientId, details: { version: written } }, now);
        return written;
      });
      return { version };
    },
  );
};
