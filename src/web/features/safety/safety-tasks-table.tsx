import { Anchor, List, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { dispositionLabels, formatLocalDateTime, type SafetyTask } from './format-safety';
import { ResolveTaskButton } from './resolve-task-button';
import { SeverityBadge } from './severity-badge';

const dispositionLabel = (disposition: string) => dispositionLabels[disposition as keyof typeof dispositionLabels] ?? disposition;

export function SafetyTasksTable({ tasks, onResolved }: { tasks: readonly SafetyTask[]; onResolved: (message: string) => void }) {
  return (
    <Table.ScrollContainer minWidth={840}>
      <Table withTableBorder striped aria-label="Safety tasks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>Severity</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>Reasons</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Escalated</Table.Th>
            <Table.Th>Response</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>
                <SeverityBadge severity={task.severity} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/patients/${task.patientId}`}>
                  {task.patientName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  MRN {task.mrn}
                </Text>
              </Table.Td>
              <Table.Td>
                <List size="sm">
                  {task.reasons.map((reason) => (
                    <List.Item key={reason}>{reason}</List.Item>
                  ))}
                </List>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <time dateTime={task.dueAt}>{formatLocalDateTime(task.dueAt)}</time>
                  {task.overdue ? (
                    <Text c="red" fw={700} size="sm">
                      overdue
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>{task.escalatedAt ? <time dateTime={task.escalatedAt}>{formatLocalDateTime(task.escalatedAt)}</time> : 'No'}</Table.Td>
              <Table.Td>
                {task.resolvedAt === null ? (
                  <ResolveTaskButton task={task} onResolved={onResolved} />
                ) : (
                  <Text size="sm">
                    Closed {formatLocalDateTime(task.resolvedAt)}
                    {task.resolution ? `: ${dispositionLabel(task.resolution.disposition)}` : ''}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
