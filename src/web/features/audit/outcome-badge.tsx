import { Badge } from '@mantine/core';
import type { AuditEntry } from './format-audit';

const looks: Record<AuditEntry['outcome'], { label: string; color: string }> = {
  success: { label: 'Success', color: 'green' },
  failure: { label: 'Failure', color: 'orange' },
  denied: { label: 'Denied', color: 'red' },
};

export function OutcomeBadge({ outcome }: { outcome: AuditEntry['outcome'] }) {
  const { label, color } = looks[outcome];
  return (
    <Badge color={color} variant={outcome === 'denied' ? 'filled' : 'light'}>
      {label}
    </Badge>
  );
}
