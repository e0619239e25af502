import { Checkbox, NativeSelect, Stack, Table, TextInput } from '@mantine/core';
import { substances } from '../../../domain/intake/intake-sections';
import { optionalText, type SectionStep } from './section-step';

type Substance = (typeof substances)[number];
type Pattern = 'none' | 'past' | 'current';
interface SubstanceUseForm {
  patterns: Record<Substance, Pattern>;
  details: Record<Substance, string>;
  ketamineMisuseHistory: boolean;
}

const substanceLabels: Record<Substance, string> = {
  alcohol: 'Alcohol',
  cannabis: 'Cannabis',
  cocaine: 'Cocaine',
  opioids: 'Opioids',
  stimulants: 'Stimulants (amphetamines, methamphetamine)',
  benzodiazepines: 'Benzodiazepines',
  ketamine: 'Ketamine',
  pcp: 'PCP (phencyclidine)',
  hallucinogens: 'Hallucinogens',
  tobacco: 'Tobacco or nicotine',
  other: 'Other',
};
const patternOptions = [
  { value: 'none', label: 'Never used' },
  { value: 'past', label: 'Past use' },
  { value: 'current', label: 'Current use' },
];
const bySubstance = <T,>(value: (substance: Substance) => T) => Object.fromEntries(substances.map((substance) => [substance, value(substance)])) as Record<Substance, T>;
const usedSubstances = (form: SubstanceUseForm) => substances.filter((substance) => form.patterns[substance] !== 'none');

export const substanceUseStep: SectionStep<'substance-use', SubstanceUseForm> = {
  name: 'substance-use',
  title: 'Substance use',
  toForm: (saved) => {
    const entries = saved?.substances ?? [];
    const entryFor = (substance: Substance) => entries.find((entry) => entry.substance === substance && entry.pattern === 'current') ?? entries.find((entry) => entry.substance === substance);
    return {
      patterns: bySubstance((substance) => entryFor(substance)?.pattern ?? 'none'),
      details: bySubstance((substance) => entryFor(substance)?.detail ?? ''),
      ketamineMisuseHistory: saved?.ketamineMisuseHistory ?? false,
    };
  },
  toValue: (form) => ({
    substances: usedSubstances(form).map((substance) => ({ substance, pattern: form.patterns[substance], detail: optionalText(form.details[substance]) })),
    ketamineMisuseHistory: form.ketamineMisuseHistory,
  }),
  Fields: ({ form, onChange, errorAt }) => {
    const used = usedSubstances(form);
    return (
      <Stack>
        <Table aria-label="Substances" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Substance</Table.Th>
              <Table.Th>Use</Table.Th>
              <Table.Th>Details</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {substances.map((substance) => {
              const index = used.indexOf(substance);
              return (
                <Table.Tr key={substance}>
                  <Table.Td>{substanceLabels[substance]}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={`Use of ${substanceLabels[substance]}`}
                      data={patternOptions}
                      value={form.patterns[substance]}
                      onChange={(event) => onChange({ ...form, patterns: { ...form.patterns, [substance]: event.currentTarget.value as Pattern } })}
                      error={index >= 0 ? errorAt(`substances.${index}.pattern`) : undefined}
                    />
                  </Table.Td>
                  <Table.Td>
                    {form.patterns[substance] === 'none' ? null : (
                      <TextInput
                        aria-label={`Details of ${substanceLabels[substance]} use`}
                        placeholder="How much, how often, when last"
                        value={form.details[substance]}
                        onChange={(event) => onChange({ ...form, details: { ...form.details, [substance]: event.currentTarget.value } })}
                        error={index >= 0 ? errorAt(`substances.${index}.detail`) : undefined}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Checkbox
          label="Has misused ketamine"
          description="A relative contraindication, and a risk to the bladder"
          checked={form.ketamineMisuseHistory}
          onChange={(event) => onChange({ ...form, ketamineMisuseHistory: event.currentTarget.checked })}
          error={errorAt('ketamineMisuseHistory')}
        />
      </Stack>
    );
  },
};
