import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api/client';
import { NoAccess } from '../../components/no-access';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { PatientForm } from './patient-form';
import { emptyPatientForm } from './patient-form-values';
import { patientKeys } from './patient-queries';

export function NewPatientPage() {
  const me = useSignedInUser();
  if (!can(me, 'patient.create')) return <NoAccess />;
  return <RegisterPatient canRead={can(me, 'patient.read')} />;
}

function RegisterPatient({ canRead }: { canRead: boolean }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Front desk registers patients but does not read records: they get a confirmation here instead of the record.
  const [registered, setRegistered] = useState<{ mrn: string; name: string }>();
  const create = useMutation({
    mutationFn: api.createPatient,
    onSuccess: async (created, body) => {
      await queryClient.invalidateQueries({ queryKey: patientKeys.all });
      if (canRead) await navigate({ to: '/patients/$patientId', params: { patientId: created.id } });
      else setRegistered({ mrn: created.mrn, name: `${body.givenName} ${body.familyName}` });
    },
  });

  if (registered) {
    return (
      <Stack>
        <Title order={2}>Patient registered</Title>
        <Alert color="green">
          <Text>
            {registered.name} is registered with MRN <strong>{registered.mrn}</strong>.
          </Text>
        </Alert>
        <Group>
          <Button
            onClick={() => {
              create.reset();
              setRegistered(undefined);
            }}
          >
            Register another patient
          </Button>
          <Button component={Link} to="/patients" variant="default">
            Back to patients
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack maw={860}>
      <Title order={2}>New patient</Title>
      <PatientForm
        mode="create"
        draftKey="new-patient"
        initialValues={emptyPatientForm}
        submitLabel="Register patient"
        onSubmit={(body) => create.mutateAsync(body)}
        onCancel={() => void navigate({ to: '/patients' })}
        submitting={create.isPending}
        error={create.error}
      />
    </Stack>
  );
}
