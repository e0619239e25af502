import { useQuery } from '@tanstack/react-query';
import { api } from './client';

export const useSite = () => useQuery({ queryKey: ['site'], queryFn: api.site, staleTime: 5 * 60_000 });

export const useHealth = () => useQuery({ queryKey: ['health'], queryFn: api.health, refetchInterval: 30_000 });
