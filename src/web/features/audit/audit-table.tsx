import { Badge, Stack, Table, Text } from '@mantine/core';
import type { AuditSortField } from '../../api/client';
import type { AuditSort } from './audit-sort';
import { describeAuditRole, formatLocalDateTime, type AuditEntry } from './format-audit';
import { OutcomeBadge } from './outcome-badge';
import { ShortId } from './short-id';
import { SortableHeader } from './sortable-header';

export function AuditTable({ entries, sort, onSort }: { entries: AuditEntry[]; sort: AuditSort; onSort: (field: AuditSortField) => void }) {
  const header = (label: string, field: AuditSortField) => <SortableHeader label={label} field={field} current={sort} onSort={onSort} />;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder aria-label="Audit trail">
        <Table.Thead>
          <Table.Tr>
            {header('Time', 'occurredAt')}
            {header('User', 'actorUserId')}
            {header('Action', 'action')}
            {header('Patient', 'patientId')}
            {header('Outcome', 'outcome')}
            <Table.Th>Emergency access</Table.Th>
            <Table.Th>Request id</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td>
                <time dateTime={entry.occurredAt}>{formatLocalDateTime(entry.occurredAt)}</time>
              </Table.Td>
              <Table.Td>
                {entry.actorUserId ? <ShortId id={entry.actorUserId} /> : <Text span size="sm" c="dimmed">Not signed in</Text>}
                {entry.actorRole ? (
                  <Text size="xs" c="dimmed">
                    {describeAuditRole(entry.actorRole)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text span ff="monospace" size="sm">
                  {entry.action}
                </Text>
              </Table.Td>
              <Table.Td>{entry.patientId ? <ShortId id={entry.patientId} /> : null}</Table.Td>
              <Table.Td>
                <OutcomeBadge outcome={entry.outcome} />
              </Table.Td>
              <Table.Td>
                {entry.breakGlass ? (
                  <Stack gap={2} align="flex-start">
                    <Badge color="orange">Break-glass</Badge>
                    {entry.reason ? <Text size="xs">{entry.reason}</Text> : null}
                  </Stack>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text span ff="monospace" size="xs">
                  {entry.requestId}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
