import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import type { ProductSummary } from './stock-summary';
import { formatDay } from './stock-words';

/** Per product at this location: containers sealed and open, what is on hand, and the lots, first expiry first. */
export function StockSummaryTable({ summaries }: { summaries: readonly ProductSummary[] }) {
  return (
    <Stack gap="xs" component="section" aria-label="On hand">
      <Title order={3}>On hand</Title>
      {summaries.length === 0 ? <Text c="dimmed">No stock at this location.</Text> : null}
      {summaries.length > 0 ? (
        <Table aria-label="Stock on hand by product" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th>Sealed</Table.Th>
              <Table.Th>Open</Table.Th>
              <Table.Th>On hand</Table.Th>
              <Table.Th>Full-container equivalents</Table.Th>
              <Table.Th>Lots (first expiry first)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summaries.map((summary) => (
              <Table.Tr key={summary.productId}>
                <Table.Td>
                  <Text>{summary.productName}</Text>
                  <Text size="sm" c="dimmed">
                    NDC {summary.ndc}, {summary.strengthMgPerMl} mg/mL, {summary.containerMl} mL per container
                  </Text>
                </Table.Td>
                <Table.Td>{summary.sealed}</Table.Td>
                <Table.Td>{summary.open}</Table.Td>
                <Table.Td>
                  {summary.onHandMg} mg ({summary.onHandMl} mL)
                </Table.Td>
                <Table.Td>
                  <Text span>{summary.fullContainers}</Text>
                  {summary.reorderAtContainers !== null ? (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      (reorder at {summary.reorderAtContainers})
                    </Text>
                  ) : null}
                  {summary.reorderNow ? (
                    <Badge color="orange" ml="xs">
                      Reorder
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {summary.lots.map((lot) => (
                    <Text key={lot.lotNumber} size="sm">
                      {lot.lotNumber}: {lot.containers} {lot.containers === 1 ? 'container' : 'containers'}, expires {formatDay(lot.expiresOn)}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
