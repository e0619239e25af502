import { Badge, Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { fefoOrder, isOnHand } from './stock-summary';
import type { StockContainer, StorageLocation } from './stock-types';
import { containerStateLabel, formatDay } from './stock-words';

export type ContainerAction = 'movement' | 'transfer' | 'ledger';

interface Props {
  containers: readonly StockContainer[];
  storage: readonly StorageLocation[];
  canHandle: boolean;
  onAction: (action: ContainerAction, container: StockContainer) => void;
}

/** Every container at the location, open ones first then first expiry first, with what can be done to each. */
export function ContainersTable({ containers, storage, canHandle, onAction }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = fefoOrder(showAll ? containers : containers.filter((container) => isOnHand(container.state)));
  const storageName = (id: string | null) => storage.find((place) => place.id === id)?.name ?? '—';
  return (
    <Stack gap="xs" component="section" aria-label="Containers">
      <Group justify="space-between">
        <Title order={3}>Containers</Title>
        <Switch label="Show used-up containers too" checked={showAll} onChange={(event) => setShowAll(event.currentTarget.checked)} />
      </Group>
      {shown.length === 0 ? <Text c="dimmed">No containers.</Text> : null}
      {shown.length > 0 ? (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label="Containers" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Label</Table.Th>
                <Table.Th>Lot</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Balance</Table.Th>
                <Table.Th>Storage</Table.Th>
                <Table.Th>Reserved for</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((container) => {
                const state = containerStateLabel(container.state);
                return (
                  <Table.Tr key={container.id}>
                    <Table.Td>{container.label}</Table.Td>
                    <Table.Td>{container.lotNumber}</Table.Td>
                    <Table.Td>{formatDay(container.expiresOn)}</Table.Td>
                    <Table.Td>
                      <Badge color={state.color} style={{ minWidth: 'max-content' }}>
                        {state.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {container.balanceMg} mg ({container.balanceMl} mL)
                    </Table.Td>
                    <Table.Td>{storageName(container.storageId)}</Table.Td>
                    <Table.Td>{container.reservedForPatient?.name ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {canHandle && isOnHand(container.state) ? (
                          <>
                            <Button size="xs" variant="default" onClick={() => onAction('movement', container)} aria-label={`Record a movement for ${container.label}`}>
                              Record…
                            </Button>
                            <Button size="xs" variant="default" onClick={() => onAction('transfer', container)} aria-label={`Transfer ${container.label}`}>
                              Transfer…
                            </Button>
                          </>
                        ) : null}
                        <Button size="xs" variant="subtle" onClick={() => onAction('ledger', container)} aria-label={`Ledger of ${container.label}`}>
                          Ledger
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
