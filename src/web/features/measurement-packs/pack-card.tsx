import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import type { MeasurementPack } from '../../../domain/measurement/measurement-packs';
import { addEntry, removeEntry, removePack, replaceEntry } from './edit-packs';
import { indicationLabels } from './measurement-pack-words';
import { PackEntryFields } from './pack-entry-fields';

/** Applies a change to all the packs; `within` names the entry it stays inside, so only that entry's messages clear. */
export type EditPacks = (change: (packs: MeasurementPack[]) => MeasurementPack[], within?: string) => void;

interface PackCardProps {
  pack: MeasurementPack;
  packIndex: number;
  edit: EditPacks;
  /** Every message, by field path ("packs.0.entries.1.instrumentIds.0"). */
  errors: Readonly<Record<string, string>>;
}

/**
 * The instruments one indication gets, each with when it is given. Memoised: an edit replaces only the pack it
 * touches, so the other packs are not drawn again.
 */
export const PackCard = memo(function PackCard({ pack, packIndex, edit, errors }: PackCardProps) {
  const label = indicationLabels[pack.indication];
  const at = `packs.${packIndex}`;
  const packError = errors[at] ?? errors[`${at}.indication`] ?? errors[`${at}.entries`];
  return (
    <Card withBorder component="section" aria-label={label}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>{label}</Title>
          <Button variant="subtle" color="red" size="xs" onClick={() => edit((packs) => removePack(packs, packIndex))}>
            Remove the {label} pack
          </Button>
        </Group>
        {packError ? (
          <Text c="red" size="sm" role="alert">
            {packError}
          </Text>
        ) : null}
        {pack.entries.map((entry, entryIndex) => {
          const entryAt = `${at}.entries.${entryIndex}`;
          return (
            <PackEntryFields
              key={entryIndex}
              entry={entry}
              onChange={(next) => edit((packs) => replaceEntry(packs, packIndex, entryIndex, next), entryAt)}
              onRemove={pack.entries.length > 1 ? () => edit((packs) => removeEntry(packs, packIndex, entryIndex)) : undefined}
              errorAt={(field) => errors[field === '' ? entryAt : `${entryAt}.${field}`]}
            />
          );
        })}
        <Group>
          <Button variant="default" size="xs" onClick={() => edit((packs) => addEntry(packs, packIndex))}>
            Add an instrument
          </Button>
        </Group>
      </Stack>
    </Card>
  );
});
