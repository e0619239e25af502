import { Button, NativeSelect, NumberInput, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { trialResponses } from '../../../domain/intake/intake-sections';
import { type NumberField, readNumberInput } from './section-step';

export type TrialResponse = (typeof trialResponses)[number];
export interface TrialForm {
  drug: string;
  doseMgPerDay: NumberField;
  weeks: NumberField;
  response: TrialResponse | '';
}

const responseLabels: Record<TrialResponse, string> = {
  none: 'No response',
  partial: 'Partial response',
  response: 'Response',
  remission: 'Remission',
  'not-tolerated': 'Not tolerated',
};
const responseOptions = [{ value: '', label: 'Choose…' }, ...trialResponses.map((value) => ({ value, label: responseLabels[value] }))];
export const emptyTrial: TrialForm = { drug: '', doseMgPerDay: '', weeks: '', response: '' };

interface TrialsTableProps {
  trials: TrialForm[];
  onChange: (trials: TrialForm[]) => void;
  /** Message for a field of one trial ("0.drug"). */
  errorAt: (path: string) => string | undefined;
}

/** Antidepressant trials in this episode, one editable row each. */
export function AntidepressantTrialsTable({ trials, onChange, errorAt }: TrialsTableProps) {
  const update = (index: number, change: Partial<TrialForm>) => onChange(trials.map((trial, at) => (at === index ? { ...trial, ...change } : trial)));
  return (
    <Stack gap="xs">
      <Text fw={500} id="antidepressant-trials-title">
        Antidepressant trials
      </Text>
      {trials.length === 0 ? (
        <Text c="dimmed" size="sm">
          No trials entered.
        </Text>
      ) : (
        <Table aria-labelledby="antidepressant-trials-title" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Drug</Table.Th>
              <Table.Th>Dose (mg/day)</Table.Th>
              <Table.Th>Weeks</Table.Th>
              <Table.Th>Response</Table.Th>
              <Table.Th>
                <VisuallyHidden>Remove</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trials.map((trial, index) => {
              const row = `trial ${index + 1}`;
              return (
                <Table.Tr key={index}>
                  <Table.Td>
                    <TextInput aria-label={`Drug, ${row}`} value={trial.drug} onChange={(event) => update(index, { drug: event.currentTarget.value })} error={errorAt(`${index}.drug`)} />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput aria-label={`Dose in mg per day, ${row}`} min={0} value={trial.doseMgPerDay} onChange={(value) => update(index, { doseMgPerDay: readNumberInput(value) })} error={errorAt(`${index}.doseMgPerDay`)} />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput aria-label={`Weeks, ${row}`} min={0} value={trial.weeks} onChange={(value) => update(index, { weeks: readNumberInput(value) })} error={errorAt(`${index}.weeks`)} />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={`Response, ${row}`}
                      data={responseOptions}
                      value={trial.response}
                      onChange={(event) => update(index, { response: event.currentTarget.value as TrialResponse | '' })}
                      error={errorAt(`${index}.response`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button variant="subtle" color="red" size="xs" onClick={() => onChange(trials.filter((_, at) => at !== index))} aria-label={`Remove ${row}`}>
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Button variant="light" size="xs" onClick={() => onChange([...trials, emptyTrial])} style={{ alignSelf: 'flex-start' }}>
        Add a trial
      </Button>
    </Stack>
  );
}
