import { Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { AnchorLink } from '../stock/stock-link';
import { useExpiringCredentials } from './credential-queries';
import { credentialTitle, expiryBadge, formatDay, formatWhen } from './credential-words';
import { groupExpiring, type ExpiryGroup } from './expiry-groups';

/** Credentials that have run out or soon will, and checks that are due, for whoever manages credentials. */
export function ExpiryDashboardPage() {
  const me = useSignedInUser();
  if (!can(me, 'credential.manage')) return <NoAccess />;
  return <Dashboard />;
}

function GroupTable({ group, now }: { group: ExpiryGroup; now: Date }) {
  const verification = group.key === 'verification-due';
  return (
    <Stack gap="xs">
      <Title order={3}>
        {group.title} ({group.items.length})
      </Title>
      {group.items.length === 0 ? (
        <Text c="dimmed">None.</Text>
      ) : (
        <Table striped withTableBorder aria-label={group.title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Staff member</Table.Th>
              <Table.Th>Credential</Table.Th>
              <Table.Th>{verification ? 'Check due' : 'Expires'}</Table.Th>
              <Table.Th>{verification ? 'Last checked' : 'Status'}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.items.map(({ credential, user }) => {
              const badge = expiryBadge(credential, now);
              const last = credential.lastVerification;
              return (
                <Table.Tr key={credential.id}>
                  <Table.Td>
                    <AnchorLink to="/users/$userId/credentials" params={{ userId: user.id }}>
                      {user.displayName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{credentialTitle(credential)}</Table.Td>
                  <Table.Td>{verification ? (last ? formatDay(last.nextDueOn) : 'Never checked') : credential.expiresAt ? formatWhen(credential.expiresAt) : '—'}</Table.Td>
                  <Table.Td>{verification ? (last ? `${formatDay(last.verifiedAt)} by ${last.verifiedBy}` : '—') : <Badge color={badge.color}>{badge.label}</Badge>}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function Dashboard() {
  const expiring = useExpiringCredentials();
  const now = new Date();
  return (
    <Stack maw={1100} gap="lg">
      <Title order={2}>Credentials</Title>
      <Text>Licences and certifications that have expired or expire within 90 days, and those due to be checked again. Open a name to renew or record a check.</Text>
      {expiring.isPending ? <Loader aria-label="Loading the credentials" /> : null}
      {expiring.isError ? <ProblemAlert error={expiring.error} title="The credentials could not be loaded" /> : null}
      {expiring.data ? groupExpiring(expiring.data.items).map((group) => <GroupTable key={group.key} group={group} now={now} />) : null}
    </Stack>
  );
}
