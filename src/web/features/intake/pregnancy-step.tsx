import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { optionalText, type SectionStep } from './section-step';

type PregnancyStatus = 'pregnant' | 'not-pregnant' | 'not-applicable';
type TestResult = 'positive' | 'negative' | 'not-done';
interface PregnancyForm {
  status: PregnancyStatus | '';
  testOn: string;
  testResult: TestResult | '';
  breastfeeding: boolean;
}

const statusOptions = [
  { value: '', label: 'Choose…' },
  { value: 'not-pregnant', label: 'Not pregnant' },
  { value: 'pregnant', label: 'Pregnant' },
  { value: 'not-applicable', label: 'Not applicable' },
];
const resultOptions = [
  { value: '', label: 'Not recorded' },
  { value: 'negative', label: 'Negative' },
  { value: 'positive', label: 'Positive' },
  { value: 'not-done', label: 'Test not done' },
];

export const pregnancyStep: SectionStep<'pregnancy', PregnancyForm> = {
  name: 'pregnancy',
  title: 'Pregnancy',
  toForm: (saved) => ({ status: saved?.status ?? '', testOn: saved?.testOn ?? '', testResult: saved?.testResult ?? '', breastfeeding: saved?.breastfeeding ?? false }),
  toValue: (form) => ({ status: form.status || undefined, testOn: optionalText(form.testOn), testResult: form.testResult || null, breastfeeding: form.breastfeeding }),
  Fields: ({ form, onChange, errorAt }) => (
    <Stack>
      <NativeSelect label="Pregnancy status" data={statusOptions} value={form.status} onChange={(event) => onChange({ ...form, status: event.currentTarget.value as PregnancyStatus | '' })} error={errorAt('status')} maw={320} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label="Pregnancy test date" value={form.testOn} onChange={(event) => onChange({ ...form, testOn: event.currentTarget.value })} error={errorAt('testOn')} />
        <NativeSelect label="Test result" data={resultOptions} value={form.testResult} onChange={(event) => onChange({ ...form, testResult: event.currentTarget.value as TestResult | '' })} error={errorAt('testResult')} />
      </SimpleGrid>
      <Checkbox label="Breastfeeding" checked={form.breastfeeding} onChange={(event) => onChange({ ...form, breastfeeding: event.currentTarget.checked })} error={errorAt('breastfeeding')} />
    </Stack>
  ),
};
