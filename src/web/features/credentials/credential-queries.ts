import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { credentialApi } from './credential-api';

export const credentialKeys = {
  all: ['credentials'] as const,
  staff: (userId: string) => ['credentials', 'staff', userId] as const,
  expiring: ['credentials', 'expiring'] as const,
};

export const useStaffCredentials = (userId: string) => useQuery({ queryKey: credentialKeys.staff(userId), queryFn: () => credentialApi.staff(userId) });
export const useExpiringCredentials = () => useQuery({ queryKey: credentialKeys.expiring, queryFn: credentialApi.expiring });

/**
 * A change to someone's credentials. Afterwards every credential screen reads again (the person's list and the
 * expiry dashboard move together), also after a failure, since a 409 means someone else changed it first.
 */
export function useCredentialChange<Variables, Result>(change: (variables: Variables) => Promise<Result>, onDone?: (result: Result) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: credentialKeys.all });
      onDone?.(result);
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: credentialKeys.all }),
  });
}
