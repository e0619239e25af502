import { Button, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { stockApi } from './stock-api';
import { stockKeys } from './stock-queries';
import type { Handler } from './stock-setup-types';
import { AnchorLink } from './stock-link';
import { formatDay } from './stock-words';

/** The staff authorised to handle controlled substances under one DEA registration (21 CFR 1301.22(b)), kept by those who manage credentials. */
export function HandlerRoster({ registrationId }: { registrationId: string }) {
  const me = useSignedInUser();
  const canManage = can(me, 'credential.manage');
  const queryClient = useQueryClient();
  const roster = useQuery({ queryKey: stockKeys.handlers(registrationId), queryFn: () => stockApi.handlers(registrationId) });
  // The same query as the users page; the roles shown come from it (the roster itself carries none).
  const users = useQuery({ queryKey: ['users'], queryFn: api.users, enabled: can(me, 'user.list') });
  const showRoster = (result: { handlers: Handler[] }) => queryClient.setQueryData(stockKeys.handlers(registrationId), result);
  const authorise = useMutation({ mutationFn: (userId: string) => stockApi.authoriseHandler(registrationId, userId), onSuccess: showRoster });
  const revoke = useMutation({ mutationFn: (userId: string) => stockApi.revokeHandler(registrationId, userId), onSuccess: showRoster });
  const [chosen, setChosen] = useState('');

  const handlers = roster.data?.handlers ?? [];
  const rolesOf = (userId: string) => users.data?.users.find((user) => user.id === userId)?.roles.join(', ') ?? '';
  const candidates = (users.data?.users ?? []).filter((user) => user.kind === 'staff' && !user.disabled && !handlers.some((handler) => handler.userId === user.id));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    revoke.reset();
    if (chosen !== '') authorise.mutate(chosen, { onSuccess: () => setChosen('') });
  };

  return (
    <Stack gap="xs">
      <Title order={4}>Authorised handlers</Title>
      <Text size="sm">Staff authorised to handle controlled substances under this registration (21 CFR 1301.22(b)).</Text>
      {roster.isPending ? <Loader size="sm" aria-label="Loading the authorised handlers" /> : null}
      {roster.isError ? <ProblemAlert error={roster.error} title="The authorised handlers could not be loaded" /> : null}
      {roster.data && handlers.length === 0 ? <Text c="dimmed">No one is authorised yet.</Text> : null}
      {handlers.length > 0 ? (
        <Table aria-label="Authorised handlers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Authorised</Table.Th>
              {canManage ? <Table.Th aria-label="Actions" /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {handlers.map((handler) => (
              <Table.Tr key={handler.userId}>
                <Table.Td>
                  <AnchorLink to="/users/$userId/credentials" params={{ userId: handler.userId }}>
                    {handler.displayName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{rolesOf(handler.userId)}</Table.Td>
                <Table.Td>
                  {formatDay(handler.grantedAt)}
                  {handler.grantedBy ? ` by ${handler.grantedBy}` : ''}
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Revoke ${handler.displayName}`}
                      loading={revoke.isPending && revoke.variables === handler.userId}
                      onClick={() => {
                        authorise.reset();
                        revoke.mutate(handler.userId);
                      }}
                    >
                      Revoke
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {revoke.isError ? <ProblemAlert error={revoke.error} title="The authorisation was not revoked" /> : null}
      {canManage ? (
        <form onSubmit={submit} noValidate aria-label="Authorise a handler">
          <Stack gap="xs">
            {users.isError ? <ProblemAlert error={users.error} title="The staff could not be loaded" /> : null}
            <Group align="flex-end">
              <NativeSelect
                label="Staff member"
                value={chosen}
                onChange={(event) => setChosen(event.currentTarget.value)}
                data={[{ value: '', label: candidates.length === 0 ? 'No one else to authorise' : 'Choose a staff member' }, ...candidates.map((user) => ({ value: user.id, label: user.displayName }))]}
              />
              <Button type="submit" variant="default" disabled={chosen === ''} loading={authorise.isPending}>
                Authorise
              </Button>
            </Group>
            {authorise.isError ? <ProblemAlert error={authorise.error} title="The staff member was not authorised" /> : null}
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
