import { Loader, Table, Text } from '@mantine/core';
import { ProblemAlert } from '../../components/problem-alert';
import { DownloadLinks } from './download-links';
import { reportHref } from './report-links';
import { useCounts } from './stock-queries';
import { formatWhen } from './stock-words';

const kindWords = { daily: 'Daily count', initial: 'Initial inventory', biennial: 'Biennial inventory' } as const;
const timingWords = { opening: 'opening of business', close: 'close of business' } as const;

/** The counts taken at a location, newest first, each with its inventory record to download. */
export function InventoryCounts({ locationId }: { locationId: string }) {
  const counts = useCounts(locationId);
  if (counts.isPending) return <Loader aria-label="Loading the counts" />;
  if (counts.isError) return <ProblemAlert error={counts.error} title="The counts could not be loaded" />;
  if (counts.data.counts.length === 0) return <Text c="dimmed">No counts at this location yet.</Text>;
  return (
    <Table aria-label="Counts" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Counted</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th>By</Table.Th>
          <Table.Th>Containers</Table.Th>
          <Table.Th>Discrepancies</Table.Th>
          <Table.Th>Download</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {counts.data.counts.map((count) => (
          <Table.Tr key={count.id}>
            <Table.Td>{formatWhen(count.countedAt)}</Table.Td>
            <Table.Td>
              {kindWords[count.kind] ?? count.kind}
              {count.timing ? `, ${timingWords[count.timing] ?? count.timing}` : ''}
            </Table.Td>
            <Table.Td>{count.countedBy}</Table.Td>
            <Table.Td>{count.lines}</Table.Td>
            <Table.Td>{count.discrepancies}</Table.Td>
            <Table.Td>
              <DownloadLinks what={`the inventory of ${formatWhen(count.countedAt)}`} hrefOf={(format) => reportHref({ kind: 'inventory', countId: count.id, productId: '', locationId, from: '', to: '' }, format)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
