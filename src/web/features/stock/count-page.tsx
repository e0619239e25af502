import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { CountForm } from './count-form';
import { CountResultView } from './count-result';
import { LocationSelect, useChosenLocation } from './location-choice';
import { AnchorLink } from './stock-link';
import { useContainers } from './stock-queries';
import { fefoOrder, isOnHand } from './stock-summary';
import type { CountResult, StockContainer } from './stock-types';

/** Counting a location's stock against the ledger (a daily count, or the initial or biennial inventory of 21 CFR 1304.11). */
export function CountPage() {
  const me = useSignedInUser();
  if (!can(me, 'stock.handle')) return <NoAccess />;
  return <Count />;
}

function Count() {
  const { locations, list, chosen, choose } = useChosenLocation();
  const containers = useContainers(chosen?.id ?? null);
  // The sheet as counted: kept when the stock is read again after the count.
  const [done, setDone] = useState<{ result: CountResult; containers: StockContainer[] } | null>(null);
  const onHand = fefoOrder((containers.data?.containers ?? []).filter((container) => isOnHand(container.state)));

  return (
    <Stack maw={1100} gap="lg">
      <AnchorLink to="/stock" search={chosen ? { locationId: chosen.id } : {}} size="sm">
        Back to the stock
      </AnchorLink>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Count{chosen ? `: ${chosen.name}` : ''}</Title>
        <LocationSelect
          list={list}
          chosen={chosen}
          onChoose={(id) => {
            setDone(null);
            choose(id);
          }}
        />
      </Group>
      {locations.isError ? <ProblemAlert error={locations.error} title="The locations could not be loaded" /> : null}
      {containers.isError ? <ProblemAlert error={containers.error} title="The stock could not be loaded" /> : null}
      {locations.isPending || (chosen && containers.isPending) ? <Loader aria-label="Loading the stock" /> : null}
      {done ? <CountResultView result={done.result} containers={done.containers} /> : null}
      {done ? (
        <Text>
          <Anchor component="button" type="button" onClick={() => setDone(null)}>
            Count again
          </Anchor>
        </Text>
      ) : null}
      {chosen && containers.data && !done ? <CountForm key={chosen.id} locationId={chosen.id} containers={onHand} onCounted={(result) => setDone({ result, containers: onHand })} /> : null}
    </Stack>
  );
}
