import { Checkbox, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ReadinessValues } from './readiness-values';

type Errors = Partial<Record<keyof ReadinessValues, string>>;

/** The pre-dose checklist's fields; fasting and pregnancy only where they apply. */
export function ReadinessFields({
  values,
  errors,
  onChange,
  shown,
}: {
  values: ReadinessValues;
  errors: Errors;
  onChange: (change: Partial<ReadinessValues>) => void;
  shown: { fasting: boolean; pregnancy: boolean };
}) {
  return (
    <Stack gap="sm">
      {shown.fasting ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="datetime-local" label="Last food" description="When the patient last ate" value={values.lastFoodAt} error={errors.lastFoodAt} onChange={(event) => onChange({ lastFoodAt: event.currentTarget.value })} />
          <TextInput type="datetime-local" label="Last liquid" description="When the patient last drank" value={values.lastLiquidAt} error={errors.lastLiquidAt} onChange={(event) => onChange({ lastLiquidAt: event.currentTarget.value })} />
        </SimpleGrid>
      ) : null}
      <Radio.Group label="Going home with" description="No driving until the next day after restful sleep" value={values.escortKind} onChange={(value) => onChange({ escortKind: value as ReadinessValues['escortKind'] })}>
        <Stack gap={4} mt={4}>
          <Radio value="escort" label="A responsible adult (escort)" />
          <Radio value="transport" label="Booked transport" />
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={values.escortKind === 'escort' ? 'Escort’s name' : 'Transport company or driver'} value={values.escortName} error={errors.escortName} onChange={(event) => onChange({ escortName: event.currentTarget.value })} />
        <TextInput type="tel" label={values.escortKind === 'escort' ? 'Escort’s phone' : 'Transport phone'} value={values.escortPhone} error={errors.escortPhone} onChange={(event) => onChange({ escortPhone: event.currentTarget.value })} />
      </SimpleGrid>
      {shown.pregnancy ? (
        <Checkbox label="Confirmed the patient is not pregnant" checked={values.pregnancyConfirmed} onChange={(event) => onChange({ pregnancyConfirmed: event.currentTarget.checked })} />
      ) : null}
      <Checkbox label="Today’s pre-session measures are done" checked={values.measuresDone} onChange={(event) => onChange({ measuresDone: event.currentTarget.checked })} />
    </Stack>
  );
}
