import { Alert, Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { SafetyNotice } from '../../api/measure-types';
import { formatLocalDateTime } from './format-safety';

/** For staff who entered answers that opened a safety task: the care team now has a deadline. */
export function SafetyTaskNotice({ safety, linkToQueue }: { safety: SafetyNotice; linkToQueue: boolean }) {
  return (
    <Alert color="red" title="Safety task opened" role="alert">
      This answer opened a {safety.severity} safety task for the care team, due {formatLocalDateTime(safety.dueAt)}.{' '}
      {linkToQueue ? (
        <Anchor component={Link} to="/safety" size="sm">
          Open the safety tasks
        </Anchor>
      ) : null}
    </Alert>
  );
}
