import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { todayIsoDate } from '../patients/format-patient';
import { eligibilityApi, type RemsEnrolmentBody } from './eligibility-api';
import { eligibilityKeys } from './eligibility-queries';

type Field = keyof RemsEnrolmentBody;
const fields: { name: Field; label: string; description?: string; type?: 'date' }[] = [
  { name: 'remsPatientId', label: 'REMS patient ID', description: 'The ID the Spravato REMS gave at enrolment' },
  { name: 'patientSignedOn', label: 'Patient signed on', type: 'date' },
  { name: 'prescriberSignedOn', label: 'You signed on', description: 'You sign as the prescriber', type: 'date' },
  { name: 'enrolledOn', label: 'Enrolled on', type: 'date' },
];
const empty: RemsEnrolmentBody = { remsPatientId: '', enrolledOn: '', patientSignedOn: '', prescriberSignedOn: '' };

/** Records (or corrects) the patient's Spravato REMS enrolment; the signed-in prescriber signs as themselves. */
export function RemsEnrolmentForm({ patientId, initial, onDone }: { patientId: string; initial: RemsEnrolmentBody | null; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<RemsEnrolmentBody>(initial ?? empty);
  const [missing, setMissing] = useState<Field[]>([]);
  const save = useMutation({
    mutationFn: (body: RemsEnrolmentBody) => eligibilityApi.saveRemsEnrolment(patientId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(eligibilityKeys.remsEnrolment(patientId), saved);
      onDone();
    },
  });
  const serverErrors = serverFieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = fields.map((field) => field.name).filter((name) => values[name].trim() === '');
    setMissing(blank);
    if (blank.length === 0) save.mutate({ ...values, remsPatientId: values.remsPatientId.trim() });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="REMS enrolment">
      <Stack gap="sm">
        {save.error ? <ProblemAlert error={save.error} title="The enrolment was not saved" /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {fields.map((field) => (
            <TextInput
              key={field.name}
              label={field.label}
              description={field.description}
              type={field.type ?? 'text'}
              max={field.type === 'date' ? todayIsoDate() : undefined}
              value={values[field.name]}
              onChange={(event) => setValues({ ...values, [field.name]: event.currentTarget.value })}
              error={missing.includes(field.name) ? 'Required' : serverErrors[field.name]}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save enrolment
          </Button>
          {initial ? (
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
