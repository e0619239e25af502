import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { consentApi, type PatientConsentsResponse } from './consent-api';

export const consentKeys = {
  patient: (patientId: string) => ['consents', patientId] as const,
  documents: ['consent-documents'] as const,
};

export const usePatientConsents = (patientId: string) => useQuery({ queryKey: consentKeys.patient(patientId), queryFn: () => consentApi.consents(patientId) });

export const useConsentDocuments = () => useQuery({ queryKey: consentKeys.documents, queryFn: consentApi.documents, staleTime: 5 * 60_000 });

/** A change to a consent; the answer is the patient's new standing, so the list updates without reading it again. */
export function useConsentChange<Variables>(patientId: string, change: (variables: Variables) => Promise<PatientConsentsResponse>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (consents) => {
      queryClient.setQueryData(consentKeys.patient(patientId), consents);
      // Plans read consent for their blockers.
      void queryClient.invalidateQueries({ queryKey: ['treatment-plans', patientId] });
      onDone?.();
    },
  });
}
