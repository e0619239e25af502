import { Badge, Group, Paper, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import dayjs from 'dayjs';
import type { PlanPhase, SessionDose, SessionTime } from './plan-types';
import { formatDay, formatDose, phaseLabels } from './plan-words';

export interface CalendarSession {
  sequence: number;
  date: string;
  startTime: string;
  phase: PlanPhase;
  dose: SessionDose;
  note?: string | null | undefined;
  flags?: readonly string[] | undefined;
  /** The saved or proposed date, which places the session in its week: an edit being typed does not move it about. */
  placedOn?: string;
}

const flagLabels: Record<string, string> = {
  'moved-past-its-week': 'Moved past its week',
  'outside-induction-window': 'Outside the induction window',
  'age-adjusted-dose': 'Dose adjusted for age',
};

const placement = (session: CalendarSession) => session.placedOn ?? session.date;
// Sessions whose date cannot be read (one being typed over) go last, under their own heading.
const unreadableWeek = Number.MAX_SAFE_INTEGER;

/** Sessions grouped by week of the course (week 1 starts on the start date), in date order. */
function byWeek(sessions: readonly CalendarSession[], startDate: string): [number, CalendarSession[]][] {
  const weeks = new Map<number, CalendarSession[]>();
  const ordered = [...sessions].sort((a, b) => `${placement(a)}${a.startTime}`.localeCompare(`${placement(b)}${b.startTime}`) || a.sequence - b.sequence);
  for (const session of ordered) {
    const day = dayjs(placement(session));
    const week = day.isValid() ? Math.floor(day.diff(dayjs(startDate), 'day') / 7) + 1 : unreadableWeek;
    weeks.set(week, [...(weeks.get(week) ?? []), session]);
  }
  return [...weeks.entries()].sort(([a], [b]) => a - b);
}

const weekTitle = (week: number, startDate: string) => {
  if (week === unreadableWeek) return 'Dates to check';
  if (week < 1) return 'Before the start date';
  const first = dayjs(startDate).add((week - 1) * 7, 'day');
  return `Week ${week} · ${first.format('MMM D')} – ${first.add(6, 'day').format('MMM D')}`;
};

function SessionItem({ session, editable, onChange }: { session: CalendarSession; editable: boolean; onChange: (time: SessionTime) => void }) {
  const hidden = (text: string) => <VisuallyHidden>{text}</VisuallyHidden>;
  const highlighted = Boolean(session.note) || Boolean(session.flags?.length);
  return (
    <Paper component="li" withBorder p="sm" aria-label={`Session ${session.sequence}`} style={highlighted ? { borderLeft: '4px solid var(--mantine-color-orange-6)' } : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={600}>Session {session.sequence}</Text>
            <Badge variant="light" color={session.phase === 'induction' ? 'blue' : 'grape'}>
              {phaseLabels[session.phase]}
            </Badge>
          </Group>
          <Text fw={500}>{formatDose(session.dose)}</Text>
        </Group>
        {editable ? (
          <Group grow align="flex-start">
            <TextInput type="date" label={<>Date{hidden(` of session ${session.sequence}`)}</>} value={session.date} required onChange={(event) => onChange({ date: event.currentTarget.value, startTime: session.startTime })} />
            <TextInput type="time" label={<>Start time{hidden(` of session ${session.sequence}`)}</>} value={session.startTime} required onChange={(event) => onChange({ date: session.date, startTime: event.currentTarget.value })} />
          </Group>
        ) : (
          <Text>
            {formatDay(session.date)} at {session.startTime}
          </Text>
        )}
        {session.flags?.length ? (
          <Group gap={4}>
            {session.flags.map((flag) => (
              <Badge key={flag} color="orange" variant="outline" size="sm">
                {flagLabels[flag] ?? flag}
              </Badge>
            ))}
          </Group>
        ) : null}
        {session.note ? (
          <Text size="sm" c="orange.9">
            <Text span fw={600}>
              Note:
            </Text>{' '}
            {session.note}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The sessions of a plan as a list of weeks, with phase, dose, and notes and flags picked out; dates editable in a draft. */
export function SessionCalendar({ sessions, startDate, editable, onChange }: { sessions: readonly CalendarSession[]; startDate: string; editable: boolean; onChange?: (sequence: number, time: SessionTime) => void }) {
  return (
    <Stack gap="md">
      {byWeek(sessions, startDate).map(([week, inWeek]) => (
        <section key={week} aria-label={weekTitle(week, startDate)}>
          <Title order={4} mb={6}>
            {weekTitle(week, startDate)}
          </Title>
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {inWeek.map((session) => (
              <SessionItem key={session.sequence} session={session} editable={editable} onChange={(time) => onChange?.(session.sequence, time)} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
