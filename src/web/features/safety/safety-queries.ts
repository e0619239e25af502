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

/** Counts only, for the navigation badge: not a reading of patient data, so polling it writes no audit entries. */
export const useSafetyTaskSummary = () =>
  useQuery({ queryKey: [...safetyKeys.all, 'summary'], queryFn: api.safetyTaskSummary, refetchInterval: 60_000, refetchOnWindowFocus: false });
