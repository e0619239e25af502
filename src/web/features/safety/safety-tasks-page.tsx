import { Alert, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { formatLocalDateTime } from './format-safety';
import { useSafetyTasks, type SafetyTaskStatus } from './safety-queries';
import { SafetyTasksTable } from './safety-tasks-table';

export function SafetyTasksPage() {
  const me = useSignedInUser();
  if (!can(me, 'safety.manage')) return <NoAccess />;
  return <SafetyTasks />;
}

/** The suicide-risk pathway's queue: most urgent first, each closed only with a documented response. */
function SafetyTasks() {
  const [status, setStatus] = useState<SafetyTaskStatus>('open');
  const [notice, setNotice] = useState<string>();
  const tasks = useSafetyTasks(status);
  return (
    <Stack maw={1200}>
      <Title order={2}>Safety tasks</Title>
      <Text>
        Answers that suggest a risk of suicide or self-harm open a task here, with a deadline set by its severity. Close each one by documenting what was done. The list refreshes every minute.
      </Text>
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Which tasks"
          value={status}
          onChange={(value) => setStatus(value as SafetyTaskStatus)}
          data={[
            { value: 'open', label: 'Open' },
            { value: 'all', label: 'All' },
          ]}
        />
        {tasks.dataUpdatedAt > 0 ? (
          <Text size="sm" c="dimmed">
            Updated {formatLocalDateTime(new Date(tasks.dataUpdatedAt).toISOString())}
          </Text>
        ) : null}
      </Group>
      {notice ? (
        <Alert color="teal" role="status" withCloseButton onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      ) : null}
      {tasks.isPending ? <Loader aria-label="Loading the safety tasks" /> : null}
      {tasks.isError ? <ProblemAlert error={tasks.error} title="The safety tasks could not be loaded" /> : null}
      {tasks.data ? (
        tasks.data.tasks.length === 0 ? (
          <Text>{status === 'open' ? 'No open safety tasks.' : 'No safety tasks yet.'}</Text>
        ) : (
          <SafetyTasksTable tasks={tasks.data.tasks} onResolved={setNotice} />
        )
      ) : null}
    </Stack>
  );
}
