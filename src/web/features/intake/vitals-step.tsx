import { Fieldset, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { fromNumberField, type NumberField, readNumberInput, type SectionStep, toNumberField } from './section-step';

interface ReadingForm {
  systolicMmHg: NumberField;
  diastolicMmHg: NumberField;
}
interface VitalsForm {
  readings: [ReadingForm, ReadingForm];
  heartRateBpm: NumberField;
  weightKg: NumberField;
  heightCm: NumberField;
}

const readingForm = (reading: { systolicMmHg: number; diastolicMmHg: number } | undefined): ReadingForm => ({ systolicMmHg: toNumberField(reading?.systolicMmHg), diastolicMmHg: toNumberField(reading?.diastolicMmHg) });
const readingValue = (reading: ReadingForm) => ({ systolicMmHg: fromNumberField(reading.systolicMmHg), diastolicMmHg: fromNumberField(reading.diastolicMmHg) });

export const vitalsStep: SectionStep<'vitals', VitalsForm> = {
  name: 'vitals',
  title: 'Vital signs',
  toForm: (saved) => ({
    readings: [readingForm(saved?.bloodPressure[0]), readingForm(saved?.bloodPressure[1])],
    heartRateBpm: toNumberField(saved?.heartRateBpm),
    weightKg: toNumberField(saved?.weightKg),
    heightCm: toNumberField(saved?.heightCm),
  }),
  toValue: (form) => ({
    bloodPressure: form.readings.map(readingValue),
    heartRateBpm: fromNumberField(form.heartRateBpm),
    weightKg: fromNumberField(form.weightKg),
    heightCm: fromNumberField(form.heightCm),
  }),
  Fields: ({ form, onChange, errorAt }) => {
    const changeReading = (index: 0 | 1, change: Partial<ReadingForm>) => {
      const readings: [ReadingForm, ReadingForm] = [...form.readings];
      readings[index] = { ...readings[index], ...change };
      onChange({ ...form, readings });
    };
    return (
      <Stack>
        {([0, 1] as const).map((index) => (
          <Fieldset key={index} legend={`Blood pressure, reading ${index + 1}`}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label="Systolic (mmHg)"
                allowDecimal={false}
                value={form.readings[index].systolicMmHg}
                onChange={(value) => changeReading(index, { systolicMmHg: readNumberInput(value) })}
                error={errorAt(`bloodPressure.${index}.systolicMmHg`) ?? errorAt(`bloodPressure.${index}`)}
              />
              <NumberInput
                label="Diastolic (mmHg)"
                allowDecimal={false}
                value={form.readings[index].diastolicMmHg}
                onChange={(value) => changeReading(index, { diastolicMmHg: readNumberInput(value) })}
                error={errorAt(`bloodPressure.${index}.diastolicMmHg`)}
              />
            </SimpleGrid>
          </Fieldset>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput label="Heart rate (beats per minute)" allowDecimal={false} value={form.heartRateBpm} onChange={(value) => onChange({ ...form, heartRateBpm: readNumberInput(value) })} error={errorAt('heartRateBpm')} />
          <NumberInput label="Weight (kg)" decimalScale={1} value={form.weightKg} onChange={(value) => onChange({ ...form, weightKg: readNumberInput(value) })} error={errorAt('weightKg')} />
          <NumberInput label="Height (cm)" decimalScale={1} value={form.heightCm} onChange={(value) => onChange({ ...form, heightCm: readNumberInput(value) })} error={errorAt('heightCm')} />
        </SimpleGrid>
      </Stack>
    );
  },
};
