import { Checkbox, Stack } from '@mantine/core';
import { type Indication, indications } from '../../../domain/measurement/measurement-packs';
import { indicationLabels } from '../measurement-packs/measurement-pack-words';
import type { SectionStep } from './section-step';

interface IndicationsForm {
  indications: Indication[];
}

export const indicationsStep: SectionStep<'indications', IndicationsForm> = {
  name: 'indications',
  title: 'Indications',
  toForm: (saved) => ({ indications: saved?.indications ?? [] }),
  toValue: (form) => ({ indications: form.indications }),
  Fields: ({ form, onChange, errorAt }) => (
    <Checkbox.Group
      label="What is the patient being assessed for?"
      description="Choose every indication that applies. They decide the baseline measures and the eligibility rules."
      value={form.indications}
      onChange={(chosen) => onChange({ indications: indications.filter((indication) => chosen.includes(indication)) })}
      error={errorAt('indications')}
    >
      <Stack gap="xs" mt="xs">
        {indications.map((indication) => (
          <Checkbox key={indication} value={indication} label={indicationLabels[indication]} />
        ))}
      </Stack>
    </Checkbox.Group>
  ),
};
