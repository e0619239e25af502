import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { devicesBody, devicesGivenMg, maximumDevices, nextDevices, outstandingMg, startDevices } from './account-values';
import { DrawContainerSelect } from './draw-container-select';
import { FieldProblem } from './field-problem';
import { toHundredths } from './quantity';
import type { SessionDraw } from './stock-types';
import { useAccount } from './use-account';

const devicesWord = (count: number) => `${count} ${count === 1 ? 'device' : 'devices'}`;

/**
 * Esketamine nasal devices: the nurse picks each device given, and each is given whole (28 mg, 0.2 mL). A device
 * not used was never opened: it is not listed, stays sealed in stock, and what it holds stays unaccounted for.
 */
export function DeviceAccountForm({ draw }: { draw: SessionDraw }) {
  const [deviceIds, setDeviceIds] = useState<string[]>(() => startDevices(draw));
  const { account, errorOf, send } = useAccount(draw);
  const maximum = maximumDevices(draw);
  const outstanding = outstandingMg(draw);
  if (maximum === 0) return <Text c="red">No esketamine devices are in stock at this location to account from. Record what was given from the stock screen.</Text>;
  const givenMg = devicesGivenMg(draw, deviceIds);
  const givenMl = toHundredths(deviceIds.reduce((sum, id) => sum + (draw.candidates.find((device) => device.id === id)?.balanceMl ?? 0), 0));
  const leftMg = toHundredths(outstanding - givenMg);

  const setCount = (count: number) => setDeviceIds((current) => (count <= current.length ? current.slice(0, count) : [...current, ...nextDevices(draw, current, count - current.length)]));
  const choose = (index: number, id: string) => setDeviceIds((current) => current.map((existing, at) => (at === index ? id : existing)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(devicesBody(deviceIds, draw));
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Account for the drawn product">
      <Stack gap="sm">
        <Text>{outstanding} mg drawn is still to account for. Choose each device given; a device given is given whole.</Text>
        <NativeSelect
          label="Devices given"
          data={Array.from({ length: maximum }, (_, index) => String(index + 1))}
          value={String(deviceIds.length)}
          onChange={(event) => setCount(Number(event.currentTarget.value))}
        />
        {deviceIds.map((id, index) => (
          <DrawContainerSelect
            key={index}
            label={`Device ${index + 1}`}
            description={index === 0 ? 'Earliest expiry first; each device once.' : null}
            candidates={draw.candidates}
            containerId={id}
            onChoose={(device) => choose(index, device?.id ?? '')}
            error={errorOf(`administrations.${index}`, { within: true })}
          />
        ))}
        <Text fw={600}>
          Given: {devicesWord(deviceIds.length)}, {givenMg} mg ({givenMl} mL).
        </Text>
        {leftMg > 0 ? <Text>{leftMg} mg drawn stays unaccounted for: a device not used stays sealed in stock.</Text> : null}
        <FieldProblem message={errorOf('administrations')} />
        {account.isError ? <ProblemAlert error={account.error} title="The drawn product was not accounted for" /> : null}
        <Group>
          <Button type="submit" loading={account.isPending}>
            Record devices given
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
