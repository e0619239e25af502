import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserSummary } from '../../../server/routes/users/users.schemas';
import { api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';

/** Disable (after a confirmation: it signs the user out everywhere at once) or enable an account. */
export function UserAccessButton({ user, onChanged }: { user: UserSummary; onChanged: (message: string) => void }) {
  const [opened, { open, close }] = useDisclosure();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: () => api.setUserDisabled(user.id, !user.disabled),
    onSuccess: async ({ sessionsEnded }) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      close();
      const ended = sessionsEnded === 1 ? '1 session ended.' : `${sessionsEnded} sessions ended.`;
      onChanged(user.disabled ? `${user.displayName} can sign in again.` : `${user.displayName} is disabled. ${ended}`);
    },
  });
  const cancel = () => {
    change.reset();
    close();
  };

  if (user.disabled) {
    return (
      <Stack gap={4} align="flex-start">
        <Button size="xs" variant="default" onClick={() => change.mutate()} loading={change.isPending} aria-label={`Enable ${user.displayName}`}>
          Enable
        </Button>
        {change.isError ? <ProblemAlert error={change.error} title="The account was not enabled" /> : null}
      </Stack>
    );
  }
  return (
    <>
      <Button size="xs" color="red" variant="light" onClick={open} aria-label={`Disable ${user.displayName}`}>
        Disable
      </Button>
      <Modal opened={opened} onClose={cancel} title={`Disable ${user.displayName}?`}>
        <Stack>
          <Text>Every session this account has ends at once: {user.displayName} is signed out everywhere, and cannot sign in until the account is enabled again.</Text>
          {change.isError ? <ProblemAlert error={change.error} title="The account was not disabled" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Button color="red" onClick={() => change.mutate()} loading={change.isPending}>
              Disable account
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
