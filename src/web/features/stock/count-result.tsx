import { Alert, Anchor, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { CountResult, StockContainer } from './stock-types';

const discrepancyWords: Record<string, string> = { 'missing-container': 'Missing', 'volume-difference': 'Volume differs', 'unexpected-container': 'Not expected' };

/** The count against the ledger: agreement, or each difference and the case it opened. */
export function CountResultView({ result, containers }: { result: CountResult; containers: readonly StockContainer[] }) {
  if (result.discrepancies.length === 0) {
    return (
      <Alert color="green" title="The count matches the ledger" role="status">
        Every container was accounted for.
      </Alert>
    );
  }
  const label = (containerId: string) => containers.find((container) => container.id === containerId)?.label ?? containerId;
  return (
    <Alert color="red" title="The count does not match the ledger" role="alert">
      <Table aria-label="Discrepancies" mb="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Container</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Ledger (mL)</Table.Th>
            <Table.Th>Counted (mL)</Table.Th>
            <Table.Th>Difference (mL)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.discrepancies.map((discrepancy) => (
            <Table.Tr key={discrepancy.containerId}>
              <Table.Td>{label(discrepancy.containerId)}</Table.Td>
              <Table.Td>{discrepancyWords[discrepancy.kind] ?? discrepancy.kind}</Table.Td>
              <Table.Td>{discrepancy.expected}</Table.Td>
              <Table.Td>{discrepancy.counted}</Table.Td>
              <Table.Td>{discrepancy.differenceMl > 0 ? `+${discrepancy.differenceMl}` : discrepancy.differenceMl}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {result.caseId ? (
        <Text>
          A discrepancy case was opened for investigation.{' '}
          <Anchor component={Link} to="/stock/cases">
            Open the cases
          </Anchor>
        </Text>
      ) : null}
    </Alert>
  );
}
