import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api/client';

/** What the patient's measurement packs ask of them now (self-rated only), and what else their packs include. */
export interface MyDueMeasures {
  phase: 'intake' | 'induction' | 'maintenance' | 'follow-up';
  due: { instrumentId: string; alternatives: string[]; reason: string }[];
  inPacks: string[];
}

export const useMyDueMeasures = () => useQuery({ queryKey: ['me', 'due-measures'], queryFn: () => getJson<MyDueMeasures>('/api/me/due-measures') });
