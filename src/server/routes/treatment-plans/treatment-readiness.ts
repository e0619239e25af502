import { consentKindForRoute } from '../../../domain/consent/consent-document.js';
import type { EligibilityRoute } from '../../../domain/eligibility/eligibility-input.js';
import { baselineMeasures } from '../../../domain/intake/baseline-measures.js';
import type { ProtocolRoute } from '../../../domain/protocols/protocol-definition.js';
import { type TreatmentBlocker, treatmentBlockers } from '../../../domain/treatment-plans/treatment-blockers.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { latestCompletionByInstrument } from '../../../db/repos/assessments-repo.js';
import { listEligibilityDecisions } from '../../../db/repos/eligibility-repo.js';
import { findIntake } from '../../../db/repos/intake-repo.js';
import { readMeasurementPacks } from '../../../db/repos/measurement-packs-repo.js';
import { findPatientChart } from '../../../db/repos/patients-repo.js';
import { findRemsEnrolment, listRemsCertifications } from '../../../db/repos/rems-repo.js';
import { readPatientConsents } from '../consent/patient-consents.js';
import { evaluatePatientEligibility } from '../eligibility/patient-eligibility.js';

/**
 * Gathers the facts `treatmentBlockers` judges. Used when a plan is activated and, by the session floor, before
 * every session, so "no treatment without current consent (and REMS for esketamine)" is enforced in one place.
 */
export async function findTreatmentBlockers(
  tx: Database,
  scope: AccessScope,
  patientId: string,
  route: ProtocolRoute,
  now: Date,
  todaysVitals?: { systolicMmHg: number; diastolicMmHg: number; heartRateBpm?: number },
): Promise<TreatmentBlocker[]> {
  const chart = (await findPatientChart(tx, scope, patientId))!;
  const intake = await findIntake(tx, scope, patientId);
  const [latestDecision] = await listEligibilityDecisions(tx, scope, patientId, route);
  const evaluated = await evaluatePatientEligibility(tx, scope, patientId, route as EligibilityRoute, now, todaysVitals);
  const consents = await readPatientConsents(tx, scope, patientId, now);
  const kind = consentKindForRoute(route);
  const certifications = await listRemsCertifications(tx, scope);
  const { packs } = await readMeasurementPacks(tx, scope);
  const baseline = baselineMeasures(packs, intake?.sections.indications?.indications ?? [], await latestCompletionByInstrument(tx, scope, patientId), now);
  return treatmentBlockers({
    route,
    intakeCompleted: intake?.status === 'completed',
    latestDecision: latestDecision ? { decision: latestDecision.decision, evaluatedDecision: latestDecision.evaluatedDecision } : null,
    evaluatedNow: evaluated.result.decision,
    consentState: consents.statuses.find((status) => status.kind === kind)?.state ?? 'not-signed',
    remsEnrolled: (await findRemsEnrolment(tx, scope, patientId)) !== undefined,
    remsSettingCertified: chart.homeLocationId ? certifications.some((certification) => certification.locationId === chart.homeLocationId) : certifications.length > 0,
    missingBaselineInstruments: baseline.filter((measure) => !measure.completedInstrumentId).map((measure) => measure.instrumentIds.join(' or ')),
    weightRecorded: chart.bodyMeasurements.some((measurement) => measurement.weightKg !== null),
    weightNeeded: route === 'iv' || route === 'im',
  });
}
