import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { SessionProblem } from './blocker-list';
import { DoseStep } from './dose-step';
import { DosingStep } from './dosing-step';
import { MonitoringStep } from './monitoring-step';
import { ReadinessStep } from './readiness-step';
import { SessionPrompts } from './session-prompts';
import { useSessionTransition } from './session-queries';
import type { ChartAbilities, SessionChart } from './session-types';
import { SignOffStep } from './sign-off-step';

function CheckInStep({ chart, can }: { chart: SessionChart; can: ChartAbilities }) {
  const checkIn = useSessionTransition(chart);
  return (
    <Stack gap="md">
      <Title order={3}>Scheduled</Title>
      <Text>The patient is booked in {chart.chair}. Check them in when they arrive.</Text>
      {can.chart ? (
        <Group>
          <Button size="lg" onClick={() => checkIn.mutate({ action: 'check-in' })} loading={checkIn.isPending}>
            Check in
          </Button>
        </Group>
      ) : null}
      <SessionProblem error={checkIn.error} title="The patient was not checked in" patientId={chart.patient.id} />
    </Stack>
  );
}

/** What the session's current state needs, and the button that moves it on. */
export function StepPanel({ chart, can }: { chart: SessionChart; can: ChartAbilities }) {
  // Keyed by state, so each step's form starts from the chart as it is when the step opens.
  const step = (() => {
    switch (chart.state) {
      case 'scheduled':
        return <CheckInStep chart={chart} can={can} />;
      case 'checked-in':
        return <ReadinessStep key="checked-in" chart={chart} can={can} />;
      case 'ready':
        return <DoseStep key="ready" chart={chart} can={can} />;
      case 'dosing':
        return <DosingStep chart={chart} can={can} />;
      case 'monitoring':
      case 'discharge-ready':
        return <MonitoringStep key={chart.state} chart={chart} can={can} />;
      default:
        return <SignOffStep chart={chart} can={can} />;
    }
  })();
  return (
    <Card withBorder padding="lg" component="section" aria-label="Current step">
      <Stack gap="md">
        {step}
        <SessionPrompts chart={chart} />
      </Stack>
    </Card>
  );
}
