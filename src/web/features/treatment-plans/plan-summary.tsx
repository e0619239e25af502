import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { indicationLabels } from '../measurement-packs/measurement-pack-words';
import type { Plan } from './plan-types';
import { formatDay, formatDose, formatMoment, routeLabels, statusLabels } from './plan-words';

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </Stack>
  );
}

function history(plan: Plan): string {
  const parts = [`Created ${formatMoment(plan.createdAt)}`];
  if (plan.activatedAt) parts.push(`started ${formatMoment(plan.activatedAt)}`);
  if (plan.endedAt) parts.push(`ended ${formatMoment(plan.endedAt)}${plan.statusReason ? `: ${plan.statusReason}` : ''}`);
  return `${parts.join(', ')}.`;
}

/** What the plan is: protocol, route, start, dose, indications, goals and therapist, and where it stands. */
export function PlanSummary({ plan, goalsEditable }: { plan: Plan; goalsEditable: boolean }) {
  const status = statusLabels[plan.status];
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Title order={3}>{plan.protocolName}</Title>
        <Badge color={status.color} size="lg">
          {status.label}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Fact label="Route">{routeLabels[plan.route]}</Fact>
        <Fact label="Protocol version">{plan.protocolVersion === 0 ? 'Published default' : `Clinic version ${plan.protocolVersion}`}</Fact>
        <Fact label="Start date">{formatDay(plan.startDate)}</Fact>
        <Fact label="Starting dose">{formatDose(plan.startingDose)}</Fact>
        <Fact label="Indications">{plan.indications.map((indication) => indicationLabels[indication as keyof typeof indicationLabels] ?? indication).join(', ') || 'None recorded'}</Fact>
        <Fact label="Integration therapist">{plan.integrationTherapist?.name ?? 'None'}</Fact>
      </SimpleGrid>
      {!goalsEditable ? <Fact label="Goals">{plan.goals || 'None written'}</Fact> : null}
      <Text size="sm" c="dimmed">
        {history(plan)}
      </Text>
    </Stack>
  );
}
