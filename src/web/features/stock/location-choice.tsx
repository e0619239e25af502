import { NativeSelect } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useStockLocations } from './stock-queries';
import type { StockLocation } from './stock-types';

/**
 * The location a stock screen is about: the one in the address (`?locationId=`), else the first. Each registered
 * location keeps its own stock and records (21 CFR 1301.12, 1304.11), so every screen shows one at a time.
 */
export function useChosenLocation() {
  const locations = useStockLocations();
  const { locationId } = useSearch({ strict: false });
  const navigate = useNavigate();
  const list = locations.data?.locations ?? [];
  const chosen: StockLocation | null = list.find((location) => location.id === locationId) ?? list[0] ?? null;
  const choose = (id: string) => void navigate({ to: '.', search: { locationId: id }, replace: true });
  return { locations, list, chosen, choose };
}

export function LocationSelect({ list, chosen, onChoose }: { list: readonly StockLocation[]; chosen: StockLocation | null; onChoose: (id: string) => void }) {
  if (list.length < 2) return null;
  return (
    <NativeSelect
      label="Location"
      data={list.map((location) => ({ value: location.id, label: location.name }))}
      value={chosen?.id ?? ''}
      onChange={(event) => onChoose(event.currentTarget.value)}
    />
  );
}
