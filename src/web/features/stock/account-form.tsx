import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { accountBody, noneGiven, outstandingMg, startAccount, type AccountValues } from './account-values';
import { DeviceAccountForm } from './device-account-form';
import { DrawContainerSelect } from './draw-container-select';
import { FieldProblem } from './field-problem';
import { toHundredths } from './quantity';
import { QuantityFields } from './quantity-fields';
import type { SessionDraw } from './stock-types';
import { useAccount } from './use-account';
import { WitnessFields } from './witness-fields';

/** Accounting for the session's draw: each esketamine device given, or what was given from a vial and the rest wasted. */
export function AccountForm({ draw, fallbackStrengthMgPerMl }: { draw: SessionDraw; fallbackStrengthMgPerMl: number | null }) {
  return draw.form === 'nasal-device' ? <DeviceAccountForm draw={draw} /> : <VialAccountForm draw={draw} fallbackStrengthMgPerMl={fallbackStrengthMgPerMl} />;
}

/** What was given from the vial (possibly nothing), and the rest wasted now with a witness who signs in here. */
function VialAccountForm({ draw, fallbackStrengthMgPerMl }: { draw: SessionDraw; fallbackStrengthMgPerMl: number | null }) {
  const [containerId, setContainerId] = useState(() => draw.drawn?.containerId ?? draw.candidates.find((container) => container.lotNumber === draw.drawn?.lotNumber)?.id ?? '');
  const container = draw.candidates.find((candidate) => candidate.id === containerId);
  const strength = container?.strengthMgPerMl ?? fallbackStrengthMgPerMl;
  const [values, setValues] = useState<AccountValues>(() => startAccount(draw, strength ?? 1));
  const { account, errorOf, send } = useAccount(draw);
  if (strength === null) return <Text c="red">The strength of the product drawn is not known, so the amounts cannot be checked. Record them from the stock screen.</Text>;
  const nothingGiven = noneGiven(values);
  const given = nothingGiven ? 0 : Number(values.administeredMg.trim());
  const wasteMg = Number.isFinite(given) ? toHundredths(outstandingMg(draw) - given) : null;
  const wasting = wasteMg !== null && wasteMg > 0;
  // The container's faults: at its select when it is chosen here, otherwise above the amounts.
  const containerProblem = errorOf('containerId') ?? errorOf('administrations.0.containerId') ?? errorOf('waste.containerId');
  const choosing = !draw.drawn?.containerId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(accountBody(values, draw, containerId, strength));
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Account for the drawn product">
      <Stack gap="sm">
        {choosing ? <DrawContainerSelect candidates={draw.candidates} containerId={containerId} onChoose={(chosen) => setContainerId(chosen?.id ?? '')} error={containerProblem} /> : <FieldProblem message={containerProblem} />}
        <QuantityFields
          label="Administered"
          mg={values.administeredMg}
          ml={values.administeredMl}
          strengthMgPerMl={strength}
          onChange={({ mg, ml }) => setValues((current) => ({ ...current, administeredMg: mg, administeredMl: ml }))}
          errors={{ mg: errorOf('administrations.0.quantityMg') ?? errorOf('administrations'), ml: errorOf('administrations.0.quantityMl') }}
        />
        {nothingGiven ? null : (
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={() => setValues((current) => ({ ...current, administeredMg: '0', administeredMl: '0' }))}>
              None was given
            </Button>
          </Group>
        )}
        {wasting ? (
          <>
            <Text fw={600}>
              {nothingGiven ? `Nothing was given: all ${wasteMg} mg (${toHundredths(wasteMg / strength)} mL) drawn is wasted now, with a witness.` : `The rest, ${wasteMg} mg (${toHundredths(wasteMg / strength)} mL), is wasted now, with a witness.`}
            </Text>
            <FieldProblem message={errorOf('waste.quantityMg') ?? errorOf('waste.quantityMl') ?? errorOf('waste')} />
            <TextInput
              label={nothingGiven ? 'How it was wasted' : 'How the rest was wasted'}
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
              problem={errorOf('witness')}
            />
          </>
        ) : null}
        {account.isError ? <ProblemAlert error={account.error} title="The drawn product was not accounted for" /> : null}
        <Group>
          <Button type="submit" loading={account.isPending}>
            {nothingGiven ? 'Record as wasted' : wasting ? 'Record given and wasted' : 'Record given'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
