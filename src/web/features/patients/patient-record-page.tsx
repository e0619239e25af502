import { Alert, Loader, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { ApiProblem } from '../../api/client';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { BreakGlassRequest } from './break-glass-request';
import { usePatientChart } from './patient-queries';
import { PatientRecordHeader } from './patient-record-header';
import { RecordCards } from './record-cards';
import { RecordTabs } from './record-tabs';
import { TreatmentJourneyLinks } from './treatment-journey-links';

interface RecordPermissions {
  canUpdate: boolean;
  canArchive: boolean;
  canBreakGlass: boolean;
  canReadOutcomes: boolean;
  canRecordMeasure: boolean;
}

export function PatientRecordPage() {
  const me = useSignedInUser();
  const { patientId } = useParams({ from: '/signed-in/patients/$patientId' });
  if (!can(me, 'patient.read')) return <NoAccess />;
  const staff = me.user.kind === 'staff';
  return (
    <PatientRecord
      patientId={patientId}
      permissions={{
        canUpdate: can(me, 'patient.update'),
        canArchive: can(me, 'patient.archive'),
        canBreakGlass: can(me, 'patient.break-glass'),
        canReadOutcomes: can(me, 'assessment.read'),
        canRecordMeasure: staff && can(me, 'assessment.record'),
      }}
    />
  );
}

function PatientRecord({ patientId, permissions }: { patientId: string; permissions: RecordPermissions }) {
  const chart = usePatientChart(patientId);
  if (chart.isPending) return <Loader aria-label="Loading the record" />;
  if (chart.isError) {
    // "Not found" is also the answer for a record outside the user's locations: the server does not tell which.
    const notFound = chart.error instanceof ApiProblem && chart.error.status === 404;
    return (
      <Stack maw={960}>
        <ProblemAlert error={chart.error} title="The record could not be loaded" />
        {notFound && permissions.canBreakGlass ? <BreakGlassRequest patientId={patientId} /> : null}
      </Stack>
    );
  }
  return (
    <Stack maw={960}>
      <PatientRecordHeader chart={chart.data} canUpdate={permissions.canUpdate} canArchive={permissions.canArchive} canRecordMeasure={permissions.canRecordMeasure} />
      <TreatmentJourneyLinks patientId={chart.data.id} />
      {chart.data.viaBreakGlass ? (
        <Alert color="orange" title="Emergency access">
          You are seeing this record through emergency access. Every viewing is recorded in the audit trail and listed for administrators.
        </Alert>
      ) : null}
      {permissions.canReadOutcomes ? <RecordTabs patientId={patientId} chart={chart.data} /> : <RecordCards chart={chart.data} />}
    </Stack>
  );
}
