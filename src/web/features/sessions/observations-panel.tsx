import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ObservationKind, observationLabel, observationLevels } from '../../../domain/sessions/observation-scales';
import { SessionProblem } from './blocker-list';
import { formatTime } from './local-time';
import { sessionApi } from './session-api';
import { useSessionChange } from './session-queries';
import type { SessionChart } from './session-types';

const scales: { kind: ObservationKind; title: string }[] = [
  { kind: 'dissociation-0-4', title: 'Dissociation (0–4)' },
  { kind: 'moaas', title: 'Sedation (MOAA/S)' },
];

function Latest({ chart, kind }: { chart: SessionChart; kind: ObservationKind }) {
  const latest = chart.observations.filter((observation) => observation.kind === kind).at(-1);
  if (!latest) return <Text size="sm" c="dimmed">Not rated yet.</Text>;
  return (
    <Text size="sm">
      Last: {latest.value} – {observationLabel(kind, latest.value)} at {formatTime(latest.observedAt)}
    </Text>
  );
}

/** One tap rates dissociation or sedation; a worrying rating opens an event on the server. */
export function ObservationsPanel({ chart, canChart }: { chart: SessionChart; canChart: boolean }) {
  const rate = useSessionChange(chart.id, (body: { kind: ObservationKind; value: number }) => sessionApi.observation(chart.id, body));
  return (
    <Stack gap="md" component="section" aria-labelledby="observations-title">
      <Title order={3} id="observations-title">
        Observations
      </Title>
      {scales.map(({ kind, title }) => (
        <Stack key={kind} gap={6} role="group" aria-label={title}>
          <Text fw={600}>{title}</Text>
          <Latest chart={chart} kind={kind} />
          {canChart ? (
            <SimpleGrid cols={{ base: 2, sm: 3, md: kind === 'moaas' ? 3 : 5 }} spacing="xs">
              {observationLevels[kind].map((level) => (
                <Button
                  key={level.value}
                  variant="default"
                  h="auto"
                  py={6}
                  styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                  aria-label={`${title}: ${level.value}, ${level.label}`}
                  disabled={rate.isPending}
                  onClick={() => rate.mutate({ kind, value: level.value })}
                >
                  {level.value} · {level.label}
                </Button>
              ))}
            </SimpleGrid>
          ) : null}
        </Stack>
      ))}
      <SessionProblem error={rate.error} title="The rating was not recorded" patientId={chart.patient.id} />
    </Stack>
  );
}
