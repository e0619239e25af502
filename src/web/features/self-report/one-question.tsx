import { Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import type { InstrumentItem } from '../../../domain/instruments/instrument';
import { answerChoices, isLongScale } from '../instruments/answer-choices';

interface OneQuestionProps {
  item: InstrumentItem;
  value: number | undefined;
  onChange: (value: number) => void;
  error: string | undefined;
}

/** One question with large, whole-row answer buttons that are easy to tap on a phone. */
export function OneQuestion({ item, value, onChange, error }: OneQuestionProps) {
  const description = item.optional ? 'You may skip this question.' : undefined;
  if (isLongScale(item)) {
    return (
      <NumberInput
        label={item.label}
        description={description}
        size="lg"
        min={item.allowedValues[0]}
        max={item.allowedValues.at(-1)}
        allowDecimal={false}
        value={value ?? ''}
        onChange={(next) => typeof next === 'number' && onChange(next)}
        error={error}
      />
    );
  }
  return (
    <Radio.Group label={item.label} description={description} size="lg" value={value === undefined ? null : String(value)} onChange={(next) => onChange(Number(next))} error={error}>
      <Stack gap="sm" mt="md">
        {answerChoices(item, false).map((choice) => (
          <Radio.Card key={choice.value} value={String(choice.value)} p="md" radius="md">
            <Group wrap="nowrap" gap="md">
              <Radio.Indicator size="md" />
              <Text size="lg">{choice.label}</Text>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}
