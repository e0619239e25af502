import { Anchor, Card, Grid, Group, Loader, Stack } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { AdverseEventForm } from './adverse-event-form';
import { EventsList } from './events-list';
import { MonitorImport } from './monitor-import';
import { ObservationsPanel } from './observations-panel';
import { offsetFromCountdown, ServerClockOffset } from './server-clock';
import { SessionHeader } from './session-header';
import { useSessionChart } from './session-queries';
import type { ChartAbilities } from './session-types';
import { chartingStates } from './session-words';
import { StepPanel } from './step-panel';
import { StopSessionButton } from './stop-session-button';
import { VitalsEntryForm } from './vitals-entry-form';
import { VitalsTable } from './vitals-table';

/** The session chart a nurse keeps at the chair: the current step, vital signs, events and observations. */
export function SessionChartPage() {
  const me = useSignedInUser();
  const { sessionId } = useParams({ from: '/signed-in/sessions/$sessionId' });
  if (!can(me, 'session.read')) return <NoAccess />;
  return <SessionChart sessionId={sessionId} can={{ chart: can(me, 'session.chart'), sign: can(me, 'session.sign'), userId: me.user.id }} />;
}

function SessionChart({ sessionId, can: abilities }: { sessionId: string; can: ChartAbilities }) {
  const query = useSessionChart(sessionId);
  if (query.isPending) return <Loader aria-label="Loading the session" />;
  if (query.isError) return <ProblemAlert error={query.error} title="The session could not be loaded" />;
  const chart = query.data;
  const { nextCheck } = chart.status;
  const onFloor = chartingStates.includes(chart.state);
  const charting = onFloor && abilities.chart;
  return (
    <ServerClockOffset.Provider value={offsetFromCountdown(nextCheck.dueAt, nextCheck.secondsRemaining, query.dataUpdatedAt)}>
      <Stack maw={1280} gap="lg">
        <Anchor component={Link} to="/floor" size="sm">
          Back to the treatment floor
        </Anchor>
        <SessionHeader chart={chart} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              <StepPanel chart={chart} can={abilities} />
              {onFloor ? (
                <Card withBorder padding="lg">
                  <VitalsEntryForm chart={chart} canChart={charting} />
                </Card>
              ) : null}
              <VitalsTable vitals={chart.vitals} />
              {charting ? (
                <details>
                  <summary style={{ cursor: 'pointer', fontWeight: 600 }}>Import monitor readings</summary>
                  <MonitorImport chart={chart} />
                </details>
              ) : null}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <EventsList chart={chart} can={abilities} />
              {onFloor ? <ObservationsPanel chart={chart} canChart={charting} /> : null}
              {charting ? <AdverseEventForm chart={chart} /> : null}
              {charting ? (
                <Group>
                  <StopSessionButton chart={chart} />
                </Group>
              ) : null}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </ServerClockOffset.Provider>
  );
}
