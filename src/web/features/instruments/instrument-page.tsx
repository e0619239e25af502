import { Alert, Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { findInstrument } from '../../../domain/instruments/registry';
import { NoAccess } from '../../components/no-access';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { licenceLabels, raterLabels } from './format-instrument';
import { InstrumentItemsTable } from './instrument-items-table';

export function InstrumentPage() {
  const me = useSignedInUser();
  const { instrumentId } = useParams({ from: '/signed-in/instruments/$instrumentId' });
  if (me.user.kind !== 'staff' || !can(me, 'assessment.read')) return <NoAccess />;
  const instrument = findInstrument(instrumentId);
  const back = (
    <Anchor component={Link} to="/instruments">
      All instruments
    </Anchor>
  );
  if (!instrument) {
    return (
      <Stack maw={1000}>
        <Alert color="red" title="No such instrument" role="alert">
          Ketaclinic has no instrument called “{instrumentId}”.
        </Alert>
        {back}
      </Stack>
    );
  }
  const facts: [string, string][] = [
    ['Rated by', raterLabels[instrument.rater]],
    ['Asks about', instrument.recallPeriod],
    ['Scoring version', instrument.version],
    ['LOINC', [instrument.loinc?.panel && `panel ${instrument.loinc.panel}`, instrument.loinc?.total && `total ${instrument.loinc.total}`].filter(Boolean).join(', ') || 'No code confirmed'],
    ['Licence', `${licenceLabels[instrument.licence.status]}. ${instrument.licence.note}`],
    ['Source', instrument.source],
  ];
  return (
    <Stack maw={1000}>
      {back}
      <Title order={2}>{instrument.name}</Title>
      <Table withTableBorder aria-label="About this instrument">
        <Table.Tbody>
          {facts.map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Th w={160}>{name}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {instrument.licence.itemTextShipped ? null : (
        <Text size="sm" c="dimmed">
          The wording of these items is not included, because its licence does not yet allow it. Each label names the item&apos;s topic so that answers can be entered from the published form.
        </Text>
      )}
      <Title order={3}>Items, in order</Title>
      <InstrumentItemsTable instrument={instrument} />
    </Stack>
  );
}
