import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { baselineMeasures } from '../../../domain/intake/baseline-measures.js';
import { assessTreatmentResistance, intakeConfidentiality, missingIntakeSections, pregnancyStatusNeeded } from '../../../domain/intake/intake-progress.js';
import { type IntakeSectionName, type IntakeSections, intakeSectionSchemas } from '../../../domain/intake/intake-sections.js';
import { ageInYears } from '../../../domain/patients/patient.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { latestCompletionByInstrument } from '../../../db/repos/assessments-repo.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { findIntake, type IntakeRecord, lockOrCreateIntake, saveIntakeSections } from '../../../db/repos/intake-repo.js';
import { readMeasurementPacks } from '../../../db/repos/measurement-packs-repo.js';
import { findPatientBasics, insertBodyMeasurement, type PatientBasics } from '../../../db/repos/patients-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { validateWith } from '../../plugins/validate-with.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';
import { type IntakeResponse, intakeResponseSchema, intakeSectionParamsSchema, saveIntakeSectionBodySchema } from './intake.schemas.js';

async function describeIntake(tx: Database, scope: AccessScope, patient: PatientBasics, intake: IntakeRecord | undefined, now: Date): Promise<IntakeResponse> {
  const sections: IntakeSections = intake?.sections ?? {};
  const ageYears = ageInYears(patient.dateOfBirth, now.toISOString().slice(0, 10));
  const { packs } = await readMeasurementPacks(tx, scope);
  const completions = await latestCompletionByInstrument(tx, scope, patient.id);
  return {
    status: intake ? intake.status : 'not-started',
    revision: intake?.revision ?? 0,
    sections,
    confidentiality: intake?.confidentiality ?? 'normal',
    updatedAt: intake?.updatedAt ?? null,
    completedAt: intake?.completedAt ?? null,
    missingSections: missingIntakeSections(sections, { sexAtBirth: patient.sexAtBirth, ageYears }),
    pregnancyStatusNeeded: pregnancyStatusNeeded(patient.sexAtBirth, ageYears),
    treatmentResistance: assessTreatmentResistance(sections),
    baselineMeasures: baselineMeasures(packs, sections.indications?.indications ?? [], completions, now),
  };
}

/** Intake, saved section by section so an interrupted interview loses nothing. */
export const intakeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  async function patientOrThrow(tx: Database, scope: AccessScope, patientId: string): Promise<PatientBasics> {
    const patient = await findPatientBasics(tx, scope, patientId);
    if (!patient) throw new AppError('NOT_FOUND', 'No such patient.');
    return patient;
  }

  app.get(
    '/patients/:patientId/intake',
    {
      config: { access: { kind: 'action', action: 'intake.read' } },
      schema: { tags: ['intake'], summary: "The patient's intake, what is still missing, and the baseline measures", params: patientIdParamsSchema, response: { 200: intakeResponseSchema } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const now = deps.now();
      return db.transaction(async (tx) => {
        const patient = await patientOrThrow(tx, scope, request.params.patientId);
        const intake = await findIntake(tx, scope, patient.id);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'intake.read', outcome: 'success', patientId: patient.id, details: { status: intake?.status ?? 'not-started' } }, now);
        return describeIntake(tx, scope, patient, intake, now);
      });
    },
  );

  app.put(
    '/patients/:patientId/intake/sections/:section',
    {
      config: { access: { kind: 'action', action: 'intake.record' } },
      schema: { tags: ['intake'], summary: 'Save one section of the intake', params: intakeSectionParamsSchema, body: saveIntakeSectionBodySchema, response: { 200: intakeResponseSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const section = request.params.section as IntakeSectionName;
      const value = validateWith(intakeSectionSchemas[section], request.body.value, 'body', '/value');
      const now = deps.now();
      return db.transaction(async (tx) => {
        const patient = await patientOrThrow(tx, scope, request.params.patientId);
        const intake = await lockOrCreateIntake(tx, scope, patient.id, actor.userId, now);
        if (request.body.revision !== undefined && request.body.revision !== intake.revision) {
          throw new AppError('CONFLICT', 'Someone else saved this intake since you opened it. Reload to see their changes.', [{ in: 'body', pointer: '/revision', detail: `The intake is at revision ${intake.revision}` }]);
        }
        const sections: IntakeSections = { ...intake.sections, [section]: value };
        const saved = await saveIntakeSections(tx, scope, intake.id, { sections, confidentiality: intakeConfidentiality(sections), userId: actor.userId, now });
        if (section === 'vitals') {
          const vitals = sections.vitals!;
          await insertBodyMeasurement(tx, scope, patient.id, { measuredAt: now, heightCm: vitals.heightCm, weightKg: vitals.weightKg });
        }
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'intake.section.save', outcome: 'success', patientId: patient.id, entity: { type: 'intake', id: saved.id }, details: { section, revision: saved.revision } }, now);
        return describeIntake(tx, scope, patient, saved, now);
      });
    },
  );

  app.post(
    '/patients/:patientId/intake/complete',
    {
      config: { access: { kind: 'action', action: 'intake.record' } },
      schema: { tags: ['intake'], summary: 'Mark the intake complete once every section is filled', params: patientIdParamsSchema, response: { 200: intakeResponseSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const now = deps.now();
      return db.transaction(async (tx) => {
        const patient = await patientOrThrow(tx, scope, request.params.patientId);
        const intake = await findIntake(tx, scope, patient.id, { forUpdate: true });
        const missing = missingIntakeSections(intake?.sections ?? {}, { sexAtBirth: patient.sexAtBirth, ageYears: ageInYears(patient.dateOfBirth, now.toISOString().slice(0, 10)) });
        if (!intake || missing.length > 0) {
          throw new AppError('CONFLICT', `The intake still needs: ${missing.join(', ')}.`, [], { missingSections: missing });
        }
        const saved = intake.status === 'completed' ? intake : await saveIntakeSections(tx, scope, intake.id, { sections: intake.sections, confidentiality: intake.confidentiality, userId: actor.userId, now, complete: true });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'intake.complete', outcome: 'success', patientId: patient.id, entity: { type: 'intake', id: saved.id } }, now);
        return describeIntake(tx, scope, patient, saved, now);
      });
    },
  );
};
