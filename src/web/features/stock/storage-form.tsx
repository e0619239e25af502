import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { setupFieldErrors, shownAtField } from './setup-problems';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';
import type { StorageLocation } from './stock-types';

const maximumNameChars = 100; // as the API takes

/** Adds a safe or a locked cabinet at a location. */
export function StorageForm({ locationId }: { locationId: string }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<StorageLocation['kind']>('safe');
  const [nameError, setNameError] = useState<string | undefined>();
  const [added, setAdded] = useState<string | null>(null);
  const add = useStockChange(stockApi.addStorage);
  const fromServer = setupFieldErrors(add.error, { field: 'name', message: 'This location already has one of that name' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = name.trim();
    const problem = typed === '' ? 'Required' : typed.length > maximumNameChars ? `At most ${maximumNameChars} characters` : undefined;
    setNameError(problem);
    setAdded(null);
    add.reset();
    if (!problem) {
      add.mutate(
        { locationId, name: typed, kind },
        {
          onSuccess: () => {
            setAdded(typed);
            setName('');
          },
        },
      );
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add safe or cabinet">
      <Stack gap="sm">
        <Group align="flex-start" grow>
          <TextInput
            label="Name"
            placeholder="e.g. Medication room safe"
            value={name}
            error={nameError ?? fromServer.name}
            onChange={(event) => {
              const typedName = event.currentTarget.value;
              setName(typedName);
            }}
          />
          <NativeSelect
            label="Kind"
            data={[
              { value: 'safe', label: 'Safe' },
              { value: 'cabinet', label: 'Locked cabinet' },
            ]}
            value={kind}
            error={fromServer.kind}
            onChange={(event) => setKind(event.currentTarget.value === 'cabinet' ? 'cabinet' : 'safe')}
          />
        </Group>
        {add.isError && !shownAtField(add.error) ? <ProblemAlert error={add.error} title="The safe or cabinet was not added" /> : null}
        {added ? <Text role="status">{added} is added.</Text> : null}
        <Group>
          <Button type="submit" variant="default" loading={add.isPending}>
            Add safe or cabinet
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
