import { Group, Loader, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState, type ChangeEvent } from 'react';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { DownloadLinks } from './download-links';
import { InventoryCounts } from './inventory-counts';
import { LocationSelect, useChosenLocation } from './location-choice';
import { reportHref, type ReportChoice, type ReportKind } from './report-links';
import { AnchorLink } from './stock-link';
import { useProducts, useStockSettings } from './stock-queries';
import { StockSettingsForm } from './stock-settings-form';

const reportKinds: { value: ReportKind; label: string }[] = [
  { value: 'ledger', label: 'Ledger of a product' },
  { value: 'dispensing', label: 'Dispensing record' },
  { value: 'inventory', label: 'Inventory' },
];

/** The records an inspector asks for, to download as CSV or PDF; and how long they are kept. */
export function ReportsPage() {
  const me = useSignedInUser();
  if (!can(me, 'stock.read')) return <NoAccess />;
  return <Reports canConfigure={can(me, 'stock.configure')} />;
}

function Reports({ canConfigure }: { canConfigure: boolean }) {
  const { list, chosen, choose } = useChosenLocation();
  const products = useProducts();
  const settings = useStockSettings();
  const [choice, setChoice] = useState<ReportChoice>(() => ({ kind: 'ledger', productId: '', locationId: '', from: dayjs().startOf('month').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD'), countId: '' }));
  const set = (key: 'productId' | 'locationId' | 'from' | 'to') => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const value = event.currentTarget.value;
    setChoice((current) => ({ ...current, [key]: value }));
  };
  const what = reportKinds.find((kind) => kind.value === choice.kind)?.label.toLowerCase() ?? 'the report';

  return (
    <Stack maw={1100} gap="lg">
      <AnchorLink to="/stock" search={chosen ? { locationId: chosen.id } : {}} size="sm">
        Back to the stock
      </AnchorLink>
      <Title order={2}>Controlled-substance reports</Title>
      <SegmentedControl aria-label="Report" data={reportKinds} value={choice.kind} onChange={(kind) => setChoice((current) => ({ ...current, kind: kind as ReportKind }))} />
      {choice.kind === 'inventory' ? (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Text>Each count is an inventory record: the containers counted, what was found, and whether it was taken at opening or close of business.</Text>
            <LocationSelect list={list} chosen={chosen} onChoose={choose} />
          </Group>
          {chosen ? <InventoryCounts locationId={chosen.id} /> : null}
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text>{choice.kind === 'ledger' ? 'Every receipt, administration, waste, transfer and disposal of one product, with its running balance.' : 'Every dose administered: patient, date, quantity, lot, and who gave it.'}</Text>
          <SimpleGrid cols={{ base: 1, sm: choice.kind === 'ledger' ? 4 : 3 }}>
            {choice.kind === 'ledger' ? (
              <NativeSelect label="Product" data={[{ value: '', label: 'Choose…' }, ...(products.data?.products ?? []).map((product) => ({ value: product.id, label: `${product.genericName} (${product.ndc})` }))]} value={choice.productId} onChange={set('productId')} />
            ) : null}
            <NativeSelect label="Location" data={[{ value: '', label: 'All locations' }, ...list.map((location) => ({ value: location.id, label: location.name }))]} value={choice.locationId} onChange={set('locationId')} />
            <TextInput label="From" type="date" value={choice.from} onChange={set('from')} error={choice.from && choice.to && choice.from > choice.to ? 'After the end date' : undefined} />
            <TextInput label="To" type="date" value={choice.to} onChange={set('to')} />
          </SimpleGrid>
          <DownloadLinks what={what} hrefOf={(format) => reportHref(choice, format)} />
        </Stack>
      )}
      {products.isError ? <ProblemAlert error={products.error} title="The products could not be loaded" /> : null}
      {settings.isPending ? <Loader aria-label="Loading the settings" /> : null}
      {settings.isError ? <ProblemAlert error={settings.error} title="The settings could not be loaded" /> : null}
      {settings.data ? <StockSettingsForm settings={settings.data} canEdit={canConfigure} /> : null}
    </Stack>
  );
}
