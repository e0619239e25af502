import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { useChosenLocation } from './location-choice';
import { ReceiveForm } from './receive-form';
import { AnchorLink, ButtonLink } from './stock-link';
import { useProducts } from './stock-queries';
import type { ReceiptBody } from './stock-types';

/** Receiving a delivery into stock: one receipt entry per container, with the supplier's details (21 CFR 1304.22(c)(3)). */
export function ReceivePage() {
  const me = useSignedInUser();
  if (!can(me, 'stock.handle')) return <NoAccess />;
  return <Receive canSearchPatients={can(me, 'patient.search')} />;
}

function Receive({ canSearchPatients }: { canSearchPatients: boolean }) {
  const { locations, list, chosen } = useChosenLocation();
  const products = useProducts();
  const [received, setReceived] = useState<{ receipt: ReceiptBody; count: number } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const productName = (id: string) => products.data?.products.find((product) => product.id === id)?.genericName ?? 'the product';
  const back = chosen ? { locationId: received?.receipt.locationId ?? chosen.id } : {};

  return (
    <Stack maw={960} gap="lg">
      <AnchorLink to="/stock" search={back} size="sm">
        Back to the stock
      </AnchorLink>
      <Title order={2}>Receive stock</Title>
      <Text>Enter the delivery as the invoice or packing slip shows it. Each container gets its own label and ledger.</Text>
      {locations.isPending || products.isPending ? <Loader aria-label="Loading the products" /> : null}
      {locations.isError ? <ProblemAlert error={locations.error} title="The locations could not be loaded" /> : null}
      {products.isError ? <ProblemAlert error={products.error} title="The products could not be loaded" /> : null}
      {products.data?.products.length === 0 ? <Text>No products are set up yet. Whoever configures the clinic adds them first.</Text> : null}
      {received ? (
        <Alert color="green" title="Received" role="status">
          {received.count} {received.count === 1 ? 'container' : 'containers'} of {productName(received.receipt.productId)}, lot {received.receipt.lotNumber}, are now in stock.
          <Group mt="sm">
            <ButtonLink to="/stock" search={back} variant="default" size="xs">
              See the stock
            </ButtonLink>
          </Group>
        </Alert>
      ) : null}
      {chosen && products.data ? (
        <ReceiveForm
          key={formKey}
          products={products.data.products}
          locations={list}
          locationId={chosen.id}
          canSearchPatients={canSearchPatients}
          onReceived={(receipt, containerIds) => {
            setReceived({ receipt, count: containerIds.length });
            setFormKey((key) => key + 1);
          }}
        />
      ) : null}
    </Stack>
  );
}
