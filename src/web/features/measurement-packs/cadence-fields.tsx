import { Button, Checkbox, Group, NativeSelect, NumberInput, Paper } from '@mantine/core';
import { type Cadence, treatmentPhases } from '../../../domain/measurement/measurement-packs';
import { cadenceOfKind } from './edit-packs';
import { cadenceKindLabels, phaseLabels } from './measurement-pack-words';

interface CadenceFieldsProps {
  cadence: Cadence;
  onChange: (cadence: Cadence) => void;
  /** Absent when this is the only time left: an instrument needs at least one. */
  onRemove: (() => void) | undefined;
  /** Field path → message, for this cadence ("…cadence.1.days"). */
  errorAt: (field: string) => string | undefined;
}

const kindOptions = Object.entries(cadenceKindLabels).map(([value, label]) => ({ value, label }));

/** One "when": its kind, and for the kinds that have them the days between and the phases it applies in. */
export function CadenceFields({ cadence, onChange, onRemove, errorAt }: CadenceFieldsProps) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Group align="flex-start" gap="lg">
        <NativeSelect
          label="When"
          data={kindOptions}
          value={cadence.kind}
          onChange={(event) => onChange(cadenceOfKind(event.currentTarget.value as Cadence['kind'], cadence))}
          error={errorAt('') ?? errorAt('kind')}
          w={220}
        />
        {cadence.kind === 'every-days' ? (
          <NumberInput
            label="Days between"
            min={1}
            max={365}
            allowDecimal={false}
            value={cadence.days}
            onChange={(next) => onChange({ ...cadence, days: typeof next === 'number' ? next : 0 })}
            error={errorAt('days')}
            w={140}
          />
        ) : null}
        {'phases' in cadence ? (
          <Checkbox.Group label="In these phases" value={cadence.phases} onChange={(next) => onChange({ ...cadence, phases: treatmentPhases.filter((phase) => next.includes(phase)) })} error={errorAt('phases')}>
            <Group gap="md" mt={8}>
              {treatmentPhases.map((phase) => (
                <Checkbox key={phase} value={phase} label={phaseLabels[phase]} />
              ))}
            </Group>
          </Checkbox.Group>
        ) : null}
        {onRemove ? (
          <Button variant="subtle" color="red" size="xs" mt={24} onClick={onRemove}>
            Remove this time
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
