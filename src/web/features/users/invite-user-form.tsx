import { Button, Group, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { StaffRole } from '../../../domain/access/roles';
import { api, type InviteUserBody } from '../../api/client';
import { serverFieldErrors } from '../../api/field-errors';
import { useSite } from '../../api/queries';
import { ProblemAlert } from '../../components/problem-alert';
import { RoleCheckboxes } from './role-checkboxes';

type Field = 'email' | 'displayName' | 'roles' | 'locationIds';

function checkInvitation(body: InviteUserBody): Partial<Record<Field, string>> {
  return {
    ...(body.email ? {} : { email: 'Enter the e-mail address the invitation goes to' }),
    ...(body.displayName ? {} : { displayName: 'Enter the name' }),
    ...(body.roles.length > 0 ? {} : { roles: 'Give at least one role' }),
  };
}

/** Creates the account and sends the e-mail with a link to choose a password; `onInvited` closes the form. */
export function InviteUserForm({ onInvited, onCancel }: { onInvited: () => void; onCancel: () => void }) {
  const site = useSite();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [locationIds, setLocationIds] = useState<string[]>([]);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const invite = useMutation({
    mutationFn: api.inviteUser,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onInvited();
    },
  });
  const fromServer = serverFieldErrors(invite.error);
  const locationError = Object.entries(fromServer).find(([field]) => field.startsWith('locationIds'))?.[1];
  const errorFor = (field: Field) => missing[field] ?? (field === 'locationIds' ? locationError : fromServer[field]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { email: email.trim(), displayName: displayName.trim(), roles, locationIds };
    const problems = checkInvitation(body);
    setMissing(problems);
    invite.reset();
    if (Object.keys(problems).length === 0) invite.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Invite a staff member">
      <Stack>
        {invite.isError ? <ProblemAlert error={invite.error} title="The invitation was not sent" /> : null}
        <TextInput label="E-mail address" type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={errorFor('email')} />
        <TextInput label="Name" autoComplete="off" value={displayName} onChange={(event) => setDisplayName(event.currentTarget.value)} error={errorFor('displayName')} />
        <RoleCheckboxes value={roles} onChange={setRoles} error={errorFor('roles')} />
        <MultiSelect
          label="Works at (leave empty for all locations)"
          data={(site.data?.locations ?? []).map((location) => ({ value: location.id, label: location.name }))}
          value={locationIds}
          onChange={setLocationIds}
          error={errorFor('locationIds')}
          clearable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={invite.isPending}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
