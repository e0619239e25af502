import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sessionApi } from './session-api';
import { isStaleRevision } from './session-problems';
import type { SessionChart, TransitionBody } from './session-types';

export const sessionKeys = {
  all: ['sessions'] as const,
  chart: (sessionId: string) => ['sessions', 'chart', sessionId] as const,
  patient: (patientId: string) => ['sessions', 'patient', patientId] as const,
};

/** The chart, read again every 30 s: readiness and discharge checks change with the clock, and others chart too. */
export const useSessionChart = (sessionId: string) => useQuery({ queryKey: sessionKeys.chart(sessionId), queryFn: () => sessionApi.chart(sessionId), refetchInterval: 30_000 });

export const usePatientSessions = (patientId: string, enabled: boolean) =>
  useQuery({ queryKey: sessionKeys.patient(patientId), queryFn: () => sessionApi.patientSessions(patientId), enabled });

/**
 * A change to the session whose answer is the chart afterwards: the screen shows it at once. When someone else
 * changed the session first (a stale revision), the chart is read again so the nurse sees their changes.
 */
export function useSessionChange<Variables>(sessionId: string, change: (variables: Variables) => Promise<SessionChart>, onDone?: (chart: SessionChart) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (chart) => {
      queryClient.setQueryData(sessionKeys.chart(sessionId), chart);
      void queryClient.invalidateQueries({ queryKey: ['floor'] });
      onDone?.(chart);
    },
    onError: (error) => {
      if (isStaleRevision(error)) void queryClient.invalidateQueries({ queryKey: sessionKeys.chart(sessionId) });
    },
  });
}

/** Moves the session on (or stops it), sending the revision the screen shows. */
export function useSessionTransition(chart: SessionChart, onDone?: (chart: SessionChart) => void) {
  return useSessionChange(chart.id, (body: Omit<TransitionBody, 'revision'>) => sessionApi.transition(chart.id, { ...body, revision: chart.revision }), onDone);
}
