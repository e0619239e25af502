import { Stack } from '@mantine/core';
import type { PatientChartResponse } from '../../../server/routes/patients/patients.schemas';
import { AllergiesCard } from './allergies-card';
import { BodyMeasurementsCard } from './body-measurements-card';
import { DemographicsCard } from './demographics-card';
import { MedicationsCard } from './medications-card';
import { SafetyPlanCard } from '../safety/safety-plan-card';
import { ProblemsCard } from './problems-card';

export function RecordCards({ chart }: { chart: PatientChartResponse }) {
  return (
    <Stack>
      <DemographicsCard demographics={chart.demographics} />
      <ProblemsCard problems={chart.problems} />
      <AllergiesCard allergies={chart.allergies} />
      <MedicationsCard medications={chart.medications} />
      <BodyMeasurementsCard measurements={chart.bodyMeasurements} />
      <SafetyPlanCard patientId={chart.id} />
    </Stack>
  );
}
