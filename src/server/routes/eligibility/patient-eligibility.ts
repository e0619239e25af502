import type { EligibilityInput, EligibilityRoute } from '../../../domain/eligibility/eligibility-input.js';
import { type EligibilityResult, evaluateEligibility } from '../../../domain/eligibility/evaluate-eligibility.js';
import { eligibilityFactsFromRecord } from '../../../domain/intake/eligibility-facts.js';
import { intakeConfidentiality } from '../../../domain/intake/intake-progress.js';
import type { CssrsRiskLevel } from '../../../domain/instruments/cssrs-screener.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { latestAssessment } from '../../../db/repos/assessments-repo.js';
import { readEligibilityRules } from '../../../db/repos/eligibility-repo.js';
import { findIntake } from '../../../db/repos/intake-repo.js';
import { findPatientChart } from '../../../db/repos/patients-repo.js';

export interface PatientEligibility {
  facts: EligibilityInput;
  result: EligibilityResult;
  ruleSetVersion: number;
  confidentiality: 'normal' | 'part2';
}

/** The clinic's rules applied to what the patient's record says today (SPEC.md §8). */
export async function evaluatePatientEligibility(
  tx: Database,
  scope: AccessScope,
  patientId: string,
  route: EligibilityRoute,
  now: Date,
  /** Today's readings, when a session re-checks eligibility before dosing. */
  todaysVitals?: { systolicMmHg: number; diastolicMmHg: number; heartRateBpm?: number },
): Promise<PatientEligibility> {
  const chart = await findPatientChart(tx, scope, patientId);
  if (!chart) throw new AppError('NOT_FOUND', 'No such patient.');
  const intake = await findIntake(tx, scope, patientId);
  const cssrs = await latestAssessment(tx, scope, patientId, 'cssrs-screener');
  const { rules, version } = await readEligibilityRules(tx, scope);
  const sections = intake?.sections ?? {};
  const facts = eligibilityFactsFromRecord(
    {
      dateOfBirth: chart.dateOfBirth,
      sexAtBirth: chart.sexAtBirth,
      intake: sections,
      problems: chart.problems,
      allergies: chart.allergies,
      medications: chart.medications,
      cssrsRisk: (cssrs?.band ?? undefined) as CssrsRiskLevel | undefined,
      todaysVitals,
    },
    route,
    now.toISOString().slice(0, 10),
  );
  const part2 = intakeConfidentiality(sections) === 'part2' || chart.problems.some((problem) => problem.confidentiality === 'part2');
  return { facts, result: evaluateEligibility(facts, rules), ruleSetVersion: version, confidentiality: part2 ? 'part2' : 'normal' };
}
