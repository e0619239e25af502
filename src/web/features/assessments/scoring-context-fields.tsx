import { NativeSelect, TextInput } from '@mantine/core';
import type { ScoringContext } from '../../../domain/instruments/instrument';

export interface ContextValues {
  sex: '' | NonNullable<ScoringContext['sex']>;
  substance: string;
}

/** Only the facts the chosen instrument uses; the rest stay out of the request. */
export function scoringContext(instrumentId: string, values: ContextValues): ScoringContext {
  if (instrumentId === 'audit-c' && values.sex) return { sex: values.sex };
  if (instrumentId === 'craving-vas' && values.substance.trim()) return { substance: values.substance.trim() };
  return {};
}

const sexOptions = [
  { value: '', label: 'Not given (no band)' },
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
];

/** AUDIT-C needs the sex for its cut-off; the craving scale records which substance the craving is for. */
export function ScoringContextFields({ instrumentId, values, onChange, errors }: { instrumentId: string; values: ContextValues; onChange: (values: ContextValues) => void; errors: { sex?: string; substance?: string } }) {
  if (instrumentId === 'audit-c') {
    return (
      <NativeSelect
        label="Sex for the cut-off"
        description="A positive screen starts at 3 for women and 4 for men (Bush 1998; Bradley 2007)."
        data={sexOptions}
        value={values.sex}
        onChange={(event) => onChange({ ...values, sex: event.currentTarget.value as ContextValues['sex'] })}
        error={errors.sex}
        maw={320}
      />
    );
  }
  if (instrumentId === 'craving-vas') {
    return (
      <TextInput
        label="Substance"
        description="What the craving is for, so that ratings for different substances are not compared."
        value={values.substance}
        maxLength={100}
        onChange={(event) => onChange({ ...values, substance: event.currentTarget.value })}
        error={errors.substance}
        maw={320}
      />
    );
  }
  return null;
}
