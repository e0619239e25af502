import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useParams } from '@tanstack/react-router';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { AnchorLink } from '../stock/stock-link';
import { CredentialCard } from './credential-card';
import { CredentialForm } from './credential-form';
import { useStaffCredentials } from './credential-queries';
import { credentialKinds, type StaffCredentials } from './credential-types';
import { kindGroupLabels } from './credential-words';
import { HandlerRoster } from './handler-roster';

/** A staff member's credentials, from the users list; only those who manage credentials see someone else's. */
export function StaffCredentialsPage() {
  const { userId } = useParams({ from: '/signed-in/users/$userId/credentials' });
  const me = useSignedInUser();
  const canManage = can(me, 'credential.manage');
  if (!canManage && userId !== me.user.id) return <NoAccess />;
  return <CredentialsOf userId={userId} canManage={canManage} mine={userId === me.user.id} backToUsers={can(me, 'user.list')} />;
}

/** Every staff member's own credentials, to read; to change them, ask whoever manages credentials. */
export function MyCredentialsPage() {
  const me = useSignedInUser();
  if (me.user.kind !== 'staff') return <NoAccess />;
  return <CredentialsOf userId={me.user.id} canManage={can(me, 'credential.manage')} mine backToUsers={false} />;
}

function AddCredentialButton({ userId }: { userId: string }) {
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button onClick={open}>Add a credential</Button>
      <Modal opened={opened} onClose={close} title="Add a credential" size="lg">
        {opened ? <CredentialForm userId={userId} onDone={close} onCancel={close} /> : null}
      </Modal>
    </>
  );
}

function CredentialGroups({ staff, canManage }: { staff: StaffCredentials; canManage: boolean }) {
  const now = new Date();
  if (staff.credentials.length === 0) return <Text>No credentials on file.</Text>;
  return credentialKinds.map((kind) => {
    const held = staff.credentials.filter((credential) => credential.kind === kind);
    if (held.length === 0) return null;
    return (
      <Stack key={kind} gap="sm">
        <Title order={3}>{kindGroupLabels[kind]}</Title>
        {held.map((credential) => (
          <CredentialCard key={credential.id} credential={credential} canManage={canManage} now={now} />
        ))}
      </Stack>
    );
  });
}

function CredentialsOf({ userId, canManage, mine, backToUsers }: { userId: string; canManage: boolean; mine: boolean; backToUsers: boolean }) {
  const credentials = useStaffCredentials(userId);
  const name = credentials.data?.user.displayName;
  return (
    <Stack maw={1000} gap="lg">
      {backToUsers ? (
        <AnchorLink to="/users" size="sm">
          Back to the users
        </AnchorLink>
      ) : null}
      <Group justify="space-between">
        <Title order={2}>{mine ? 'My credentials' : name ? `Credentials: ${name}` : 'Credentials'}</Title>
        {canManage && credentials.data ? <AddCredentialButton userId={userId} /> : null}
      </Group>
      {mine && !canManage ? (
        <Alert color="gray" title="To change these">
          Send the renewed licence or certificate to whoever manages credentials at your clinic: they check it and record it here.
        </Alert>
      ) : null}
      {credentials.isPending ? <Loader aria-label="Loading the credentials" /> : null}
      {credentials.isError ? <ProblemAlert error={credentials.error} title="The credentials could not be loaded" /> : null}
      {credentials.data ? (
        <>
          <CredentialGroups staff={credentials.data} canManage={canManage} />
          <HandlerRoster staff={credentials.data} canManage={canManage} />
        </>
      ) : null}
    </Stack>
  );
}
