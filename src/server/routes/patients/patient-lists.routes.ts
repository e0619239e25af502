import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newAllergySchema, newBodyMeasurementSchema, newMedicationSchema, newProblemSchema } from '../../../domain/patients/patient.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { insertAllergy, insertBodyMeasurement, insertMedication, insertProblem, patientExists } from '../../../db/repos/patients-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, scopeOf } from '../../plugins/request-auth.js';
import { patientIdParamsSchema } from './patients.schemas.js';

/** Additions to a patient's problem list, allergies, medications and measurements; each audited. */
export const patientListRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  function addTo<Body extends z.ZodType>(path: string, list: string, body: Body, insert: (tx: Database, scope: AccessScope, patientId: string, value: z.infer<Body>, now: Date) => Promise<unknown>) {
    app.post(
      `/patients/:patientId/${path}`,
      {
        config: { access: { kind: 'action', action: 'patient.update' } },
        schema: { tags: ['patients'], summary: `Add to the patient's ${list}`, params: patientIdParamsSchema, body, response: { 201: z.null() } },
      },
      async (request, reply) => {
        const scope = scopeOf(request);
        const { patientId } = request.params;
        const now = deps.now();
        const added = await db.transaction(async (tx) => {
          if (!(await patientExists(tx, scope, patientId))) return false;
          await insert(tx, scope, patientId, request.body as z.infer<Body>, now);
          await appendAuditEvent(tx, scope, { ...auditContext(request), action: `patient.${path}.add`, outcome: 'success', entity: { type: 'patient', id: patientId }, patientId }, now);
          return true;
        });
        if (!added) throw new AppError('NOT_FOUND', 'No such patient.');
        return reply.status(201).send(null);
      },
    );
  }

  addTo('problems', 'problem list', newProblemSchema, (tx, scope, patientId, value) => insertProblem(tx, scope, patientId, value));
  addTo('allergies', 'allergies', newAllergySchema, (tx, scope, patientId, value) => insertAllergy(tx, scope, patientId, value));
  addTo('medications', 'current medications', newMedicationSchema, (tx, scope, patientId, value) => insertMedication(tx, scope, patientId, value));
  addTo('body-measurements', 'height and weight history', newBodyMeasurementSchema, (tx, scope, patientId, value, now) =>
    insertBodyMeasurement(tx, scope, patientId, { measuredAt: value.measuredAt ? new Date(value.measuredAt) : now, heightCm: value.heightCm, weightKg: value.weightKg }),
  );
};
