import { Group, Table } from '@mantine/core';
import type { AssessmentListResponse } from '../../../server/routes/assessments/assessments.schemas';
import { purposeLabel } from '../assessments/assessment-purposes';
import { formatBand } from '../instruments/format-instrument';
import { Part2Badge } from '../patients/part2-badge';
import { formatLocalDateTime } from '../safety/format-safety';

export type Assessment = AssessmentListResponse['assessments'][number];

const enteredByLabels: Record<string, string> = { patient: 'Patient', clinician: 'Clinician' };

export function ResultsTable({ name, assessments }: { name: string; assessments: readonly Assessment[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder striped aria-label={`${name} results`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Total</Table.Th>
            <Table.Th>Band</Table.Th>
            <Table.Th>Purpose</Table.Th>
            <Table.Th>Entered by</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessments.map((assessment) => (
            <Table.Tr key={assessment.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <time dateTime={assessment.completedAt}>{formatLocalDateTime(assessment.completedAt)}</time>
                  {assessment.confidentiality === 'part2' ? <Part2Badge /> : null}
                </Group>
              </Table.Td>
              <Table.Td>{assessment.total ?? '—'}</Table.Td>
              <Table.Td>{assessment.band ? formatBand(assessment.band) : '—'}</Table.Td>
              <Table.Td>{purposeLabel(assessment.purpose)}</Table.Td>
              <Table.Td>{enteredByLabels[assessment.enteredBy] ?? assessment.enteredBy}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
