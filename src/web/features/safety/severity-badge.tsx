import { Badge } from '@mantine/core';
import { severityColors, type SafetySeverity } from './format-safety';

const severityLabels: Record<SafetySeverity, string> = { high: 'High', moderate: 'Moderate', low: 'Low' };

export function SeverityBadge({ severity }: { severity: SafetySeverity }) {
  return (
    <Badge color={severityColors[severity]} variant={severity === 'high' ? 'filled' : 'light'}>
      {severityLabels[severity]}
    </Badge>
  );
}
