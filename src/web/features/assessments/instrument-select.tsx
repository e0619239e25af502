import { NativeSelect } from '@mantine/core';
import { instruments } from '../../../domain/instruments/registry';

const groups = [
  { group: 'Rated by the patient', items: instruments.filter((instrument) => instrument.rater === 'self').map((instrument) => ({ value: instrument.id, label: instrument.name })) },
  { group: 'Rated by a clinician', items: instruments.filter((instrument) => instrument.rater === 'clinician').map((instrument) => ({ value: instrument.id, label: instrument.name })) },
];
const data = [{ value: '', label: 'Choose an instrument…' }, ...groups];

export function InstrumentSelect({ value, onChange, error }: { value: string; onChange: (instrumentId: string) => void; error: string | undefined }) {
  return <NativeSelect label="Instrument" data={data} value={value} onChange={(event) => onChange(event.currentTarget.value)} error={error} maw={560} />;
}
