import { Badge, Loader, Stack, Table, Title } from '@mantine/core';
import { useHealth } from '../../api/queries';
import { ProblemAlert } from '../../components/problem-alert';

const databaseLabels = { pglite: 'Embedded (PGlite)', postgres: 'PostgreSQL' } as const;

export function SystemStatusPage() {
  const health = useHealth();
  if (health.isPending) return <Loader aria-label="Checking the system" />;
  if (health.isError) return <ProblemAlert error={health.error} title="The server is not healthy" />;
  const rows: [string, React.ReactNode][] = [
    ['Status', <Badge color="green">Working</Badge>],
    ['Database', databaseLabels[health.data.database]],
    ['Database migration', health.data.migration ?? 'none'],
    ['Ketaclinic version', health.data.version],
  ];
  return (
    <Stack>
      <Title order={2}>System status</Title>
      <Table withTableBorder aria-label="System status" maw={560}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
