import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { PlanResponse } from '../../../server/routes/treatment-plans/treatment-plans.schemas';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { formatDay } from '../treatment-plans/plan-words';
import { CheckInButton } from './check-in-button';
import { usePatientSessions } from './session-queries';
import type { PatientSessionSummary } from './session-types';
import { stateLabel } from './session-words';

/** The patient's sessions of this plan, by sequence (newest first wins). */
function sessionsOfPlan(sessions: readonly PatientSessionSummary[], plan: PlanResponse): Map<number, PatientSessionSummary> {
  const bySequence = new Map<number, PatientSessionSummary>();
  for (const session of sessions) {
    if (session.planId === plan.id && !bySequence.has(session.planSequence)) bySequence.set(session.planSequence, session);
  }
  return bySequence;
}

/** For an active plan: each planned session, with "Check in" to start it in a chair, or "Open" for its chart. */
export function PlanSessionsPanel({ patientId, plan }: { patientId: string; plan: PlanResponse }) {
  const me = useSignedInUser();
  const canRead = can(me, 'session.read');
  const canChart = can(me, 'session.chart');
  const sessions = usePatientSessions(patientId, canRead);
  if (!canRead) return null;
  const started = sessionsOfPlan(sessions.data?.sessions ?? [], plan);
  return (
    <Stack gap="xs" component="section" aria-labelledby="plan-sessions-title">
      <Title order={4} id="plan-sessions-title">
        Session day
      </Title>
      {sessions.isError ? <ProblemAlert error={sessions.error} title="The sessions could not be loaded" /> : null}
      <Table aria-labelledby="plan-sessions-title" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Session</Table.Th>
            <Table.Th scope="col">Planned</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">Chart</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.sessions.map((planned) => {
            const session = started.get(planned.sequence);
            const state = session ? stateLabel(session.state) : null;
            return (
              <Table.Tr key={planned.sequence}>
                <Table.Th scope="row">{planned.sequence}</Table.Th>
                <Table.Td>
                  {formatDay(planned.plannedDate)} at {planned.startTime}
                </Table.Td>
                <Table.Td>{state ? <Badge color={state.color}>{state.label}</Badge> : <Text size="sm">Not started</Text>}</Table.Td>
                <Table.Td>
                  {session ? (
                    <Button component={Link} to={`/sessions/${session.id}`} size="xs" variant="light" aria-label={`Open session ${planned.sequence}`}>
                      Open
                    </Button>
                  ) : canChart && sessions.isSuccess ? (
                    <CheckInButton patientId={patientId} planId={plan.id} planSequence={planned.sequence} />
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
