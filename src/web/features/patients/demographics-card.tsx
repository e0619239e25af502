import { Table } from '@mantine/core';
import type { PatientDemographics } from '../../../domain/patients/patient';
import { formatDate, formatPatientAddress, sexAtBirthLabels } from './format-patient';
import { RecordSection } from './record-section';

const notRecorded = 'Not recorded';

export function DemographicsCard({ demographics }: { demographics: PatientDemographics }) {
  const { address, emergencyContact } = demographics;
  const contact = emergencyContact
    ? [emergencyContact.name, emergencyContact.relationship ? `(${emergencyContact.relationship})` : null, emergencyContact.phone].filter(Boolean).join(' ')
    : notRecorded;
  const rows: [string, string][] = [
    ['Given name', demographics.givenName],
    ['Family name', demographics.familyName],
    ['Date of birth', formatDate(demographics.dateOfBirth)],
    ['Sex at birth', sexAtBirthLabels[demographics.sexAtBirth]],
    ['Gender identity', demographics.genderIdentity ?? notRecorded],
    ['Pronouns', demographics.pronouns ?? notRecorded],
    ['E-mail address', demographics.email ?? notRecorded],
    ['Phone', demographics.phone ?? notRecorded],
    ['Address', address ? formatPatientAddress(address) : notRecorded],
    ['Emergency contact', contact],
  ];
  return (
    <RecordSection title="Demographics" emptyText="" isEmpty={false}>
      <Table aria-label="Demographics" variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </RecordSection>
  );
}
