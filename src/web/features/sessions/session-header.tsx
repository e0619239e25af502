import { Anchor, Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { Elapsed } from './countdown';
import type { SessionChart } from './session-types';
import { routeLabel, stateLabel } from './session-words';

/** When the patient's time on the floor stopped counting: discharge, or the stop. */
function endedAt(chart: SessionChart): string | null {
  if (chart.dischargedAt) return chart.dischargedAt;
  if (chart.state === 'stopped') return chart.transitions.at(-1)?.at ?? null;
  return null;
}

/** Who, where and what: patient, chair, route, protocol, state and time on the floor. */
export function SessionHeader({ chart }: { chart: SessionChart }) {
  const state = stateLabel(chart.state);
  const ended = endedAt(chart);
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2}>{chart.patient.name}</Title>
          <Text size="sm" c="dimmed">
            MRN {chart.patient.mrn} · Session {chart.planSequence} of the plan ·{' '}
            <Anchor component={Link} to={`/patients/${chart.patient.id}/plan`} size="sm">
              Treatment plan
            </Anchor>
            {chart.route === 'intranasal-esketamine' && chart.dosingStartedAt ? (
              <>
                {' · '}
                <Anchor href={`/api/sessions/${chart.id}/rems-form.pdf`} target="_blank" rel="noopener" size="sm">
                  REMS monitoring form (PDF)
                </Anchor>
              </>
            ) : null}
          </Text>
        </Stack>
        <Badge size="xl" color={state.color}>
          <VisuallyHidden>State: </VisuallyHidden>
          {state.label}
        </Badge>
      </Group>
      <Group gap="lg">
        <Text fw={600}>{chart.chair}</Text>
        <Text>{routeLabel(chart.route)}</Text>
        <Text>{chart.protocol.name}</Text>
        {chart.checkedInAt ? <Elapsed sinceMs={Date.parse(chart.checkedInAt)} untilMs={ended ? Date.parse(ended) : null} label="On the floor" /> : null}
      </Group>
    </Stack>
  );
}
