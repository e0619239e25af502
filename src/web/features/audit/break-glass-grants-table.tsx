import { Badge, Group, Table, Text } from '@mantine/core';
import type { BreakGlassListResponse } from '../../../server/routes/patients/patients.schemas';
import { formatLocalDateTime } from './format-audit';

type Grant = BreakGlassListResponse['grants'][number];

/** Each emergency access: who opened which record, why, and for how long; still-open ones are marked. */
export function BreakGlassGrantsTable({ grants, now }: { grants: Grant[]; now: Date }) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped withTableBorder aria-label="Emergency access">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Who</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Granted</Table.Th>
            <Table.Th>Expires</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grants.map((grant) => (
            <Table.Tr key={grant.id}>
              <Table.Td>
                <Text span size="sm" title={grant.userId}>
                  {grant.userName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text span size="sm" title={grant.patientId}>
                  {grant.patientName}
                </Text>
              </Table.Td>
              <Table.Td>{grant.reason}</Table.Td>
              <Table.Td>
                <time dateTime={grant.grantedAt}>{formatLocalDateTime(grant.grantedAt)}</time>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <time dateTime={grant.expiresAt}>{formatLocalDateTime(grant.expiresAt)}</time>
                  {new Date(grant.expiresAt) > now ? (
                    <Badge color="orange" size="sm">
                      Open
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
