import { Button, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { CorrectionForm } from './correction-form';
import { useLedger } from './stock-queries';
import type { LedgerRecord, StockContainer } from './stock-types';
import { entryKindLabel, formatWhen } from './stock-words';

/** A container's ledger entries, newest first, each with its place in the hash chain; those who handle stock can correct one. */
export function ContainerLedger({ container, canHandle }: { container: StockContainer; canHandle: boolean }) {
  const ledger = useLedger(container.id);
  const [correcting, setCorrecting] = useState<LedgerRecord | null>(null);
  const [corrected, setCorrected] = useState<number | null>(null);
  if (ledger.isPending) return <Loader aria-label="Loading the ledger" />;
  if (ledger.isError) return <ProblemAlert error={ledger.error} title="The ledger could not be loaded" />;
  if (ledger.data.entries.length === 0) return <Text c="dimmed">No entries.</Text>;
  return (
    <Stack>
      <Table aria-label="Ledger entries" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Quantity</Table.Th>
            <Table.Th>Hash</Table.Th>
            {canHandle ? <Table.Th>Actions</Table.Th> : null}
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
              {canHandle ? (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={`Correct entry ${entry.seq}`}
                    onClick={() => {
                      setCorrected(null);
                      setCorrecting(entry);
                    }}
                  >
                    Correct
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {corrected !== null ? <Text role="status">The correction of entry {corrected} is recorded.</Text> : null}
      {correcting ? (
        <Paper withBorder p="md">
          <CorrectionForm
            key={correcting.entryId}
            entry={correcting}
            container={container}
            onCancel={() => setCorrecting(null)}
            onDone={() => {
              setCorrected(correcting.seq);
              setCorrecting(null);
            }}
          />
        </Paper>
      ) : null}
    </Stack>
  );
}
