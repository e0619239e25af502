import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { accountBody, outstandingMg, startAccount, type AccountValues } from './account-values';
import { DrawContainerSelect } from './draw-container-select';
import { toHundredths } from './quantity';
import { QuantityFields } from './quantity-fields';
import { stockApi } from './stock-api';
import { stockKeys } from './stock-queries';
import type { AccountBody, SessionDraw } from './stock-types';
import { WitnessFields } from './witness-fields';

/** What was given from the session's draw, and the rest wasted now with a witness who signs in here. */
export function AccountForm({ draw, fallbackStrengthMgPerMl }: { draw: SessionDraw; fallbackStrengthMgPerMl: number | null }) {
  const queryClient = useQueryClient();
  const [containerId, setContainerId] = useState(() => draw.drawn?.containerId ?? draw.candidates.find((container) => container.lotNumber === draw.drawn?.lotNumber)?.id ?? '');
  const container = draw.candidates.find((candidate) => candidate.id === containerId);
  const strength = container?.strengthMgPerMl ?? fallbackStrengthMgPerMl;
  const [values, setValues] = useState<AccountValues>(() => startAccount(draw, strength ?? 1));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const account = useMutation({
    mutationFn: (body: AccountBody) => stockApi.account(draw.sessionId, body),
    onSuccess: (after) => {
      queryClient.setQueryData(stockKeys.draw(draw.sessionId), after);
      void queryClient.invalidateQueries({ queryKey: stockKeys.all, predicate: (query) => query.queryKey[1] !== 'draw' });
    },
  });
  const fromServer = serverFieldErrors(account.error);
  const errorOf = (key: string) => errors[key] ?? fromServer[key];
  if (strength === null) return <Text c="red">The strength of the product drawn is not known, so the amounts cannot be checked. Record them from the stock screen.</Text>;
  const given = Number(values.administeredMg.trim());
  const wasteMg = Number.isFinite(given) ? toHundredths(outstandingMg(draw) - given) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = accountBody(values, draw, containerId, strength);
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    account.reset();
    if (parsed.kind === 'valid') account.mutate(parsed.body);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Account for the drawn product">
      <Stack gap="sm">
        {draw.drawn?.containerId ? null : <DrawContainerSelect candidates={draw.candidates} containerId={containerId} onChoose={(chosen) => setContainerId(chosen?.id ?? '')} error={errorOf('containerId')} />}
        <QuantityFields
          label="Administered"
          mg={values.administeredMg}
          ml={values.administeredMl}
          strengthMgPerMl={strength}
          onChange={({ mg, ml }) => setValues((current) => ({ ...current, administeredMg: mg, administeredMl: ml }))}
          errors={{ mg: errorOf('administeredMg'), ml: errorOf('administeredMl') }}
        />
        {wasteMg !== null && wasteMg > 0 ? (
          <>
            <Text fw={600}>
              The rest, {wasteMg} mg ({toHundredths(wasteMg / strength)} mL), is wasted now, with a witness.
            </Text>
            <TextInput
              label="How the rest was wasted"
              placeholder="For example: expelled into the pharmaceutical waste container"
              value={values.method}
              error={errorOf('waste.method')}
              onChange={(event) => {
                const typed = event.currentTarget.value;
                setValues((current) => ({ ...current, method: typed }));
              }}
            />
            <WitnessFields
              legend="Witness to the waste"
              values={values.witness}
              onChange={(witness) => setValues((current) => ({ ...current, witness }))}
              errors={{ email: errorOf('witness.email'), password: errorOf('witness.password'), code: errorOf('witness.code') }}
              problem={fromServer.witness}
            />
          </>
        ) : null}
        {account.isError ? <ProblemAlert error={account.error} title="The drawn product was not accounted for" /> : null}
        <Group>
          <Button type="submit" loading={account.isPending}>
            {wasteMg !== null && wasteMg > 0 ? 'Record given and wasted' : 'Record given'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
