import { Button, CloseButton, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { instruments } from '../../../domain/instruments/registry';
import { shortInstrumentName } from '../instruments/format-instrument';
import { CadenceFields } from './cadence-fields';
import { addAlternative, addCadence, maxAlternatives, removeAlternative, removeCadence, setCadence, setInstrument, type PackEntry } from './edit-packs';

interface PackEntryFieldsProps {
  entry: PackEntry;
  onChange: (entry: PackEntry) => void;
  /** Absent when this is the pack's only instrument: remove the pack instead. */
  onRemove: (() => void) | undefined;
  /** Field path below this entry ("instrumentIds.0", "cadence.1.days") → message. */
  errorAt: (field: string) => string | undefined;
}

const instrumentOptions = [{ value: '', label: 'Choose an instrument…' }, ...instruments.map((instrument) => ({ value: instrument.id, label: instrument.name }))];
const nameOf = (id: string) => {
  const instrument = instruments.find((candidate) => candidate.id === id);
  return instrument ? shortInstrumentName(instrument) : 'New instrument';
};

/** One instrument of a pack (or alternatives, of which the clinician gives one) and when it is given. */
export function PackEntryFields({ entry, onChange, onRemove, errorAt }: PackEntryFieldsProps) {
  const entryError = errorAt('') ?? errorAt('instrumentIds') ?? errorAt('cadence');
  const names = entry.instrumentIds.map(nameOf).join(' or ');
  return (
    <Fieldset legend={names}>
      <Stack gap="sm">
        {entry.instrumentIds.map((instrumentId, index) => (
          <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
            <NativeSelect
              label={index === 0 ? 'Instrument' : 'Or instead'}
              data={instrumentOptions}
              value={instrumentId}
              onChange={(event) => onChange(setInstrument(entry, index, event.currentTarget.value))}
              error={errorAt(`instrumentIds.${index}`)}
              maw={480}
              style={{ flexGrow: 1 }}
            />
            {index > 0 ? <CloseButton mb={6} aria-label={`Remove the alternative ${nameOf(instrumentId)}`} onClick={() => onChange(removeAlternative(entry, index))} /> : null}
          </Group>
        ))}
        {entry.cadence.map((cadence, index) => (
          <CadenceFields
            key={index}
            cadence={cadence}
            onChange={(next) => onChange(setCadence(entry, index, next))}
            onRemove={entry.cadence.length > 1 ? () => onChange(removeCadence(entry, index)) : undefined}
            errorAt={(field) => errorAt(field === '' ? `cadence.${index}` : `cadence.${index}.${field}`)}
          />
        ))}
        {entryError ? (
          <Text c="red" size="sm" role="alert">
            {entryError}
          </Text>
        ) : null}
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => onChange(addCadence(entry))}>
            Add a time
          </Button>
          {entry.instrumentIds.length < maxAlternatives ? (
            <Button variant="default" size="xs" onClick={() => onChange(addAlternative(entry))}>
              Add an alternative
            </Button>
          ) : null}
          {onRemove ? (
            <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
              Remove {names} from the pack
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Fieldset>
  );
}
