import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indications, treatmentPhases } from '../../../domain/measurement/measurement-packs.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { patientExists } from '../../../db/repos/patients-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth } from '../../plugins/request-auth.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';
import { findDueMeasures, selfRatedOnly } from './patient-due-measures.js';

const dueMeasuresResponseSchema = z.object({
  phase: z.enum(treatmentPhases),
  indications: z.array(z.enum(indications)),
  due: z.array(z.object({ instrumentId: z.string(), alternatives: z.array(z.string()), reason: z.string() })),
  inPacks: z.array(z.string()),
});

/** The measures due now by the patient's packs, indications and treatment phase. */
export const dueMeasureRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/patients/:patientId/due-measures',
    {
      config: { access: { kind: 'action', action: 'assessment.read' } },
      schema: { tags: ['assessments'], summary: 'Measures due now for the patient, by pack, indication and treatment phase', params: patientIdParamsSchema, response: { 200: dueMeasuresResponseSchema } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { patientId } = request.params;
      const now = deps.now();
      return db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'due-measures.read', outcome: 'success', patientId }, now);
        return findDueMeasures(tx, scope, patientId, now);
      });
    },
  );

  app.get(
    '/me/due-measures',
    {
      config: { access: { kind: 'action', action: 'assessment.self-report' } },
      schema: { tags: ['assessments'], summary: 'The questionnaires a signed-in patient is asked to answer now (self-rated only)', response: { 200: dueMeasuresResponseSchema } },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      if (actor.kind !== 'patient') throw new AppError('FORBIDDEN', 'Only a patient has questionnaires of their own.');
      const scope = readScopeOf(request);
      const now = deps.now();
      return db.transaction(async (tx) => {
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'due-measures.read', outcome: 'success', patientId: actor.patientId }, now);
        return selfRatedOnly(await findDueMeasures(tx, scope, actor.patientId, now));
      });
    },
  );
};
