import { Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { findInstrument } from '../../../domain/instruments/registry';
import { formatDate } from '../patients/format-patient';
import type { IntakeResponse } from './intake-api';

const instrumentName = (id: string) => findInstrument(id)?.name.split(' (')[0] ?? id;

/** The intake measures of the patient's packs, and which are done in the last 30 days. */
export function BaselineMeasuresStep({ patientId, measures, canRecord }: { patientId: string; measures: IntakeResponse['baselineMeasures']; canRecord: boolean }) {
  if (measures.length === 0) return <Text c="dimmed">No baseline measures are set for this patient’s indications. Choose the indications first.</Text>;
  return (
    <Stack>
      <Text size="sm">These measures are taken before treatment starts. A measure counts if it was done in the last 30 days.</Text>
      <Table aria-label="Baseline measures" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Measure</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <VisuallyHidden>Record</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {measures.map((measure) => {
            const name = measure.instrumentIds.map(instrumentName).join(' or ');
            return (
              <Table.Tr key={measure.instrumentIds.join('|')}>
                <Table.Td>{name}</Table.Td>
                <Table.Td>
                  {measure.completedInstrumentId ? (
                    <Badge color="green" variant="light">
                      Done{measure.completedAt ? ` ${formatDate(measure.completedAt)}` : ''}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="light">
                      Not done
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {!measure.completedInstrumentId && canRecord ? (
                    <Button component={Link} to={`/patients/${patientId}/assessments/new`} size="xs" variant="light" aria-label={`Record ${name}`}>
                      Record
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
