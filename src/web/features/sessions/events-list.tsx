import { Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { SessionProblem } from './blocker-list';
import { formatTime } from './local-time';
import { sessionApi } from './session-api';
import { useSessionChange } from './session-queries';
import type { ChartAbilities, SessionChart, SessionEvent } from './session-types';
import { eventKindLabels, levelLabel } from './session-words';

function ActionForm({ chart, event }: { chart: SessionChart; event: SessionEvent }) {
  const [actionNote, setActionNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const save = useSessionChange(chart.id, () => sessionApi.eventAction(chart.id, event.id, { actionNote: actionNote.trim(), ...(outcome.trim() ? { outcome: outcome.trim() } : {}) }));
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm">
        Write action
      </Text>
      <Textarea label="What was done" minRows={2} value={actionNote} onChange={(change) => setActionNote(change.currentTarget.value)} />
      <TextInput label="Outcome (optional)" value={outcome} onChange={(change) => setOutcome(change.currentTarget.value)} />
      <Group>
        <Button size="sm" disabled={actionNote.trim().length < 3} loading={save.isPending} onClick={() => save.mutate(undefined)}>
          Save action
        </Button>
      </Group>
      <SessionProblem error={save.error} title="The action was not saved" patientId={chart.patient.id} />
    </Stack>
  );
}

function EventItem({ chart, event, can }: { chart: SessionChart; event: SessionEvent; can: ChartAbilities }) {
  const sign = useSessionChange(chart.id, () => sessionApi.signEvent(chart.id, event.id));
  const level = levelLabel(event.level);
  const stop = event.level === 'stop';
  const open = event.actionAt === null;
  return (
    <Paper component="li" withBorder p="sm" data-level={event.level} aria-label={`${level.label}: ${event.message}`} style={stop ? { borderLeft: '4px solid var(--mantine-color-red-6)' } : undefined}>
      <Stack gap={6}>
        <Group gap="xs">
          <Badge color={level.color} variant={stop ? 'filled' : 'light'}>
            {level.label}
          </Badge>
          <Text size="sm" c="dimmed">
            {eventKindLabels[event.kind] ?? event.kind} at {formatTime(event.occurredAt)}
          </Text>
          {event.serious ? <Badge color="red" variant="outline">Serious</Badge> : null}
        </Group>
        <Text fw={stop ? 700 : 500} c={stop ? 'red.8' : undefined}>
          {event.message}
        </Text>
        {open ? (
          can.chart ? <ActionForm chart={chart} event={event} /> : <Text size="sm">No action recorded yet.</Text>
        ) : (
          <Text size="sm">
            <Text span fw={600}>
              Action:
            </Text>{' '}
            {event.actionNote}
            {event.outcome ? ` Outcome: ${event.outcome}` : ''}
          </Text>
        )}
        {stop && event.prescriberSignedAt ? <Text size="sm">Signed by the prescriber at {formatTime(event.prescriberSignedAt)}.</Text> : null}
        {stop && !event.prescriberSignedAt && !open ? (
          can.sign ? (
            <Group>
              <Button size="sm" color="red" loading={sign.isPending} onClick={() => sign.mutate(undefined)}>
                Sign
              </Button>
            </Group>
          ) : (
            <Text size="sm">Awaiting the prescriber’s signature.</Text>
          )
        ) : null}
        <SessionProblem error={sign.error} title="The event was not signed" patientId={chart.patient.id} />
      </Stack>
    </Paper>
  );
}

/** Threshold crossings, worrying observations and adverse events, newest first; stop events in red. */
export function EventsList({ chart, can }: { chart: SessionChart; can: ChartAbilities }) {
  const events = [...chart.events].reverse();
  return (
    <section aria-labelledby="events-title">
      <Title order={3} id="events-title" mb="xs">
        Events
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">No events.</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="events-title">
          {events.map((event) => (
            <EventItem key={event.id} chart={chart} event={event} can={can} />
          ))}
        </Stack>
      )}
    </section>
  );
}
