import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { instruments } from '../../../domain/instruments/registry';
import { shortInstrumentName } from '../instruments/format-instrument';
import type { ReEvaluation } from './plan-types';
import { formatDay } from './plan-words';

const yesNo = (value: boolean | null) => (value === null ? 'Not defined' : value ? 'Yes' : 'No');
const instrumentName = (instrumentId: string) => {
  const instrument = instruments.find((candidate) => candidate.id === instrumentId);
  return instrument ? shortInstrumentName(instrument) : instrumentId;
};

/** After the induction series: time to decide with the patient whether to go on, with the change on each measure. */
export function ReEvaluationPrompt({ patientId, reEvaluation }: { patientId: string; reEvaluation: ReEvaluation }) {
  return (
    <section aria-label="Re-evaluation">
      <Alert color="blue" title="Time to re-evaluate">
        <Stack gap="sm">
          <Text>
            The induction series ended{reEvaluation.afterDate ? ` on ${formatDay(reEvaluation.afterDate)}` : ''}. Review the results with the patient and decide
            whether to continue, change the plan or stop.
          </Text>
          {reEvaluation.outcomes.length === 0 ? (
            <Text>
              No measure has both a baseline and a later result yet.{' '}
              <Anchor component={Link} to={`/patients/${patientId}/assessments/new`}>
                Record a measure
              </Anchor>{' '}
              to see the change.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table aria-label="Outcomes since the start of the plan">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Measure</Table.Th>
                    <Table.Th>Baseline</Table.Th>
                    <Table.Th>Latest</Table.Th>
                    <Table.Th>Change</Table.Th>
                    <Table.Th>Improved</Table.Th>
                    <Table.Th>Response</Table.Th>
                    <Table.Th>Remission</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reEvaluation.outcomes.map((outcome) => (
                    <Table.Tr key={outcome.instrumentId}>
                      <Table.Td>{instrumentName(outcome.instrumentId)}</Table.Td>
                      <Table.Td>{outcome.baseline}</Table.Td>
                      <Table.Td>{outcome.latest}</Table.Td>
                      <Table.Td>{outcome.change > 0 ? `+${outcome.change}` : outcome.change}</Table.Td>
                      <Table.Td>{outcome.fractionImproved === null ? '—' : `${Math.round(outcome.fractionImproved * 100)}%`}</Table.Td>
                      <Table.Td>{yesNo(outcome.response)}</Table.Td>
                      <Table.Td>{yesNo(outcome.remission)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Alert>
    </section>
  );
}
