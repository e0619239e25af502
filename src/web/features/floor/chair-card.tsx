import { Badge, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { Countdown, Elapsed } from '../sessions/countdown';
import { formatTime } from '../sessions/local-time';
import { routeLabel, stateLabel } from '../sessions/session-words';
import type { FloorChair } from './floor-types';

function EventsCount({ chair }: { chair: FloorChair }) {
  const unsigned = chair.unsignedStopEvents;
  if (chair.openEvents === 0 && unsigned === 0) return <Text size="sm">No open events</Text>;
  return (
    <Text size="sm" fw={700} c={unsigned > 0 ? 'red' : 'orange.8'} data-urgent={unsigned > 0 || undefined}>
      {chair.openEvents} open {chair.openEvents === 1 ? 'event' : 'events'}
      {unsigned > 0 ? `, ${unsigned} stop ${unsigned === 1 ? 'event' : 'events'} unsigned` : ''}
    </Text>
  );
}

/** One chair on the board: who (initials), what, how long, when the next check is due, and open events. */
export function ChairCard({ chair, generatedAtMs, canOpen }: { chair: FloorChair; generatedAtMs: number; canOpen: boolean }) {
  const headingId = useId();
  const state = stateLabel(chair.state);
  const overdue = chair.nextCheck.overdue;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId} style={overdue || chair.unsignedStopEvents > 0 ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} id={headingId}>
            {chair.chair}
          </Title>
          <Badge color={state.color} size="lg">
            {state.label}
          </Badge>
        </Group>
        <Group gap="sm">
          <Text size="xl" fw={700}>
            <VisuallyHidden>Patient initials </VisuallyHidden>
            {chair.initials}
          </Text>
          <Text>{routeLabel(chair.route)}</Text>
        </Group>
        {chair.elapsedSeconds !== null ? (
          <Elapsed sinceMs={generatedAtMs - chair.elapsedSeconds * 1000} label="On the floor" />
        ) : chair.state === 'scheduled' ? (
          <Text size="sm">Booked for {formatTime(chair.scheduledFor)}</Text>
        ) : null}
        {chair.nextCheck.dueAt ? <Countdown untilMs={Date.parse(chair.nextCheck.dueAt)} label="Next check in" overdueLabel="Check overdue by" live={false} size="md" /> : null}
        <EventsCount chair={chair} />
        {canOpen ? (
          <Button component={Link} to={`/sessions/${chair.sessionId}`} size="md" fullWidth mt={4} aria-label={`Open the chart for ${chair.chair}`}>
            Open chart
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
