import { Button, Group, NumberInput, Radio } from '@mantine/core';
import type { InstrumentItem } from '../../../domain/instruments/instrument';
import { answerChoices, describeLongScale, isLongScale } from '../instruments/answer-choices';

interface ItemAnswerInputProps {
  item: InstrumentItem;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  error: string | undefined;
}

function describeItem(item: InstrumentItem): string | undefined {
  const notes = [item.optional ? 'Optional' : null, item.scored ? null : 'not counted in the total'].filter((note): note is string => note !== null);
  if (notes.length === 0) return undefined;
  const text = notes.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** One item of a clinician-entered form: its allowed values as radio buttons (a number field for a 0–100 scale). */
export function ItemAnswerInput({ item, value, onChange, error }: ItemAnswerInputProps) {
  const description = describeItem(item);
  if (isLongScale(item)) {
    return (
      <NumberInput
        label={item.label}
        description={[description, describeLongScale(item)].filter(Boolean).join('. ')}
        min={item.allowedValues[0]}
        max={item.allowedValues.at(-1)}
        allowDecimal={false}
        value={value ?? ''}
        onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
        error={error}
        maw={240}
      />
    );
  }
  return (
    <Radio.Group label={item.label} description={description} value={value === undefined ? null : String(value)} onChange={(next) => onChange(Number(next))} error={error}>
      <Group gap="md" mt={6} align="center">
        {answerChoices(item, true).map((choice) => (
          <Radio key={choice.value} value={String(choice.value)} label={choice.label} />
        ))}
        {item.optional && value !== undefined ? (
          <Button size="compact-xs" variant="subtle" onClick={() => onChange(undefined)} aria-label={`Clear the answer to item ${item.key}`}>
            Clear answer
          </Button>
        ) : null}
      </Group>
    </Radio.Group>
  );
}
