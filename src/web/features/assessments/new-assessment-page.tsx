import { Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { api } from '../../api/client';
import type { NewAssessmentBody } from '../../api/measure-types';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { usePatientChart } from '../patients/patient-queries';
import { AssessmentForm } from './assessment-form';
import { assessmentKeys } from './assessment-queries';
import { SavedAssessment } from './saved-assessment';

export function NewAssessmentPage() {
  const me = useSignedInUser();
  const { patientId } = useParams({ from: '/signed-in/patients/$patientId/assessments/new' });
  if (me.user.kind !== 'staff' || !can(me, 'assessment.record')) return <NoAccess />;
  return <NewAssessment patientId={patientId} canManageSafety={can(me, 'safety.manage')} />;
}

function NewAssessment({ patientId, canManageSafety }: { patientId: string; canManageSafety: boolean }) {
  const chart = usePatientChart(patientId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const record = useMutation({
    mutationFn: (body: NewAssessmentBody) => api.recordAssessment(patientId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.forPatient(patientId) }),
  });
  if (chart.isPending) return <Loader aria-label="Loading the record" />;
  if (chart.isError) return <ProblemAlert error={chart.error} title="The record could not be loaded" />;

  return (
    <Stack maw={960}>
      <Title order={2}>Record a measure</Title>
      <Text>
        For {chart.data.givenName} {chart.data.familyName}, MRN {chart.data.mrn}. The score is computed as you answer; the server scores the answers again when you save.
      </Text>
      {record.isSuccess ? (
        <SavedAssessment patientId={patientId} saved={record.data} canManageSafety={canManageSafety} onRecordAnother={record.reset} />
      ) : (
        <AssessmentForm
          patientId={patientId}
          onSubmit={(body) => record.mutateAsync(body)}
          onCancel={() => void navigate({ to: `/patients/${patientId}` })}
          submitting={record.isPending}
          error={record.error}
        />
      )}
    </Stack>
  );
}
