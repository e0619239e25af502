import { Button, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { CountSheet } from './count-sheet';
import { countBody, emptyCount, needsTiming, type CountValues } from './count-values';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';
import type { CountKind, CountResult, StockContainer } from './stock-types';

const kinds: { value: CountKind; label: string }[] = [
  { value: 'daily', label: 'Daily count' },
  { value: 'initial', label: 'Initial inventory' },
  { value: 'biennial', label: 'Biennial inventory' },
];

/** The count of one location's sealed and open containers, sent as one sheet. */
export function CountForm({ locationId, containers, onCounted }: { locationId: string; containers: readonly StockContainer[]; onCounted: (result: CountResult) => void }) {
  const [values, setValues] = useState<CountValues>(emptyCount);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const count = useStockChange(stockApi.count, onCounted);
  const fromServer = serverFieldErrors(count.error);
  const errorOf = (key: string) => errors[key] ?? fromServer[key];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = countBody(values, containers, locationId);
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    count.reset();
    if (parsed.kind === 'valid') count.mutate(parsed.body);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Count">
      <Stack>
        <Group align="flex-start">
          <NativeSelect
            label="Kind of count"
            data={kinds}
            value={values.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value as CountKind;
              setValues((current) => ({ ...current, kind }));
            }}
          />
          {needsTiming(values.kind) ? (
            <Radio.Group label="Taken at" value={values.timing} onChange={(timing) => setValues((current) => ({ ...current, timing: timing === 'close' ? 'close' : 'opening' }))} error={errorOf('timing')}>
              <Group mt="xs">
                <Radio value="opening" label="Opening of business" />
                <Radio value="close" label="Close of business" />
              </Group>
            </Radio.Group>
          ) : null}
        </Group>
        <Text size="sm">Tick each sealed container you see. Measure each open one in mL; say whether the volume is exact or estimated. The ledger’s balances are not shown, so the count stays independent.</Text>
        {containers.length === 0 ? <Text c="dimmed">No sealed or open containers at this location: the count records that there is none.</Text> : <CountSheet containers={containers} lines={values.lines} onLine={(containerId, line) => setValues((current) => ({ ...current, lines: { ...current.lines, [containerId]: line } }))} errorOf={errorOf} />}
        {count.isError ? <ProblemAlert error={count.error} title="The count was not recorded" /> : null}
        <Group>
          <Button type="submit" loading={count.isPending}>
            Record the count
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
