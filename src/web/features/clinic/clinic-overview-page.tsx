import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import { formatAddressOneLine } from '../../../domain/organisations/clinic-location';
import { useSite } from '../../api/queries';
import { ProblemAlert } from '../../components/problem-alert';
import { formatLocalTime } from './format-local-time';

export function ClinicOverviewPage() {
  const site = useSite();
  if (site.isPending) return <Loader aria-label="Loading the clinic" />;
  if (site.isError) return <ProblemAlert error={site.error} title="The clinic could not be loaded" />;
  const now = new Date();
  return (
    <Stack>
      <Title order={2}>Locations</Title>
      {site.data.locations.length === 0 ? (
        <Text>This clinic has no locations yet.</Text>
      ) : (
        <Table striped withTableBorder aria-label="Clinic locations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Location</Table.Th>
              <Table.Th>Address</Table.Th>
              <Table.Th>Phone</Table.Th>
              <Table.Th>Local time</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {site.data.locations.map((location) => (
              <Table.Tr key={location.id}>
                <Table.Td>{location.name}</Table.Td>
                <Table.Td>{formatAddressOneLine(location.address)}</Table.Td>
                <Table.Td>{location.phone ?? '—'}</Table.Td>
                <Table.Td>{formatLocalTime(now, location.timeZone)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
