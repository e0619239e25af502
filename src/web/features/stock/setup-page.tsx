import { Divider, Group, Loader, Stack, Title } from '@mantine/core';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { LocationSelect, useChosenLocation } from './location-choice';
import { LocationSetup } from './location-setup';
import { ProductsSetup } from './products-setup';
import { AnchorLink } from './stock-link';

/** Setting up the controlled-substance stock: the products, and each location's DEA registration and safes. */
export function SetupPage() {
  const me = useSignedInUser();
  if (!can(me, 'stock.configure')) return <NoAccess />;
  return <Setup />;
}

function Setup() {
  const { locations, list, chosen, choose } = useChosenLocation();
  return (
    <Stack maw={1100} gap="lg">
      <AnchorLink to="/stock" search={chosen ? { locationId: chosen.id } : {}} size="sm">
        Back to the stock
      </AnchorLink>
      <Title order={2}>Set up controlled substances</Title>
      <ProductsSetup />
      <Divider />
      <Group justify="space-between" align="flex-end">
        <Title order={3}>Locations</Title>
        <LocationSelect list={list} chosen={chosen} onChoose={choose} />
      </Group>
      {locations.isPending ? <Loader aria-label="Loading the locations" /> : null}
      {locations.isError ? <ProblemAlert error={locations.error} title="The locations could not be loaded" /> : null}
      {chosen ? <LocationSetup location={chosen} /> : null}
    </Stack>
  );
}
