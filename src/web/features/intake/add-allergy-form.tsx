import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { newAllergySchema } from '../../../domain/patients/patient';
import { ProblemAlert } from '../../components/problem-alert';
import { intakeApi } from './intake-api';
import { optionalText } from './section-step';
import { useRecordEntryForm } from './use-record-entry-form';

const empty = { substance: '', reaction: '', severity: '' };
const severityOptions = [
  { value: '', label: 'Not recorded' },
  { value: 'mild', label: 'Mild' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'severe', label: 'Severe' },
];

export function AddAllergyForm({ patientId }: { patientId: string }) {
  const entry = useRecordEntryForm({
    patientId,
    empty,
    schema: newAllergySchema,
    toBody: (form: typeof empty) => ({ substance: form.substance, reaction: optionalText(form.reaction), severity: form.severity || null }),
    add: intakeApi.addAllergy,
  });
  return (
    <form onSubmit={entry.submit} noValidate aria-label="Add an allergy">
      {entry.error ? <ProblemAlert error={entry.error} title="The allergy was not added" /> : null}
      <Group align="flex-start">
        <TextInput label="Substance" value={entry.form.substance} onChange={(event) => entry.change({ substance: event.currentTarget.value })} error={entry.errorAt('substance')} style={{ flex: 1 }} />
        <TextInput label="Reaction" description="Optional" value={entry.form.reaction} onChange={(event) => entry.change({ reaction: event.currentTarget.value })} error={entry.errorAt('reaction')} style={{ flex: 1 }} />
        <NativeSelect label="Severity" data={severityOptions} value={entry.form.severity} onChange={(event) => entry.change({ severity: event.currentTarget.value })} error={entry.errorAt('severity')} w={150} />
        <Button type="submit" variant="light" loading={entry.pending} mt={24}>
          Add allergy
        </Button>
      </Group>
    </form>
  );
}
