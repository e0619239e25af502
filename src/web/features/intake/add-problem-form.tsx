import { Button, Group, TextInput } from '@mantine/core';
import { newProblemSchema } from '../../../domain/patients/patient';
import { ProblemAlert } from '../../components/problem-alert';
import { intakeApi } from './intake-api';
import { optionalText } from './section-step';
import { useRecordEntryForm } from './use-record-entry-form';

const empty = { icd10Code: '', description: '', onsetDate: '' };

export function AddProblemForm({ patientId }: { patientId: string }) {
  const entry = useRecordEntryForm({
    patientId,
    empty,
    schema: newProblemSchema,
    toBody: (form: typeof empty) => ({ icd10Code: form.icd10Code, description: form.description, onsetDate: optionalText(form.onsetDate) }),
    add: intakeApi.addProblem,
  });
  return (
    <form onSubmit={entry.submit} noValidate aria-label="Add a problem">
      {entry.error ? <ProblemAlert error={entry.error} title="The problem was not added" /> : null}
      <Group align="flex-start">
        <TextInput label="ICD-10-CM code" placeholder="F33.2" value={entry.form.icd10Code} onChange={(event) => entry.change({ icd10Code: event.currentTarget.value })} error={entry.errorAt('icd10Code')} w={140} />
        <TextInput label="Problem" value={entry.form.description} onChange={(event) => entry.change({ description: event.currentTarget.value })} error={entry.errorAt('description')} style={{ flex: 1 }} />
        <TextInput type="date" label="Onset" description="Optional" value={entry.form.onsetDate} onChange={(event) => entry.change({ onsetDate: event.currentTarget.value })} error={entry.errorAt('onsetDate')} w={170} />
        <Button type="submit" variant="light" loading={entry.pending} mt={24}>
          Add problem
        </Button>
      </Group>
    </form>
  );
}
