import { Alert, Loader, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { AllergiesCard } from './allergies-card';
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
  return <PatientRecord patientId={patientId} canUpdate={can(me, 'patient.update')} canArchive={can(me, 'patient.archive')} />;
}

function PatientRecord({ patientId, canUpdate, canArchive }: { patientId: string; canUpdate: boolean; canArchive: boolean }) {
  const chart = usePatientChart(patientId);
  if (chart.isPending) return <Loader aria-label="Loading the record" />;
  if (chart.isError) return <ProblemAlert error={chart.error} title="The record could not be loaded" />;
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
