import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { roleLabels, staffRoles, type StaffRole } from '../../../domain/access/roles';
import type { UserSummary } from '../../../server/routes/users/users.schemas';
import { api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { meQueryOptions } from '../auth/use-me';
import { RoleCheckboxes } from './role-checkboxes';

/** Replaces a staff member's roles; what they may do changes with their next request. */
export function ChangeRolesButton({ user, onChanged }: { user: UserSummary; onChanged: (message: string) => void }) {
  const [opened, { open, close }] = useDisclosure();
  const [roles, setRoles] = useState<StaffRole[]>(user.roles);
  const [missing, setMissing] = useState<string>();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: () => api.replaceRoles(user.id, roles),
    onSuccess: async (saved) => {
      // Your own roles may have changed, and with them the screens you are offered.
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['users'] }), queryClient.invalidateQueries({ queryKey: meQueryOptions.queryKey })]);
      close();
      onChanged(`${user.displayName} now has these roles: ${staffRoles.filter((role) => saved.roles.includes(role)).map((role) => roleLabels[role]).join(', ')}.`);
    },
  });
  const start = () => {
    setRoles(user.roles);
    setMissing(undefined);
    change.reset();
    open();
  };
  const save = () => {
    setMissing(roles.length === 0 ? 'Give at least one role' : undefined);
    if (roles.length > 0) change.mutate();
  };

  return (
    <>
      <Button size="xs" variant="default" onClick={start} aria-label={`Change roles of ${user.displayName}`}>
        Change roles
      </Button>
      <Modal opened={opened} onClose={close} title={`Roles of ${user.displayName}`}>
        <Stack>
          <Text size="sm">Each role brings its own permissions. The change applies from {user.displayName}&apos;s next action; no one is signed out.</Text>
          {change.isError ? <ProblemAlert error={change.error} title="The roles were not changed" /> : null}
          <RoleCheckboxes value={roles} onChange={setRoles} error={missing} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={save} loading={change.isPending}>
              Save roles
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
