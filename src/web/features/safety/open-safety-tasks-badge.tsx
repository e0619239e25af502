import { Badge, VisuallyHidden } from '@mantine/core';
import { useSafetyTasks } from './safety-queries';

/** The number of open safety tasks beside "Safety tasks" in the navigation; nothing when there are none. */
export function OpenSafetyTasksBadge() {
  const open = useSafetyTasks('open');
  const count = open.data?.tasks.length ?? 0;
  if (count === 0) return null;
  return (
    <Badge color="red" size="sm" circle={count < 10}>
      {count}
      <VisuallyHidden> open</VisuallyHidden>
    </Badge>
  );
}
