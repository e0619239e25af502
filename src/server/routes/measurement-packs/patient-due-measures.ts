import { findInstrument } from '../../../domain/instruments/registry.js';
import { type DueMeasure, dueMeasures, type Indication, type TreatmentPhase } from '../../../domain/measurement/measurement-packs.js';
import { currentTreatmentPhase } from '../../../domain/treatment-plans/treatment-phase.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { latestCompletionByInstrument } from '../../../db/repos/assessments-repo.js';
import { findIntake } from '../../../db/repos/intake-repo.js';
import { readMeasurementPacks } from '../../../db/repos/measurement-packs-repo.js';
import { listTreatmentPlans } from '../../../db/repos/treatment-plans-repo.js';

export interface PatientDueMeasures {
  phase: TreatmentPhase;
  indications: Indication[];
  due: DueMeasure[];
  /** Every instrument of the patient's packs (first of each set of alternatives), due or not. */
  inPacks: string[];
}

/** What the patient's packs ask for now, from their indications (intake, else the newest plan) and where they are in the course. */
export async function findDueMeasures(tx: Database, scope: AccessScope, patientId: string, now: Date, session?: 'before' | 'after'): Promise<PatientDueMeasures> {
  const intake = await findIntake(tx, scope, patientId);
  const plans = await listTreatmentPlans(tx, scope, patientId);
  const indications = (intake?.sections.indications?.indications ?? plans[0]?.indications ?? []) as Indication[];
  const { phase, startedAt } = currentTreatmentPhase(
    plans.map((plan) => ({ status: plan.status, activatedAt: plan.activatedAt, endedAt: plan.endedAt, inductionDates: plan.sessions.filter((session) => session.phase === 'induction').map((session) => session.plannedDate) })),
    now,
  );
  const { packs } = await readMeasurementPacks(tx, scope);
  const lastCompletedAt = await latestCompletionByInstrument(tx, scope, patientId);
  const due = dueMeasures(packs, { indications, phase, phaseStartedAt: startedAt, lastCompletedAt, now, ...(session ? { session } : {}) });
  const relevant = packs.filter((pack) => pack.indication === 'every-patient' || indications.includes(pack.indication as Indication));
  const inPacks = [...new Set(relevant.flatMap((pack) => pack.entries.map((entry) => entry.instrumentIds[0]!)))];
  return { phase, indications, due, inPacks };
}

/** Only what a patient answers alone: clinician-rated instruments are the care team's to give. */
export function selfRatedOnly(measures: PatientDueMeasures): PatientDueMeasures {
  const selfRated = (id: string) => findInstrument(id)?.rater === 'self';
  return {
    ...measures,
    due: measures.due.filter((measure) => selfRated(measure.instrumentId)).map((measure) => ({ ...measure, alternatives: measure.alternatives.filter(selfRated) })),
    inPacks: measures.inPacks.filter(selfRated),
  };
}
