import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { MovementKindFields } from './movement-kind-fields';
import { emptyMovement, type MovementKind, movementBody, movementKindLabels, movementKinds, type MovementValues } from './movement-values';
import { QuantityFields } from './quantity-fields';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';
import type { StockContainer } from './stock-types';
import { WitnessFields } from './witness-fields';
import type { WitnessValues } from './witness-values';

const witnessErrors = (errorOf: (key: string) => string | undefined, prefix: string) => ({ email: errorOf(`${prefix}.email`), password: errorOf(`${prefix}.password`), code: errorOf(`${prefix}.code`) });

/** Records one movement out of (or, for an adjustment, into) a container, with the witnesses it needs signing in here. */
export function MovementForm({ container, onDone, onCancel }: { container: StockContainer; onDone: () => void; onCancel: () => void }) {
  const [values, setValues] = useState<MovementValues>(() => emptyMovement());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const record = useStockChange(stockApi.record, onDone);
  const fromServer = serverFieldErrors(record.error);
  const errorOf = (key: string) => errors[key] ?? fromServer[key];
  const change = (partial: Partial<MovementValues>) => setValues((current) => ({ ...current, ...partial }));
  const setWitness = (index: 0 | 1) => (witness: WitnessValues) =>
    setValues((current) => ({ ...current, witnesses: index === 0 ? [witness, current.witnesses[1]] : [current.witnesses[0], witness] }));
  const witnessProblem = fromServer.witness ?? fromServer.witnesses;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = movementBody(values, container, new Date());
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    record.reset();
    if (parsed.kind === 'valid') record.mutate(parsed.body);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Record a movement">
      <Stack>
        <Text>
          {container.label}: {container.balanceMg} mg ({container.balanceMl} mL) of {container.productName}, lot {container.lotNumber}.
        </Text>
        <NativeSelect
          label="What happened"
          data={movementKinds.map((kind) => ({ value: kind, label: movementKindLabels[kind] }))}
          value={values.kind}
          onChange={(event) => {
            const kind = event.currentTarget.value as MovementKind;
            change({ kind });
          }}
        />
        <QuantityFields
          mg={values.quantityMg}
          ml={values.quantityMl}
          strengthMgPerMl={container.strengthMgPerMl}
          onChange={({ mg, ml }) => change({ quantityMg: mg, quantityMl: ml })}
          errors={{ mg: errorOf('entry.quantityMg'), ml: errorOf('entry.quantityMl') }}
          whole={{ mg: container.balanceMg, ml: container.balanceMl }}
        />
        <MovementKindFields values={values} onChange={change} errorOf={errorOf} />
        {values.kind === 'waste' ? (
          <WitnessFields legend="Witness" values={values.witnesses[0]} onChange={setWitness(0)} errors={witnessErrors(errorOf, 'witness')} problem={witnessProblem} />
        ) : null}
        {values.kind === 'destruction' ? (
          <>
            <WitnessFields legend="First witness" values={values.witnesses[0]} onChange={setWitness(0)} errors={witnessErrors(errorOf, 'witnesses.0')} problem={witnessProblem} />
            <WitnessFields legend="Second witness" values={values.witnesses[1]} onChange={setWitness(1)} errors={witnessErrors(errorOf, 'witnesses.1')} />
          </>
        ) : null}
        <Textarea
          label="Note (optional)"
          minRows={2}
          value={values.note}
          onChange={(event) => {
            const typed = event.currentTarget.value;
            change({ note: typed });
          }}
        />
        {record.isError ? <ProblemAlert error={record.error} title="The movement was not recorded" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Record
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
