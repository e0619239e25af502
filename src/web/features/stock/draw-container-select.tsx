import { NativeSelect } from '@mantine/core';
import type { StockContainer } from './stock-types';
import { formatDay } from './stock-words';

function optionLabel(container: StockContainer): string {
  const parts = [`${container.label}: lot ${container.lotNumber}, expires ${formatDay(container.expiresOn)}`, `${container.balanceMg} mg (${container.balanceMl} mL) left`];
  if (container.state === 'in-use') parts.push('open');
  if (container.reservedForPatient) parts.push(`reserved for ${container.reservedForPatient.name}`);
  return parts.join(', ');
}

interface Props {
  candidates: readonly StockContainer[];
  containerId: string;
  onChoose: (container: StockContainer | undefined) => void;
  error?: string | undefined;
  disabled?: boolean;
  label?: string;
  /** null: none. */
  description?: string | null;
}

/** The stock container a dose is drawn from, in the order to use them: open containers first, then the earliest expiry. */
export function DrawContainerSelect({ candidates, containerId, onChoose, error, disabled, label = 'Drawn from', description = 'Earliest expiry first: open containers, then the lot that expires soonest.' }: Props) {
  return (
    <NativeSelect
      label={label}
      description={description ?? undefined}
      data={[...(containerId ? [] : [{ value: '', label: 'Choose the container…' }]), ...candidates.map((container) => ({ value: container.id, label: optionLabel(container) }))]}
      value={containerId}
      error={error}
      disabled={disabled}
      onChange={(event) => {
        const chosen = event.currentTarget.value;
        onChoose(candidates.find((container) => container.id === chosen));
      }}
    />
  );
}
