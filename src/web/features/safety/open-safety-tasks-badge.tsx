import { Badge, VisuallyHidden } from '@mantine/core';
import { useSafetyTaskSummary } from './safety-queries';

/** The number of open safety tasks beside "Safety tasks" in the navigation; nothing when there are none. */
export function OpenSafetyTasksBadge() {
  const summary = useSafetyTaskSummary();
  const count = summary.data?.open ?? 0;
  if (count === 0) return null;
  return (
    <Badge color="red" size="sm" circle={count < 10}>
      {count}
      <VisuallyHidden> open</VisuallyHidden>
    </Badge>
  );
}
