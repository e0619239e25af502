import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** Who is signed in: `null` when nobody is. A 401 on any other call ends the session (see app-state.ts). */
export const meQueryOptions = queryOptions({ queryKey: ['me'], queryFn: api.me, staleTime: 5 * 60_000 });

export const useMe = () => useQuery(meQueryOptions);
