import { Anchor, Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { getJson } from '../../api/client';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';

interface RemsFormQueue {
  forms: { sessionId: string; patientName: string; firstDeviceAt: string; dueBy: string; urgency: 'ok' | 'due-soon' | 'overdue' }[];
}

const urgencyBadge = { ok: { color: 'gray', label: 'On time' }, 'due-soon': { color: 'orange', label: 'Due soon' }, overdue: { color: 'red', label: 'Overdue' } } as const;
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Esketamine sessions whose Spravato REMS monitoring form is not yet submitted, soonest deadline first. */
export function RemsFormsPage() {
  const me = useSignedInUser();
  const queue = useQuery({ queryKey: ['rems-forms'], queryFn: () => getJson<RemsFormQueue>('/api/rems-forms'), enabled: can(me, 'session.read') });
  if (!can(me, 'session.read')) return <NoAccess />;
  return (
    <Stack maw={960}>
      <Title order={2}>REMS monitoring forms</Title>
      <Text>Each esketamine session’s Patient Monitoring Form is due to the Spravato REMS within 7 days of the dose. Open the session to check the form, print it, and record that it was submitted.</Text>
      {queue.isPending ? <Loader aria-label="Loading the forms" /> : null}
      {queue.error ? <ProblemAlert error={queue.error} title="The forms could not be loaded" /> : null}
      {queue.data?.forms.length === 0 ? <Text c="dimmed">Every form is submitted.</Text> : null}
      {queue.data && queue.data.forms.length > 0 ? (
        <Table aria-label="Forms to submit" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Session</Table.Th>
              <Table.Th>Due by</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Form</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queue.data.forms.map((form) => (
              <Table.Tr key={form.sessionId}>
                <Table.Td>{form.patientName}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/sessions/${form.sessionId}`}>
                    {when(form.firstDeviceAt)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{when(form.dueBy)}</Table.Td>
                <Table.Td>
                  <Badge color={urgencyBadge[form.urgency].color}>{urgencyBadge[form.urgency].label}</Badge>
                </Table.Td>
                <Table.Td>
                  <Anchor href={`/api/sessions/${form.sessionId}/rems-form.pdf`} target="_blank" rel="noopener">
                    PDF
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
