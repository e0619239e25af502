import { Loader, Stack } from '@mantine/core';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { usePatientChart } from '../patients/patient-queries';
import { AddAllergyForm } from './add-allergy-form';
import { AddMedicationForm } from './add-medication-form';
import { AddProblemForm } from './add-problem-form';
import { RecordList } from './record-list';

/** The problem list, allergies and medications on the record, each with a way to add to it. */
export function MedicalReviewLists({ patientId }: { patientId: string }) {
  const canAdd = can(useSignedInUser(), 'patient.update');
  const chart = usePatientChart(patientId);
  if (chart.isPending) return <Loader size="sm" aria-label="Loading the record" />;
  if (chart.isError) return <ProblemAlert error={chart.error} title="The record could not be loaded" />;
  const { problems, allergies, medications } = chart.data;
  return (
    <Stack gap="lg">
      <RecordList
        title="Problems"
        columns={['Problem', 'ICD-10-CM', 'Status']}
        rows={problems.map((problem) => ({ key: problem.id, cells: [problem.description, problem.icd10Code, problem.status] }))}
        emptyText="No problems recorded."
      >
        {canAdd ? <AddProblemForm patientId={patientId} /> : null}
      </RecordList>
      <RecordList
        title="Allergies"
        columns={['Substance', 'Reaction', 'Severity']}
        rows={allergies.map((allergy) => ({ key: allergy.id, cells: [allergy.substance, allergy.reaction ?? 'Not recorded', allergy.severity ?? 'Not recorded'] }))}
        emptyText="No allergies recorded."
      >
        {canAdd ? <AddAllergyForm patientId={patientId} /> : null}
      </RecordList>
      <RecordList
        title="Medications"
        columns={['Medication', 'Daily dose', 'RxNorm code']}
        rows={medications.map((medication) => ({
          key: medication.id,
          cells: [medication.description, medication.doseMgPerDay === null ? 'Not recorded' : `${medication.doseMgPerDay} mg/day`, medication.rxnormCode ?? '—'],
        }))}
        emptyText="No medications recorded."
      >
        {canAdd ? <AddMedicationForm patientId={patientId} /> : null}
      </RecordList>
    </Stack>
  );
}
