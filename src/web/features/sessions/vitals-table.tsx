import { Table, Text, Title } from '@mantine/core';
import { formatTime } from './local-time';
import type { VitalRow } from './session-types';
import { vitalFields } from './vital-fields';

const show = (value: number | null) => (value === null ? '–' : String(value));

/** The session's vital signs, oldest first, as a table (monitor imports marked). */
export function VitalsTable({ vitals }: { vitals: readonly VitalRow[] }) {
  return (
    <section aria-labelledby="vitals-table-title">
      <Title order={3} id="vitals-table-title" mb="xs">
        Vital signs
      </Title>
      {vitals.length === 0 ? (
        <Text c="dimmed">None recorded yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped withTableBorder aria-labelledby="vitals-table-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Time</Table.Th>
                {vitalFields.map(({ key, label, unit }) => (
                  <Table.Th key={key} scope="col">
                    {label} ({unit})
                  </Table.Th>
                ))}
                <Table.Th scope="col">Source</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {vitals.map((vital) => (
                <Table.Tr key={vital.id}>
                  <Table.Th scope="row" fw={500}>
                    {formatTime(vital.measuredAt)}
                  </Table.Th>
                  {vitalFields.map(({ key }) => (
                    <Table.Td key={key}>{show(vital[key])}</Table.Td>
                  ))}
                  <Table.Td>{vital.source === 'monitor-import' ? 'Monitor' : 'Entered'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
