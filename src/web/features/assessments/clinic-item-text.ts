import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { InstrumentDefinition } from '../../../domain/instruments/instrument';
import type { InstrumentSummary } from '../../../server/routes/instruments/instruments.schemas';
import { getJson } from '../../api/client';

export const instrumentKeys = { one: (instrumentId: string) => ['instruments', instrumentId] as const };

/**
 * The registry's definition with every item labelled as the API labels it: the licensed text the clinic loaded
 * (`ketaclinic instruments load-text`) where it did, otherwise the registry's own label. Scoring stays the registry's.
 */
export function withClinicLabels(instrument: InstrumentDefinition, summary: Pick<InstrumentSummary, 'id' | 'items'> | undefined): InstrumentDefinition {
  if (!summary || summary.id !== instrument.id) return instrument;
  const labels = new Map(summary.items.map((item) => [item.key, item.label]));
  return { ...instrument, items: instrument.items.map((item) => ({ ...item, label: labels.get(item.key) ?? item.label })) };
}

/**
 * The instrument with the clinic's item text, read from `GET /api/instruments/:id` (signed-in users only).
 * `loading` holds while the text is on its way, so that labels do not change under the reader's eyes; if the text
 * cannot be read, the registry's labels serve.
 */
export function useInstrumentWithClinicText(instrument: InstrumentDefinition | undefined): { instrument: InstrumentDefinition | undefined; loading: boolean } {
  const text = useQuery({
    queryKey: instrumentKeys.one(instrument?.id ?? ''),
    queryFn: () => getJson<InstrumentSummary>(`/api/instruments/${encodeURIComponent(instrument!.id)}`),
    enabled: instrument !== undefined,
    staleTime: 10 * 60_000,
    refetchOnWindowFocus: false,
  });
  const labelled = useMemo(() => instrument && withClinicLabels(instrument, text.data), [instrument, text.data]);
  return { instrument: labelled, loading: instrument !== undefined && text.isPending };
}
