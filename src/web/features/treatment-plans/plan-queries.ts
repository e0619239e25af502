import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { planApi } from './plan-api';
import type { Plan, PreviewBody } from './plan-types';

export const planKeys = {
  patient: (patientId: string) => ['treatment-plans', patientId] as const,
  list: (patientId: string) => ['treatment-plans', patientId, 'list'] as const,
  preview: (patientId: string, body: PreviewBody) => ['treatment-plans', patientId, 'preview', body] as const,
  intake: (patientId: string) => ['intake', patientId] as const,
  protocols: ['protocols'] as const,
  therapists: ['therapists'] as const,
};

export const usePlans = (patientId: string, enabled = true) => useQuery({ queryKey: planKeys.list(patientId), queryFn: () => planApi.plans(patientId), enabled });
export const useProtocols = () => useQuery({ queryKey: planKeys.protocols, queryFn: planApi.protocols, staleTime: 5 * 60_000 });
export const useTherapists = () => useQuery({ queryKey: planKeys.therapists, queryFn: planApi.therapists, staleTime: 5 * 60_000 });
export const useIntake = (patientId: string, enabled: boolean) => useQuery({ queryKey: planKeys.intake(patientId), queryFn: () => planApi.intake(patientId), enabled });

/** The sessions and dose the server proposes for these choices; nothing is saved. */
export const usePlanPreview = (patientId: string, body: PreviewBody | null) =>
  useQuery({
    queryKey: planKeys.preview(patientId, body ?? { protocolKey: '', startDate: '' }),
    queryFn: () => planApi.preview(patientId, body!),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });

/** A change to a plan whose answer is the plan afterwards: the list is read again, since other plans' states may follow. */
export function usePlanChange<Variables, Result = Plan>(patientId: string, change: (variables: Variables) => Promise<Result>, onDone?: (result: Result) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: planKeys.list(patientId) });
      onDone?.(result);
    },
  });
}
