import { Alert, Group, Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { InviteUserButton } from './invite-user-button';
import { UsersTable } from './users-table';

export function UsersPage() {
  const me = useSignedInUser();
  if (!can(me, 'user.list')) return <NoAccess />;
  return <UserList canManage={can(me, 'user.manage')} canManageCredentials={can(me, 'credential.manage')} myUserId={me.user.id} />;
}

function UserList({ canManage, canManageCredentials, myUserId }: { canManage: boolean; canManageCredentials: boolean; myUserId: string }) {
  const users = useQuery({ queryKey: ['users'], queryFn: api.users });
  const [message, setMessage] = useState<string>();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Users</Title>
        {canManage ? <InviteUserButton onInvited={setMessage} /> : null}
      </Group>
      {message ? (
        <Alert color="green" withCloseButton onClose={() => setMessage(undefined)} closeButtonLabel="Dismiss">
          {message}
        </Alert>
      ) : null}
      {users.isPending ? <Loader aria-label="Loading users" /> : null}
      {users.isError ? <ProblemAlert error={users.error} title="The users could not be loaded" /> : null}
      {users.data ? <UsersTable users={users.data.users} canManage={canManage} canManageCredentials={canManageCredentials} myUserId={myUserId} onChanged={setMessage} /> : null}
    </Stack>
  );
}
