import { Checkbox, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { ChangeEvent } from 'react';
import type { MovementValues } from './movement-values';

type TextField = 'method' | 'destroyedWhere' | 'distributorName' | 'distributorAddress' | 'distributorDeaNumber' | 'discoveredAt' | 'circumstances' | 'reason';

interface Props {
  values: MovementValues;
  onChange: (change: Partial<MovementValues>) => void;
  errorOf: (key: string) => string | undefined;
}

/** What each kind of movement must say: the waste method, Form 41's method and place, the reverse distributor, the discovery, the reason. */
export function MovementKindFields({ values, onChange, errorOf }: Props) {
  const text = (field: TextField) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const typed = event.currentTarget.value;
    onChange({ [field]: typed });
  };
  switch (values.kind) {
    case 'waste':
      return <TextInput label="How it was wasted" placeholder="For example: expelled into the pharmaceutical waste container" value={values.method} onChange={text('method')} error={errorOf('entry.method')} />;
    case 'destruction':
      return (
        <Stack gap="sm">
          <Text size="sm">DEA Form 41: the drug must be made non-retrievable, with two authorised employees as witnesses.</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Method of destruction" value={values.method} onChange={text('method')} error={errorOf('entry.form41.method')} />
            <TextInput label="Where it was destroyed" value={values.destroyedWhere} onChange={text('destroyedWhere')} error={errorOf('entry.form41.location')} />
          </SimpleGrid>
          <Checkbox label="A partly used container (the quantity is the partial count)" checked={values.partialCount} onChange={(event) => onChange({ partialCount: event.currentTarget.checked })} />
        </Stack>
      );
    case 'return-to-reverse-distributor':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Reverse distributor’s name" value={values.distributorName} onChange={text('distributorName')} error={errorOf('entry.distributor.name')} />
          <TextInput label="Address" value={values.distributorAddress} onChange={text('distributorAddress')} error={errorOf('entry.distributor.address')} />
          <TextInput label="DEA number" value={values.distributorDeaNumber} onChange={text('distributorDeaNumber')} error={errorOf('entry.distributor.deaNumber')} />
        </SimpleGrid>
      );
    case 'theft-loss':
      return (
        <Stack gap="sm">
          <Text size="sm">A theft, or a significant loss, is reported to the DEA in writing within one business day of discovery and on Form 106 within 45 days.</Text>
          <TextInput label="Discovered at" type="datetime-local" value={values.discoveredAt} onChange={text('discoveredAt')} error={errorOf('entry.discoveredAt')} />
          <Textarea label="What happened" minRows={3} value={values.circumstances} onChange={text('circumstances')} error={errorOf('entry.circumstances')} />
        </Stack>
      );
    case 'count-adjustment':
      return (
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Direction"
            data={[
              { value: 'decrease', label: 'Less than the ledger' },
              { value: 'increase', label: 'More than the ledger' },
            ]}
            value={values.direction}
            onChange={(direction) => onChange({ direction: direction === 'increase' ? 'increase' : 'decrease' })}
          />
          <Textarea label="Reason" description="At least 10 characters" minRows={2} value={values.reason} onChange={text('reason')} error={errorOf('entry.reason')} />
        </Stack>
      );
  }
}
