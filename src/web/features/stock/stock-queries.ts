import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../../api/client';
import { stockApi } from './stock-api';

export const stockKeys = {
  all: ['stock'] as const,
  products: ['stock', 'products'] as const,
  locations: ['stock', 'locations'] as const,
  handlers: (registrationId: string) => ['stock', 'handlers', registrationId] as const,
  containers: (locationId: string) => ['stock', 'containers', locationId] as const,
  alerts: (locationId: string) => ['stock', 'alerts', locationId] as const,
  ledger: (containerId: string) => ['stock', 'ledger', containerId] as const,
  counts: (locationId: string) => ['stock', 'counts', locationId] as const,
  cases: ['stock', 'cases'] as const,
  settings: ['stock', 'settings'] as const,
  draw: (sessionId: string) => ['stock', 'draw', sessionId] as const,
};

export const useProducts = () => useQuery({ queryKey: stockKeys.products, queryFn: stockApi.products, staleTime: 60_000 });
export const useStockLocations = () => useQuery({ queryKey: stockKeys.locations, queryFn: stockApi.locations, staleTime: 60_000 });
export const useContainers = (locationId: string | null) =>
  useQuery({ queryKey: stockKeys.containers(locationId ?? ''), queryFn: () => stockApi.stock(locationId ?? ''), enabled: locationId !== null });
export const useAlerts = (locationId: string | null) =>
  useQuery({ queryKey: stockKeys.alerts(locationId ?? ''), queryFn: () => stockApi.alerts(locationId ?? ''), enabled: locationId !== null, refetchInterval: 60_000 });
export const useLedger = (containerId: string) => useQuery({ queryKey: stockKeys.ledger(containerId), queryFn: () => stockApi.ledger(containerId) });
export const useCounts = (locationId: string | null) =>
  useQuery({ queryKey: stockKeys.counts(locationId ?? ''), queryFn: () => stockApi.counts(locationId ?? ''), enabled: locationId !== null });
export const useCases = () => useQuery({ queryKey: stockKeys.cases, queryFn: stockApi.cases, refetchInterval: 60_000 });
export const useStockSettings = () => useQuery({ queryKey: stockKeys.settings, queryFn: stockApi.settings });

/**
 * What a session drew from stock and whether it is accounted for. A 404 means the clinic does not keep its ledger
 * here (or not yet for this session): the screens then fall back to typing the lot, and nothing is asked.
 */
export const useSessionDraw = (sessionId: string, enabled: boolean) =>
  useQuery({ queryKey: stockKeys.draw(sessionId), queryFn: () => stockApi.draw(sessionId), enabled, retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2 });

/** True when the draw could not be read because there is none to read (the ledger is not used for this session). */
export const noDrawRecord = (error: unknown) => error instanceof ApiProblem && (error.status === 404 || error.status === 403);

/** A change to the stock: afterwards every stock screen reads again (balances, alerts, cases and the ledger all move together). */
export function useStockChange<Variables, Result>(change: (variables: Variables) => Promise<Result>, onDone?: (result: Result) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: stockKeys.all });
      onDone?.(result);
    },
  });
}
