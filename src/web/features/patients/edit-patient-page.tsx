import { Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { api } from '../../api/client';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { PatientForm } from './patient-form';
import { formValuesFromDemographics } from './patient-form-values';
import { patientKeys, usePatientChart } from './patient-queries';

export function EditPatientPage() {
  const me = useSignedInUser();
  const { patientId } = useParams({ from: '/signed-in/patients/$patientId/edit' });
  if (!can(me, 'patient.update') || !can(me, 'patient.read')) return <NoAccess />;
  return <EditDemographics patientId={patientId} />;
}

function EditDemographics({ patientId }: { patientId: string }) {
  const chart = usePatientChart(patientId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toRecord = () => navigate({ to: '/patients/$patientId', params: { patientId } });
  const update = useMutation({
    mutationFn: (body: Parameters<typeof api.updatePatient>[1]) => api.updatePatient(patientId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: patientKeys.all });
      await toRecord();
    },
  });

  if (chart.isPending) return <Loader aria-label="Loading the record" />;
  if (chart.isError) return <ProblemAlert error={chart.error} title="The record could not be loaded" />;
  return (
    <Stack maw={860}>
      <Title order={2}>Edit demographics</Title>
      <Text>
        {chart.data.givenName} {chart.data.familyName}, MRN {chart.data.mrn}
      </Text>
      <PatientForm
        mode="update"
        draftKey={`edit-patient:${patientId}`}
        initialValues={formValuesFromDemographics(chart.data.demographics)}
        submitLabel="Save demographics"
        onSubmit={(body) => update.mutateAsync(body)}
        onCancel={() => void toRecord()}
        submitting={update.isPending}
        error={update.error}
      />
    </Stack>
  );
}
