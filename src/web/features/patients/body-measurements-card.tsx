import { Table } from '@mantine/core';
import type { PatientChartResponse } from '../../../server/routes/patients/patients.schemas';
import { formatDate } from './format-patient';
import { RecordSection } from './record-section';

const formatNumber = (value: number | null, unit: string) => (value === null ? '—' : `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${unit}`);

/** Newest first: the weight a dose is calculated from is the top row. */
export function BodyMeasurementsCard({ measurements }: { measurements: PatientChartResponse['bodyMeasurements'] }) {
  const newestFirst = [...measurements].sort((a, b) => b.measuredAt.localeCompare(a.measuredAt));
  return (
    <RecordSection title="Height and weight" emptyText="No height or weight recorded." isEmpty={measurements.length === 0}>
      <Table aria-label="Height and weight" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Measured</Table.Th>
            <Table.Th>Height</Table.Th>
            <Table.Th>Weight</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((measurement) => (
            <Table.Tr key={measurement.measuredAt}>
              <Table.Td>{formatDate(measurement.measuredAt)}</Table.Td>
              <Table.Td>{formatNumber(measurement.heightCm, 'cm')}</Table.Td>
              <Table.Td>{formatNumber(measurement.weightKg, 'kg')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </RecordSection>
  );
}
