import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type PatientSearchParams } from '../../api/client';

export const patientKeys = {
  all: ['patients'] as const,
  search: (params: PatientSearchParams) => ['patients', 'search', params] as const,
  chart: (patientId: string) => ['patients', 'chart', patientId] as const,
};

export const usePatientSearch = (params: PatientSearchParams, enabled: boolean) =>
  useQuery({ queryKey: patientKeys.search(params), queryFn: () => api.searchPatients(params), placeholderData: keepPreviousData, enabled });

export const usePatientChart = (patientId: string) => useQuery({ queryKey: patientKeys.chart(patientId), queryFn: () => api.patient(patientId) });
