import { Anchor, Badge, Group, Table } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { PatientSearchResponse } from '../../../server/routes/patients/patients.schemas';
import { formatDate, formatListName, sexAtBirthLabels } from './format-patient';

/** Names link to the record only for users who may read it (front desk registers and finds, but reads no chart). */
export function PatientsTable({ patients, linkToRecord }: { patients: PatientSearchResponse['patients']; linkToRecord: boolean }) {
  return (
    <Table striped highlightOnHover withTableBorder aria-label="Patients">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>MRN</Table.Th>
          <Table.Th>Name</Table.Th>
          <Table.Th>Date of birth</Table.Th>
          <Table.Th>Sex at birth</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {patients.map((patient) => (
          <Table.Tr key={patient.id}>
            <Table.Td>{patient.mrn}</Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                {linkToRecord ? (
                  <Anchor component={Link} to={`/patients/${patient.id}`}>
                    {formatListName(patient)}
                  </Anchor>
                ) : (
                  formatListName(patient)
                )}
                {patient.archived ? (
                  <Badge color="gray" size="sm">
                    Archived
                  </Badge>
                ) : null}
              </Group>
            </Table.Td>
            <Table.Td>{formatDate(patient.dateOfBirth)}</Table.Td>
            <Table.Td>{sexAtBirthLabels[patient.sexAtBirth]}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
