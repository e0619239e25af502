import type { EligibilityRoute } from '../../../domain/eligibility/eligibility-input';
import type { EligibilityDecisionRecord, EligibilityReason, PatientEligibility } from './eligibility-api';

export type EvaluatedDecision = PatientEligibility['result']['decision'];
export type ReasonSeverity = EligibilityReason['severity'];

export const routeLabels: Record<EligibilityRoute, string> = {
  iv: 'Intravenous (IV) ketamine',
  im: 'Intramuscular (IM) ketamine',
  'intranasal-esketamine': 'Intranasal esketamine (Spravato)',
  oral: 'Oral ketamine',
  sublingual: 'Sublingual ketamine',
};

export const evaluatedDecisionLabels: Record<EvaluatedDecision, string> = { eligible: 'Eligible', 'needs-review': 'Needs review', excluded: 'Excluded' };
export const evaluatedDecisionColors: Record<EvaluatedDecision, string> = { eligible: 'green', 'needs-review': 'orange', excluded: 'red' };

export const severityLabels: Record<ReasonSeverity, string> = { absolute: 'Absolute', relative: 'Relative', warning: 'Warning', info: 'Info' };
export const severityColors: Record<ReasonSeverity, string> = { absolute: 'red', relative: 'orange', warning: 'yellow', info: 'blue' };
/** Most serious first. */
export const severityOrder: readonly ReasonSeverity[] = ['absolute', 'relative', 'warning', 'info'];

export const decisionLabels: Record<EligibilityDecisionRecord['decision'], string> = { proceed: 'Proceed with treatment', decline: 'Decline treatment' };
export const overrideLabels: Record<EligibilityDecisionRecord['override'], string> = {
  none: 'No override',
  relative: 'Override of a relative contraindication',
  absolute: 'Override of an absolute contraindication',
};

export const routeLabel = (route: string) => routeLabels[route as EligibilityRoute] ?? route;
