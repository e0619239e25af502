import { Button, Group, NumberInput, TextInput } from '@mantine/core';
import { newMedicationSchema } from '../../../domain/patients/patient';
import { ProblemAlert } from '../../components/problem-alert';
import { intakeApi } from './intake-api';
import { fromNumberField, type NumberField, optionalText, readNumberInput } from './section-step';
import { useRecordEntryForm } from './use-record-entry-form';

const empty: { description: string; rxnormCode: string; doseMgPerDay: NumberField } = { description: '', rxnormCode: '', doseMgPerDay: '' };

export function AddMedicationForm({ patientId }: { patientId: string }) {
  const entry = useRecordEntryForm({
    patientId,
    empty,
    schema: newMedicationSchema,
    toBody: (form: typeof empty) => ({ description: form.description, rxnormCode: optionalText(form.rxnormCode), doseMgPerDay: fromNumberField(form.doseMgPerDay) ?? null }),
    add: intakeApi.addMedication,
  });
  return (
    <form onSubmit={entry.submit} noValidate aria-label="Add a medication">
      {entry.error ? <ProblemAlert error={entry.error} title="The medication was not added" /> : null}
      <Group align="flex-start">
        <TextInput
          label="Medication"
          description="Drug, dose, route and how often"
          value={entry.form.description}
          onChange={(event) => entry.change({ description: event.currentTarget.value })}
          error={entry.errorAt('description')}
          style={{ flex: 1 }}
        />
        <NumberInput
          label="Total daily dose (mg/day)"
          description="Needed for benzodiazepines"
          min={0}
          value={entry.form.doseMgPerDay}
          onChange={(value) => entry.change({ doseMgPerDay: readNumberInput(value) })}
          error={entry.errorAt('doseMgPerDay')}
          w={190}
        />
        <TextInput label="RxNorm code" description="Optional" value={entry.form.rxnormCode} onChange={(event) => entry.change({ rxnormCode: event.currentTarget.value })} error={entry.errorAt('rxnormCode')} w={140} />
        <Button type="submit" variant="light" loading={entry.pending} mt={46}>
          Add medication
        </Button>
      </Group>
    </form>
  );
}
