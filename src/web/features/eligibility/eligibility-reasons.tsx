import { Group, List, Stack, Text } from '@mantine/core';
import type { EligibilityReason } from './eligibility-api';
import { SeverityBadge } from './eligibility-badges';
import { severityOrder } from './eligibility-words';

/** Every reason the rules gave, most serious first, each with its severity and where the rule comes from. */
export function EligibilityReasons({ reasons }: { reasons: readonly EligibilityReason[] }) {
  if (reasons.length === 0) return <Text size="sm">No contraindications or warnings for this route.</Text>;
  const sorted = [...reasons].sort((left, right) => severityOrder.indexOf(left.severity) - severityOrder.indexOf(right.severity));
  return (
    <List listStyleType="none" spacing="sm" aria-label="Reasons">
      {sorted.map((reason) => (
        <List.Item key={`${reason.code}:${reason.message}`}>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <SeverityBadge severity={reason.severity} />
            <Stack gap={2}>
              <Text size="sm">{reason.message}</Text>
              <Text size="xs" c="dimmed">
                Source: {reason.source}
              </Text>
            </Stack>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
