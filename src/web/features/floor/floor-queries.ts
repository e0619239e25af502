import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api/client';
import type { FloorResponse } from './floor-types';

export const floorKeys = {
  all: ['floor'] as const,
  board: (locationId: string | null) => ['floor', locationId ?? 'all'] as const,
};

const locationQuery = (locationId: string | null) => (locationId ? `?${new URLSearchParams({ locationId })}` : '');
export const floorStreamUrl = (locationId: string | null) => `/api/floor/stream${locationQuery(locationId)}`;

/** The board, read again every 30 s in case the live stream is down. */
export const useFloor = (locationId: string | null) =>
  useQuery({ queryKey: floorKeys.board(locationId), queryFn: () => getJson<FloorResponse>(`/api/floor${locationQuery(locationId)}`), refetchInterval: 30_000 });
