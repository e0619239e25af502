import type { InstrumentItem } from '../../../domain/instruments/instrument';

export interface AnswerChoice {
  value: number;
  label: string;
}

/**
 * Each allowed value with its meaning where the instrument names one. Clinicians see the score with the words
 * ("2 · More than half the days"); patients see the words alone, unless only some values have words (a 0–10 scale).
 */
export function answerChoices(item: InstrumentItem, withValues: boolean): AnswerChoice[] {
  const labels = item.valueLabels ?? {};
  const everyValueNamed = item.allowedValues.every((value) => labels[value] !== undefined);
  return item.allowedValues.map((value) => {
    const words = labels[value];
    if (words === undefined) return { value, label: String(value) };
    return { value, label: withValues || !everyValueNamed ? `${value} · ${words}` : words };
  });
}

/** A long scale in one line ("0–100; 0 · No craving, 100 · Strongest craving imaginable"), so it is not listed value by value. */
export function isLongScale(item: InstrumentItem): boolean {
  const values = item.allowedValues;
  return values.length > 11 && values.every((value, index) => index === 0 || value === values[index - 1]! + 1);
}

export function describeLongScale(item: InstrumentItem): string {
  const named = answerChoices(item, true).filter((choice) => choice.label !== String(choice.value));
  const range = `${item.allowedValues[0]}–${item.allowedValues.at(-1)}`;
  return named.length > 0 ? `${range}; ${named.map((choice) => choice.label).join(', ')}` : range;
}
