import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';
import type { StockContainer, StockLocation } from './stock-types';

/** Moves a whole container to another registered location: a transfer out here, and a new container there. */
export function TransferForm({ container, locations, onDone, onCancel }: { container: StockContainer; locations: readonly StockLocation[]; onDone: () => void; onCancel: () => void }) {
  const others = locations.filter((location) => location.id !== container.locationId);
  const [toLocationId, setToLocationId] = useState(others[0]?.id ?? '');
  const transfer = useStockChange(stockApi.transfer, onDone);
  const fromServer = serverFieldErrors(transfer.error);
  const destination = others.find((location) => location.id === toLocationId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (toLocationId) transfer.mutate({ containerId: container.id, toLocationId });
  };
  if (others.length === 0) return <Text>There is no other location to transfer to.</Text>;
  return (
    <form onSubmit={submit} noValidate aria-label="Transfer a container">
      <Stack>
        <Text>
          {container.label}: {container.balanceMg} mg ({container.balanceMl} mL).
        </Text>
        <NativeSelect
          label="To location"
          data={others.map((location) => ({ value: location.id, label: location.name }))}
          value={toLocationId}
          onChange={(event) => setToLocationId(event.currentTarget.value)}
          error={fromServer.toLocationId}
        />
        {destination && !destination.registration ? <Text c="orange.8">{destination.name} has no DEA registration on file; the transfer will be refused until it has one.</Text> : null}
        {transfer.isError ? <ProblemAlert error={transfer.error} title="The container was not transferred" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={transfer.isPending}>
            Transfer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
