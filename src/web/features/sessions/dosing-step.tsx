import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { SessionProblem } from './blocker-list';
import { Countdown, Elapsed } from './countdown';
import { formatClock } from './format-clock';
import { formatTime } from './local-time';
import { useServerNow } from './server-clock';
import { sessionApi } from './session-api';
import { useSessionChange, useSessionTransition } from './session-queries';
import { type ChartAbilities, recordedDose, type SessionChart } from './session-types';
import { isEsketamine } from './session-words';

/** Esketamine: one button per device, held back until 5 minutes after the last (the server refuses sooner too). */
function Devices({ chart, can }: { chart: SessionChart; can: ChartAbilities }) {
  const now = useServerNow();
  const give = useSessionChange(chart.id, () => sessionApi.device(chart.id));
  const planned = chart.status.devicesPlanned ?? 0;
  const given = chart.devices.length;
  const allowedAt = chart.status.nextDeviceAllowedAt ? Date.parse(chart.status.nextDeviceAllowedAt) : null;
  const waiting = allowedAt !== null && allowedAt > now;
  return (
    <Stack gap="sm">
      <Text fw={600}>
        {given} of {planned} {planned === 1 ? 'device' : 'devices'} given
      </Text>
      {given > 0 ? (
        <List size="sm" aria-label="Devices given">
          {chart.devices.map((device) => (
            <List.Item key={device.deviceNumber}>
              Device {device.deviceNumber} at {formatTime(device.administeredAt)}
            </List.Item>
          ))}
        </List>
      ) : null}
      {given < planned ? (
        <>
          {waiting && allowedAt !== null ? <Countdown untilMs={allowedAt} label="Next device allowed in" /> : null}
          {can.chart ? (
            <Group>
              <Button size="lg" onClick={() => give.mutate(undefined)} loading={give.isPending} disabled={waiting}>
                Give device {given + 1}
              </Button>
            </Group>
          ) : null}
        </>
      ) : null}
      <SessionProblem error={give.error} title="The device was not recorded" patientId={chart.patient.id} />
    </Stack>
  );
}

/** IV, IM and the rest: time since dosing started against the minutes it takes. */
function Administration({ chart }: { chart: SessionChart }) {
  const now = useServerNow();
  const minutes = recordedDose(chart)?.result.minimumAdministrationMinutes ?? 0;
  if (!chart.dosingStartedAt) return null;
  const startedMs = Date.parse(chart.dosingStartedAt);
  const endsMs = startedMs + minutes * 60_000;
  return (
    <Stack gap={4}>
      <Elapsed sinceMs={startedMs} label="Dosing for" size="xl" />
      {minutes > 0 ? (
        <>
          <Text size="sm">Runs {formatClock(minutes * 60)} (at least {minutes} minutes).</Text>
          {now < endsMs ? <Countdown untilMs={endsMs} label="Administration ends in" size="md" /> : <Text fw={600}>The minimum time is up: finish dosing when the dose is in.</Text>}
        </>
      ) : null}
    </Stack>
  );
}

/** Dosing: the devices or the running infusion, then "Finish dosing". */
export function DosingStep({ chart, can }: { chart: SessionChart; can: ChartAbilities }) {
  const finish = useSessionTransition(chart);
  return (
    <Stack gap="md">
      <Title order={3}>Dosing</Title>
      {isEsketamine(chart.route) ? <Devices chart={chart} can={can} /> : <Administration chart={chart} />}
      {can.chart ? (
        <Group>
          <Button size="lg" onClick={() => finish.mutate({ action: 'finish-dosing' })} loading={finish.isPending}>
            Finish dosing
          </Button>
        </Group>
      ) : null}
      <SessionProblem error={finish.error} title="Dosing cannot finish yet" patientId={chart.patient.id} />
    </Stack>
  );
}
