import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ResolveSafetyTaskBody } from '../../api/measure-types';
import { SeverityBadge } from './severity-badge';
import type { SafetyTask } from './format-safety';
import { ResolveTaskForm } from './resolve-task-form';
import { safetyKeys } from './safety-queries';

/** Closes a task with the documented response: what was done, and what happens next. */
export function ResolveTaskButton({ task, onResolved }: { task: SafetyTask; onResolved: (message: string) => void }) {
  const [opened, { open, close }] = useDisclosure();
  const queryClient = useQueryClient();
  const resolve = useMutation({
    mutationFn: (body: ResolveSafetyTaskBody) => api.resolveSafetyTask(task.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: safetyKeys.all });
      close();
      onResolved(`Response saved for ${task.patientName}. The task is closed.`);
    },
  });
  const start = () => {
    resolve.reset();
    open();
  };
  return (
    <>
      <Button size="xs" onClick={start} aria-label={`Document response for ${task.patientName}`}>
        Document response
      </Button>
      <Modal opened={opened} onClose={close} title={`Document the response for ${task.patientName}`} size="lg">
        <Stack>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <SeverityBadge severity={task.severity} />
            <Text size="sm">{task.reasons.join('; ')}</Text>
          </Group>
          <ResolveTaskForm onSubmit={(body) => resolve.mutate(body)} onCancel={close} submitting={resolve.isPending} error={resolve.error} />
        </Stack>
      </Modal>
    </>
  );
}
