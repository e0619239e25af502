import { Loader, Table, Text } from '@mantine/core';
import { ProblemAlert } from '../../components/problem-alert';
import { useLedger } from './stock-queries';
import { entryKindLabel, formatWhen } from './stock-words';

/** A container's ledger entries, newest first, each with its place in the hash chain. */
export function ContainerLedger({ containerId }: { containerId: string }) {
  const ledger = useLedger(containerId);
  if (ledger.isPending) return <Loader aria-label="Loading the ledger" />;
  if (ledger.isError) return <ProblemAlert error={ledger.error} title="The ledger could not be loaded" />;
  if (ledger.data.entries.length === 0) return <Text c="dimmed">No entries.</Text>;
  return (
    <Table aria-label="Ledger entries" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>#</Table.Th>
          <Table.Th>When</Table.Th>
          <Table.Th>What</Table.Th>
          <Table.Th>Quantity</Table.Th>
          <Table.Th>Hash</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ledger.data.entries.map((entry) => (
          <Table.Tr key={entry.entryId}>
            <Table.Td>{entry.seq}</Table.Td>
            <Table.Td>{formatWhen(entry.occurredAt)}</Table.Td>
            <Table.Td>{entryKindLabel(entry.kind)}</Table.Td>
            <Table.Td>
              {entry.quantityMg} mg ({entry.quantityMl} mL)
            </Table.Td>
            <Table.Td>
              <Text span ff="monospace" size="xs" title={entry.hash}>
                {entry.hash.slice(0, 12)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
