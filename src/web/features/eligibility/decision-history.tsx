import { Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { ProblemAlert } from '../../components/problem-alert';
import type { EligibilityDecisionRecord } from './eligibility-api';
import { DecisionBadge, OverrideBadge } from './eligibility-badges';
import { useEligibilityDecisions } from './eligibility-queries';
import { decisionLabels, routeLabel } from './eligibility-words';

export const formatDecidedAt = (decidedAt: string) => dayjs(decidedAt).format('MMM D, YYYY HH:mm');

/** The newest decision for the route shown: who decided what, when, and any override with its reason. */
export function LatestDecision({ decision }: { decision: EligibilityDecisionRecord | null }) {
  if (!decision) return <Text size="sm" c="dimmed">No decision recorded for this route yet.</Text>;
  return (
    <Stack gap={4} aria-label="Latest decision" role="group">
      <Text size="sm">
        Latest decision: <strong>{decisionLabels[decision.decision]}</strong>, by {decision.decidedBy.name} on {formatDecidedAt(decision.decidedAt)}.
      </Text>
      <Group gap="xs">
        <Text size="sm">Evaluated then as</Text>
        <DecisionBadge decision={decision.evaluatedDecision} size="sm" />
        <OverrideBadge override={decision.override} />
      </Group>
      {decision.justification ? <Text size="sm">Justification: {decision.justification}</Text> : null}
    </Stack>
  );
}

/** Every decision on the patient, newest first; overrides are marked. */
export function DecisionHistory({ patientId }: { patientId: string }) {
  const decisions = useEligibilityDecisions(patientId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="decision-history-title">
      <Title order={3} id="decision-history-title">
        Decision history
      </Title>
      {decisions.isPending ? <Loader size="sm" aria-label="Loading the decisions" /> : null}
      {decisions.isError ? <ProblemAlert error={decisions.error} title="The decisions could not be loaded" /> : null}
      {decisions.data && decisions.data.decisions.length === 0 ? <Text c="dimmed">No eligibility decisions recorded.</Text> : null}
      {decisions.data && decisions.data.decisions.length > 0 ? (
        <Table aria-label="Decision history" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Route</Table.Th>
              <Table.Th>Decision</Table.Th>
              <Table.Th>Evaluated as</Table.Th>
              <Table.Th>Decided by</Table.Th>
              <Table.Th>Justification</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {decisions.data.decisions.map((decision) => (
              <Table.Tr key={decision.id}>
                <Table.Td>{formatDecidedAt(decision.decidedAt)}</Table.Td>
                <Table.Td>{routeLabel(decision.route)}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    {decisionLabels[decision.decision]}
                    <OverrideBadge override={decision.override} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <DecisionBadge decision={decision.evaluatedDecision} size="sm" />
                </Table.Td>
                <Table.Td>{decision.decidedBy.name}</Table.Td>
                <Table.Td>{decision.justification ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
