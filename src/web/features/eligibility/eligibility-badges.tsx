import { Badge } from '@mantine/core';
import type { EligibilityDecisionRecord } from './eligibility-api';
import { type EvaluatedDecision, evaluatedDecisionColors, evaluatedDecisionLabels, overrideLabels, type ReasonSeverity, severityColors, severityLabels } from './eligibility-words';

export function DecisionBadge({ decision, size = 'lg' }: { decision: EvaluatedDecision; size?: 'sm' | 'lg' }) {
  return (
    <Badge color={evaluatedDecisionColors[decision]} variant="filled" size={size}>
      {evaluatedDecisionLabels[decision]}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: ReasonSeverity }) {
  return (
    <Badge color={severityColors[severity]} variant={severity === 'absolute' ? 'filled' : 'light'} miw={84}>
      {severityLabels[severity]}
    </Badge>
  );
}

/** Marks a decision that went ahead against the rules, so it stands out in any list. */
export function OverrideBadge({ override }: { override: EligibilityDecisionRecord['override'] }) {
  if (override === 'none') return null;
  return (
    <Badge color={override === 'absolute' ? 'red' : 'orange'} variant="outline">
      {overrideLabels[override]}
    </Badge>
  );
}
