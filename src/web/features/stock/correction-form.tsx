import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { correctionBody, correctionOf, type CorrectionValues, reversingDirection } from './correction-values';
import { QuantityFields } from './quantity-fields';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';
import type { LedgerRecord, StockContainer } from './stock-types';
import { entryKindLabel, formatAmount, formatWhen } from './stock-words';

interface Props {
  entry: LedgerRecord;
  container: StockContainer;
  onDone: () => void;
  onCancel: () => void;
}

/** Corrects one ledger entry with a new entry that points at it, undoing it (or part of it) by default. */
export function CorrectionForm({ entry, container, onDone, onCancel }: Props) {
  const [values, setValues] = useState<CorrectionValues>(() => correctionOf(entry));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const record = useStockChange(stockApi.record, onDone);
  const fromServer = serverFieldErrors(record.error);
  const errorOf = (key: string) => errors[key] ?? fromServer[key];
  const change = (partial: Partial<CorrectionValues>) => setValues((current) => ({ ...current, ...partial }));
  const directionKnown = reversingDirection(entry.kind) !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = correctionBody(values, entry, container);
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    record.reset();
    if (parsed.kind === 'valid') record.mutate(parsed.body);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Correct entry ${entry.seq}`}>
      <Stack gap="sm">
        <Text fw={500}>
          Correcting #{entry.seq}, {entryKindLabel(entry.kind).toLowerCase()} of {formatAmount(entry.quantityMg, entry.quantityMl)} on {formatWhen(entry.occurredAt)}.
        </Text>
        <Text size="sm">The ledger never changes an entry: a correction is a new entry that points at the old one.</Text>
        <Radio.Group
          label="Which way the correction moves the balance"
          description={directionKnown ? 'Set to undo the entry.' : 'The ledger does not show which way this entry went: choose the way that undoes it.'}
          value={values.direction ?? ''}
          onChange={(direction) => change({ direction: direction === 'increase' ? 'increase' : 'decrease' })}
          error={errorOf('entry.direction')}
        >
          <Group mt="xs">
            <Radio value="increase" label="Put back into the container" />
            <Radio value="decrease" label="Take out of the container" />
          </Group>
        </Radio.Group>
        <QuantityFields
          mg={values.quantityMg}
          ml={values.quantityMl}
          strengthMgPerMl={container.strengthMgPerMl}
          onChange={({ mg, ml }) => change({ quantityMg: mg, quantityMl: ml })}
          errors={{ mg: errorOf('entry.quantityMg'), ml: errorOf('entry.quantityMl') }}
        />
        <Textarea
          label="Reason"
          description="What was wrong with the entry"
          minRows={2}
          value={values.reason}
          error={errorOf('entry.reason')}
          onChange={(event) => {
            const typed = event.currentTarget.value;
            change({ reason: typed });
          }}
        />
        {record.isError ? <ProblemAlert error={record.error} title="The correction was not recorded" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Record the correction
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
