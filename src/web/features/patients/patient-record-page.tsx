import { Alert, Loader, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { ApiProblem } from '../../api/client';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { AllergiesCard } from './allergies-card';
import { BreakGlassRequest } from './break-glass-request';
import { BodyMeasurementsCard } from './body-measurements-card';
import { DemographicsCard } from './demographics-card';
import { MedicationsCard } from './medications-card';
import { usePatientChart } from './patient-queries';
import { PatientRecordHeader } from './patient-record-header';
import { ProblemsCard } from './problems-card';

export function PatientRecordPage() {
  const me = useSignedInUser();
  const { patientId } = useParams({ from: '/signed-in/patients/$patientId' });
  if (!can(me, 'patient.read')) return <NoAccess />;
  return <PatientRecord patientId={patientId} canUpdate={can(me, 'patient.update')} canArchive={can(me, 'patient.archive')} canBreakGlass={can(me, 'patient.break-glass')} />;
}

function PatientRecord({ patientId, canUpdate, canArchive, canBreakGlass }: { patientId: string; canUpdate: boolean; canArchive: boolean; canBreakGlass: boolean }) {
  const chart = usePatientChart(patientId);
  if (chart.isPending) return <Loader aria-label="Loading the record" />;
  if (chart.isError) {
    // "Not found" is also the answer for a record outside the user's locations: the server does not tell which.
    const notFound = chart.error instanceof ApiProblem && chart.error.status === 404;
    return (
      <Stack maw={960}>
        <ProblemAlert error={chart.error} title="The record could not be loaded" />
        {notFound && canBreakGlass ? <BreakGlassRequest patientId={patientId} /> : null}
      </Stack>
    );
  }
  return (
    <Stack maw={960}>
      <PatientRecordHeader chart={chart.data} canUpdate={canUpdate} canArchive={canArchive} />
      {chart.data.viaBreakGlass ? (
        <Alert color="orange" title="Emergency access">
          You are seeing this record through emergency access. Every viewing is recorded in the audit trail and listed for administrators.
        </Alert>
      ) : null}
      <DemographicsCard demographics={chart.data.demographics} />
      <ProblemsCard problems={chart.data.problems} />
      <AllergiesCard allergies={chart.data.allergies} />
      <MedicationsCard medications={chart.data.medications} />
      <BodyMeasurementsCard measurements={chart.data.bodyMeasurements} />
    </Stack>
  );
}
