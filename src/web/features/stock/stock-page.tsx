import { Alert, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { ContainerLedger } from './container-ledger';
import { type ContainerAction, ContainersTable } from './containers-table';
import { LocationSelect, useChosenLocation } from './location-choice';
import { MovementForm } from './movement-form';
import { StockAlerts } from './stock-alerts';
import { StockLinks } from './stock-links';
import { useAlerts, useContainers, useProducts } from './stock-queries';
import { summariseStock } from './stock-summary';
import { StockSummaryTable } from './stock-summary-table';
import type { StockContainer, StockLocation } from './stock-types';
import { formatDay } from './stock-words';
import { TransferForm } from './transfer-form';

const modalTitles: Record<ContainerAction, string> = { movement: 'Record a movement', transfer: 'Transfer a container', ledger: 'Ledger' };

function Registration({ location }: { location: StockLocation }) {
  if (!location.registration) {
    return (
      <Alert color="orange" title="No DEA registration on file">
        Each location that stores controlled substances needs its own DEA registration. Ask whoever configures the clinic to add it.
      </Alert>
    );
  }
  const { number, schedules, expiresOn } = location.registration;
  return (
    <Text size="sm" c="dimmed">
      DEA registration {number}, schedules {schedules.join(', ')}, expires {formatDay(expiresOn)}.
    </Text>
  );
}

/** Controlled-substance stock at one location: alerts, what is on hand per product, and every container. */
export function StockPage() {
  const me = useSignedInUser();
  if (!can(me, 'stock.read')) return <NoAccess />;
  return <Stock canHandle={can(me, 'stock.handle')} canConfigure={can(me, 'stock.configure')} />;
}

function Stock({ canHandle, canConfigure }: { canHandle: boolean; canConfigure: boolean }) {
  const { locations, list, chosen, choose } = useChosenLocation();
  const locationId = chosen?.id ?? null;
  const containers = useContainers(locationId);
  const alerts = useAlerts(locationId);
  const products = useProducts();
  const [open, setOpen] = useState<{ action: ContainerAction; container: StockContainer } | null>(null);
  const close = () => setOpen(null);

  return (
    <Stack maw={1280} gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Controlled substances</Title>
        <LocationSelect list={list} chosen={chosen} onChoose={choose} />
      </Group>
      <StockLinks locationId={chosen?.id} canHandle={canHandle} canConfigure={canConfigure} />
      {locations.isPending ? <Loader aria-label="Loading the locations" /> : null}
      {locations.isError ? <ProblemAlert error={locations.error} title="The locations could not be loaded" /> : null}
      {chosen ? <Registration location={chosen} /> : null}
      {alerts.isError ? <ProblemAlert error={alerts.error} title="The alerts could not be loaded" /> : null}
      {alerts.data ? <StockAlerts alerts={alerts.data.alerts} /> : null}
      {containers.isPending && locationId ? <Loader aria-label="Loading the stock" /> : null}
      {containers.isError ? <ProblemAlert error={containers.error} title="The stock could not be loaded" /> : null}
      {containers.data ? (
        <>
          <StockSummaryTable summaries={summariseStock(containers.data.containers, products.data?.products ?? [])} />
          <ContainersTable containers={containers.data.containers} storage={chosen?.storage ?? []} canHandle={canHandle} onAction={(action, container) => setOpen({ action, container })} />
        </>
      ) : null}
      <Modal opened={open !== null} onClose={close} title={open ? `${modalTitles[open.action]}: ${open.container.label}` : ''} size="xl">
        {open?.action === 'movement' ? <MovementForm container={open.container} onDone={close} onCancel={close} /> : null}
        {open?.action === 'transfer' ? <TransferForm container={open.container} locations={list} onDone={close} onCancel={close} /> : null}
        {open?.action === 'ledger' ? <ContainerLedger container={open.container} canHandle={canHandle} /> : null}
      </Modal>
    </Stack>
  );
}
