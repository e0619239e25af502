import { Table } from '@mantine/core';
import type { PatientChartResponse } from '../../../server/routes/patients/patients.schemas';
import { RecordSection } from './record-section';

export function MedicationsCard({ medications }: { medications: PatientChartResponse['medications'] }) {
  return (
    <RecordSection title="Medications" emptyText="No medications recorded." isEmpty={medications.length === 0}>
      <Table aria-label="Medications" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Medication</Table.Th>
            <Table.Th>RxNorm code</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {medications.map((medication) => (
            <Table.Tr key={medication.id}>
              <Table.Td>{medication.description}</Table.Td>
              <Table.Td>{medication.rxnormCode ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </RecordSection>
  );
}
