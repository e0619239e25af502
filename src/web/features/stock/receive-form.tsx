import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { PatientReservation } from './patient-reservation';
import { emptyReceipt, maximumContainers, receiptBody, type ReceiveValues } from './receive-values';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';
import type { Product, ReceiptBody, StockLocation } from './stock-types';

interface Props {
  products: readonly Product[];
  locations: readonly StockLocation[];
  locationId: string;
  canSearchPatients: boolean;
  onReceived: (receipt: ReceiptBody, containerIds: string[]) => void;
}

/** A delivery: the product, where it is stored, the lot and its expiry, how many containers, and the supplier's invoice. */
export function ReceiveForm({ products, locations, locationId, canSearchPatients, onReceived }: Props) {
  const [values, setValues] = useState<ReceiveValues>(() => emptyReceipt(locationId));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<ReceiptBody | null>(null);
  const receive = useStockChange(stockApi.receive, ({ containerIds }) => sent && onReceived(sent, containerIds));
  const fromServer = serverFieldErrors(receive.error);
  const errorOf = (key: string) => errors[key] ?? fromServer[key];
  const set = (field: keyof ReceiveValues) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    // Read now: React may run the updater after the event's target is cleared.
    const typed = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: typed, ...(field === 'locationId' ? { storageId: '' } : {}) }));
  };
  const product = products.find((candidate) => candidate.id === values.productId);
  const storage = locations.find((location) => location.id === values.locationId)?.storage ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = receiptBody(values, dayjs().format('YYYY-MM-DD'));
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    receive.reset();
    if (parsed.kind === 'valid') {
      setSent(parsed.body);
      receive.mutate(parsed.body);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Receive stock">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect label="Product" data={[{ value: '', label: 'Choose…' }, ...products.map((item) => ({ value: item.id, label: `${item.genericName} (${item.ndc})` }))]} value={values.productId} onChange={set('productId')} error={errorOf('productId')} />
          <NativeSelect label="Location" data={locations.map((location) => ({ value: location.id, label: location.name }))} value={values.locationId} onChange={set('locationId')} error={errorOf('locationId')} />
          <NativeSelect label="Stored in" data={[{ value: '', label: 'Not recorded' }, ...storage.map((place) => ({ value: place.id, label: place.name }))]} value={values.storageId} onChange={set('storageId')} error={errorOf('storageId')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Lot number" value={values.lotNumber} onChange={set('lotNumber')} error={errorOf('lotNumber')} />
          <TextInput label="Expiry date" type="date" value={values.expiresOn} onChange={set('expiresOn')} error={errorOf('expiresOn')} />
          <TextInput label="Number of containers" description={product ? `${product.form === 'vial' ? 'Vials' : 'Nasal devices'} of ${product.containerMl} mL at ${product.strengthMgPerMl} mg/mL` : `1 to ${maximumContainers}`} inputMode="numeric" value={values.containers} onChange={set('containers')} error={errorOf('containers')} />
        </SimpleGrid>
        <Fieldset legend="Supplier">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Supplier’s name" value={values.supplierName} onChange={set('supplierName')} error={errorOf('supplier.name')} />
            <TextInput label="Supplier’s address" value={values.supplierAddress} onChange={set('supplierAddress')} error={errorOf('supplier.address')} />
            <TextInput label="Supplier’s DEA number" value={values.supplierDeaNumber} onChange={set('supplierDeaNumber')} error={errorOf('supplier.deaNumber')} />
          </SimpleGrid>
          <TextInput mt="sm" label="Invoice or packing slip number" value={values.invoiceNumber} onChange={set('invoiceNumber')} error={errorOf('invoiceNumber')} />
        </Fieldset>
        {product?.form === 'nasal-device' && canSearchPatients ? (
          <PatientReservation patientId={values.reservedForPatientId} onChange={(reservedForPatientId) => setValues((current) => ({ ...current, reservedForPatientId }))} error={errorOf('reservedForPatientId')} />
        ) : null}
        {receive.isError ? <ProblemAlert error={receive.error} title="The stock was not received" /> : null}
        <Group>
          <Button type="submit" loading={receive.isPending}>
            Receive
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
