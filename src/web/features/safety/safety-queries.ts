import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export type SafetyTaskStatus = 'open' | 'all';

export const safetyKeys = {
  all: ['safety-tasks'] as const,
  list: (status: SafetyTaskStatus) => ['safety-tasks', status] as const,
};

// Refreshed every minute so a new task or a missed deadline shows without reloading; not on window focus, since
// every reading of the list is audited.
export const useSafetyTasks = (status: SafetyTaskStatus, enabled = true) =>
  useQuery({ queryKey: safetyKeys.list(status), queryFn: () => api.safetyTasks(status), refetchInterval: 60_000, refetchOnWindowFocus: false, enabled });
