import { Stack, Text, Title } from '@mantine/core';
import { instruments } from '../../../domain/instruments/registry';
import { NoAccess } from '../../components/no-access';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { InstrumentsTable } from './instruments-table';

/** The catalogue comes from the domain registry in the app itself: the same definitions the server scores with. */
export function InstrumentsPage() {
  const me = useSignedInUser();
  if (me.user.kind !== 'staff' || !can(me, 'assessment.read')) return <NoAccess />;
  return (
    <Stack maw={1000}>
      <Title order={2}>Instruments</Title>
      <Text>The rating scales and questionnaires Ketaclinic scores. Open one to see its items, how they are answered, and its licence.</Text>
      <InstrumentsTable instruments={instruments} />
    </Stack>
  );
}
