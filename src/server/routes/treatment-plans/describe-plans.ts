import { defaultOutcomeRules } from '../../../domain/outcomes/outcome-rules.js';
import { reEvaluateAfterInduction } from '../../../domain/treatment-plans/re-evaluation.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { listAssessments } from '../../../db/repos/assessments-repo.js';
import type { TreatmentPlanRecord } from '../../../db/repos/treatment-plans-repo.js';
import type { PlanResponse } from './treatment-plans.schemas.js';
import { findTreatmentBlockers } from './treatment-readiness.js';

/** Plans as the API shows them: drafts with what blocks them, active and completed courses with the re-evaluation prompt. */
export async function describePlans(tx: Database, scope: AccessScope, patientId: string, plans: readonly TreatmentPlanRecord[], now: Date): Promise<PlanResponse[]> {
  const today = now.toISOString().slice(0, 10);
  const needsTotals = plans.some((plan) => plan.status === 'active' || plan.status === 'completed');
  const totals: Record<string, { completedOn: string; total: number }[]> = {};
  if (needsTotals) {
    for (const assessment of await listAssessments(tx, scope, patientId)) {
      if (assessment.total === null || !(assessment.instrumentId in defaultOutcomeRules)) continue;
      (totals[assessment.instrumentId] ??= []).push({ completedOn: assessment.completedAt.slice(0, 10), total: assessment.total });
    }
  }
  const described: PlanResponse[] = [];
  for (const { protocol, ...plan } of plans) {
    described.push({
      ...plan,
      route: protocol.route,
      protocolName: protocol.name,
      blockers: plan.status === 'draft' ? await findTreatmentBlockers(tx, scope, patientId, protocol.route, now) : [],
      reEvaluation: reEvaluateAfterInduction({
        status: plan.status,
        startDate: plan.startDate,
        inductionDates: plan.sessions.filter((session) => session.phase === 'induction').map((session) => session.plannedDate),
        today,
        totals,
        rules: defaultOutcomeRules,
      }),
    });
  }
  return described;
}
