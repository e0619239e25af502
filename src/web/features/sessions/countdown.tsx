import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { formatClock, spokenMinutes } from './format-clock';
import { useServerNow } from './server-clock';

interface TimerProps {
  /** Announce changes politely (once a minute); off where many timers share a screen. */
  live?: boolean;
  size?: string;
}

function Spoken({ text, live }: { text: string; live: boolean }) {
  return <VisuallyHidden {...(live ? { role: 'status', 'aria-live': 'polite' as const } : {})}>{text}</VisuallyHidden>;
}

/**
 * Time left until `untilMs` (server clock) as a ticking "mm:ss" after `label` ("Next check due in"); once past,
 * red, badged "Overdue" and after `overdueLabel`. The ticking
 * text is hidden from screen readers, which get whole minutes instead.
 */
export function Countdown({ untilMs, label, overdueLabel = 'Overdue by', live = true, size = 'lg' }: TimerProps & { untilMs: number; label: string; overdueLabel?: string }) {
  const now = useServerNow();
  const seconds = Math.ceil((untilMs - now) / 1000);
  const overdue = seconds < 0;
  return (
    <>
      <Group aria-hidden gap="xs" wrap="nowrap" data-overdue={overdue || undefined}>
        {overdue ? <Badge color="red">Overdue</Badge> : null}
        <Text size={size} fw={700} c={overdue ? 'red' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {overdue ? `${overdueLabel} ${formatClock(-seconds)}` : `${label} ${formatClock(seconds)}`}
        </Text>
      </Group>
      <Spoken live={live} text={overdue ? `${overdueLabel} ${spokenMinutes(-seconds)}.` : `${label} ${spokenMinutes(seconds)}.`} />
    </>
  );
}

/** Time since `sinceMs` (server clock), stopped at `untilMs` when given, as "mm:ss" with whole minutes spoken. */
export function Elapsed({ sinceMs, untilMs, label, live = false, size = 'md' }: TimerProps & { sinceMs: number; untilMs?: number | null; label: string }) {
  const now = useServerNow();
  const seconds = Math.max(0, Math.floor(((untilMs ?? now) - sinceMs) / 1000));
  return (
    <>
      <Text aria-hidden size={size} fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {label} {formatClock(seconds)}
      </Text>
      <Spoken live={live} text={`${label} ${spokenMinutes(seconds)}.`} />
    </>
  );
}
