import { useQuery } from '@tanstack/react-query';
import { intakeApi } from './intake-api';

export const intakeKeys = {
  intake: (patientId: string) => ['intake', patientId] as const,
};

export const useIntake = (patientId: string) => useQuery({ queryKey: intakeKeys.intake(patientId), queryFn: () => intakeApi.intake(patientId) });
