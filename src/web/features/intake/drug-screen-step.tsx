import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { optionalText, type SectionStep } from './section-step';

type ScreenResult = 'negative' | 'positive' | 'not-done';
interface DrugScreenForm {
  result: ScreenResult | '';
  collectedOn: string;
  /** Comma-separated, as typed. */
  substancesDetected: string;
  notes: string;
}

const resultOptions = [
  { value: '', label: 'Choose…' },
  { value: 'negative', label: 'Negative' },
  { value: 'positive', label: 'Positive' },
  { value: 'not-done', label: 'Not done' },
];
const splitList = (text: string) => text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');

export const drugScreenStep: SectionStep<'drug-screen', DrugScreenForm> = {
  name: 'drug-screen',
  title: 'Urine drug screen',
  toForm: (saved) => ({ result: saved?.result ?? '', collectedOn: saved?.collectedOn ?? '', substancesDetected: (saved?.substancesDetected ?? []).join(', '), notes: saved?.notes ?? '' }),
  toValue: (form) => ({
    result: form.result || undefined,
    collectedOn: optionalText(form.collectedOn),
    substancesDetected: form.result === 'positive' ? splitList(form.substancesDetected) : null,
    notes: optionalText(form.notes),
  }),
  Fields: ({ form, onChange, errorAt }) => (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect label="Result" data={resultOptions} value={form.result} onChange={(event) => onChange({ ...form, result: event.currentTarget.value as ScreenResult | '' })} error={errorAt('result')} />
        <TextInput type="date" label="Collected on" value={form.collectedOn} onChange={(event) => onChange({ ...form, collectedOn: event.currentTarget.value })} error={errorAt('collectedOn')} />
      </SimpleGrid>
      {form.result === 'positive' ? (
        <TextInput
          label="Substances detected"
          description="Separate them with commas"
          value={form.substancesDetected}
          onChange={(event) => onChange({ ...form, substancesDetected: event.currentTarget.value })}
          error={errorAt('substancesDetected')}
        />
      ) : null}
      <Textarea label="Notes" rows={2} value={form.notes} onChange={(event) => onChange({ ...form, notes: event.currentTarget.value })} error={errorAt('notes')} />
    </Stack>
  ),
};
