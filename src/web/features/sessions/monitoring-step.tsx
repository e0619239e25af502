import { Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type DischargeChecklist, dischargeChecklistItems } from '../../../domain/sessions/discharge';
import { BlockerList, SessionProblem } from './blocker-list';
import { Countdown } from './countdown';
import { useServerNow } from './server-clock';
import { sessionApi } from './session-api';
import { sessionKeys, useSessionChange, useSessionTransition } from './session-queries';
import type { ChartAbilities, SessionChart } from './session-types';

const items = Object.entries(dischargeChecklistItems) as [keyof DischargeChecklist, string][];
const sentence = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

function ObservationTimer({ endsAt }: { endsAt: string | null }) {
  const now = useServerNow();
  if (!endsAt) return null;
  const endsMs = Date.parse(endsAt);
  return now < endsMs ? <Countdown untilMs={endsMs} label="Minimum observation ends in" /> : <Text fw={600}>The minimum observation time is over.</Text>;
}

/** After dosing: the observation timer, the discharge checklist, what still stands in the way, then "Ready for discharge" and "Discharge". */
export function MonitoringStep({ chart, can }: { chart: SessionChart; can: ChartAbilities }) {
  const queryClient = useQueryClient();
  const [checklist, setChecklist] = useState<DischargeChecklist>(() => ({ ...(chart.discharge as DischargeChecklist) }));
  const save = useSessionChange(chart.id, () => sessionApi.discharge(chart.id, { checklist, revision: chart.revision }));
  // "Ready for discharge" saves the ticks first, so the criteria are judged on what the nurse sees.
  const ready = useSessionChange(chart.id, async () => {
    const afterSave = await sessionApi.discharge(chart.id, { checklist, revision: chart.revision });
    queryClient.setQueryData(sessionKeys.chart(chart.id), afterSave);
    return sessionApi.transition(chart.id, { action: 'mark-discharge-ready', revision: afterSave.revision });
  });
  const discharge = useSessionTransition(chart);
  const isReady = chart.state === 'discharge-ready';

  return (
    <Stack gap="md">
      <Title order={3}>{isReady ? 'Ready for discharge' : 'Observation'}</Title>
      <ObservationTimer endsAt={chart.status.observationEndsAt} />
      <Checkbox.Group label="Discharge checklist" value={items.filter(([key]) => checklist[key] === true).map(([key]) => key)} onChange={(keys) => setChecklist(Object.fromEntries(items.map(([key]) => [key, keys.includes(key)])))}>
        <Stack gap={6} mt="xs">
          {items.map(([key, words]) => (
            <Checkbox key={key} value={key} label={sentence(words)} disabled={isReady || !can.chart} />
          ))}
        </Stack>
      </Checkbox.Group>
      {can.chart && !isReady ? (
        <Group>
          <Button variant="default" onClick={() => save.mutate(undefined)} loading={save.isPending}>
            Save checklist
          </Button>
          <Button size="lg" onClick={() => ready.mutate(undefined)} loading={ready.isPending}>
            Ready for discharge
          </Button>
        </Group>
      ) : null}
      <SessionProblem error={save.error} title="The checklist was not saved" patientId={chart.patient.id} />
      <SessionProblem error={ready.error} title="Not ready for discharge" patientId={chart.patient.id} />
      {!ready.error && !isReady ? <BlockerList title="Still needed before discharge" blockers={chart.status.dischargeBlockers} patientId={chart.patient.id} /> : null}
      {can.chart && isReady ? (
        <Group>
          <Button size="lg" color="green" onClick={() => discharge.mutate({ action: 'discharge' })} loading={discharge.isPending}>
            Discharge
          </Button>
        </Group>
      ) : null}
      <SessionProblem error={discharge.error} title="The patient was not discharged" patientId={chart.patient.id} />
    </Stack>
  );
}
