import { Badge, Group, Table } from '@mantine/core';
import { roleLabels } from '../../../domain/access/roles';
import type { UserSummary } from '../../../server/routes/users/users.schemas';
import { AnchorLink } from '../stock/stock-link';
import { ChangeRolesButton } from './change-roles-button';
import { UserAccessButton } from './user-access-button';

const describeRoles = (user: UserSummary) => (user.kind === 'patient' ? 'Patient' : user.roles.map((role) => roleLabels[role]).join(', ') || 'No role');

interface Props {
  users: UserSummary[];
  canManage: boolean;
  /** Whether to link each staff member to their licences and certifications. */
  canManageCredentials: boolean;
  myUserId: string;
  onChanged: (message: string) => void;
}

export function UsersTable({ users, canManage, canManageCredentials, myUserId, onChanged }: Props) {
  return (
    <Table striped withTableBorder aria-label="Users">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>E-mail</Table.Th>
          <Table.Th>Roles</Table.Th>
          <Table.Th>Two-step sign-in</Table.Th>
          <Table.Th>Status</Table.Th>
          {canManageCredentials ? <Table.Th>Credentials</Table.Th> : null}
          {canManage ? <Table.Th>Access</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {users.map((user) => (
          <Table.Tr key={user.id}>
            <Table.Td>{user.displayName}</Table.Td>
            <Table.Td>{user.email}</Table.Td>
            <Table.Td>{describeRoles(user)}</Table.Td>
            <Table.Td>{user.mfaEnabled ? 'On' : 'Off'}</Table.Td>
            <Table.Td>{user.disabled ? <Badge color="gray">Disabled</Badge> : <Badge color="green">Active</Badge>}</Table.Td>
            {canManageCredentials ? (
              <Table.Td>
                {user.kind === 'staff' ? (
                  <AnchorLink to="/users/$userId/credentials" params={{ userId: user.id }} aria-label={`Credentials of ${user.displayName}`}>
                    Credentials
                  </AnchorLink>
                ) : null}
              </Table.Td>
            ) : null}
            {canManage ? (
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {/* Patients hold no staff roles: their access comes from their own record. */}
                  {user.kind === 'staff' ? <ChangeRolesButton user={user} onChanged={onChanged} /> : null}
                  {/* The server refuses to disable your own account; not offering it avoids locking yourself out. */}
                  {user.id === myUserId ? 'You' : <UserAccessButton user={user} onChanged={onChanged} />}
                </Group>
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
