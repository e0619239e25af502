import { Table } from '@mantine/core';
import type { PatientChartResponse } from '../../../server/routes/patients/patients.schemas';
import { RecordSection } from './record-section';

/** An empty list is not "no known allergies": nobody may have asked yet, so the wording says only what is recorded. */
export function AllergiesCard({ allergies }: { allergies: PatientChartResponse['allergies'] }) {
  return (
    <RecordSection title="Allergies" emptyText="No allergies recorded." isEmpty={allergies.length === 0}>
      <Table aria-label="Allergies" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Substance</Table.Th>
            <Table.Th>Reaction</Table.Th>
            <Table.Th>Severity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {allergies.map((allergy) => (
            <Table.Tr key={allergy.id}>
              <Table.Td>{allergy.substance}</Table.Td>
              <Table.Td>{allergy.reaction ?? 'Not recorded'}</Table.Td>
              <Table.Td>{allergy.severity ?? 'Not recorded'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </RecordSection>
  );
}
