import { Group, Table } from '@mantine/core';
import type { PatientChartResponse } from '../../../server/routes/patients/patients.schemas';
import { formatDate } from './format-patient';
import { Part2Badge } from './part2-badge';
import { RecordSection } from './record-section';

export function ProblemsCard({ problems }: { problems: PatientChartResponse['problems'] }) {
  return (
    <RecordSection title="Problems" emptyText="No problems recorded." isEmpty={problems.length === 0}>
      <Table aria-label="Problems" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Problem</Table.Th>
            <Table.Th>ICD-10-CM</Table.Th>
            <Table.Th>Onset</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem) => (
            <Table.Tr key={problem.id}>
              <Table.Td>
                <Group gap="xs">
                  {problem.description}
                  {problem.confidentiality === 'part2' ? <Part2Badge /> : null}
                </Group>
              </Table.Td>
              <Table.Td>{problem.icd10Code}</Table.Td>
              <Table.Td>{problem.onsetDate ? formatDate(problem.onsetDate) : 'Not recorded'}</Table.Td>
              <Table.Td>{problem.status}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </RecordSection>
  );
}
