import type { AnswerError, Answers, InstrumentDefinition, ScoreOutcome, ScoringContext } from './instrument.js';


function describeAllowed(values: readonly number[]): string {
  const contiguous = values.every((value, index) => index === 0 || value === values[index - 1]! + 1);
  return contiguous && values.length > 2 ? `${values[0]}–${values.at(-1)}` : values.join(', ');
}

/**
 * Validates raw answers against the instrument, then scores them. An unknown item, a missing required item,
 * a value outside the item's allowed set, or an answer to an item the skip rules leave unasked is an error
 * naming the item (SPEC.md §7): nothing is guessed.
 */
export function scoreInstrument(definition: InstrumentDefinition, answers: Readonly<Record<string, unknown>>, context: ScoringContext = {}): ScoreOutcome {
  const errors: AnswerError[] = [];
  const known = new Map(definition.items.map((item) => [item.key, item]));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) errors.push({ item: key, problem: 'unknown-item', detail: `${definition.id}: unknown item "${key}"; items are ${[...known.keys()].join(', ')}` });
  }
  const numeric: Record<string, number> = {};
  for (const item of definition.items) {
    const value = answers[item.key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !item.allowedValues.includes(value)) {
      errors.push({ item: item.key, problem: 'not-allowed', detail: `${definition.id}: item "${item.key}" must be one of ${describeAllowed(item.allowedValues)}, not ${JSON.stringify(value)}` });
    } else {
      numeric[item.key] = value;
    }
  }
  if (errors.length === 0) {
    for (const item of definition.items) {
      const asked = item.askedWhen ? item.askedWhen(numeric) : true;
      const present = numeric[item.key] !== undefined;
      if (!asked && present) {
        errors.push({ item: item.key, problem: 'not-asked', detail: `${definition.id}: item "${item.key}" is not asked given the other answers, so it must be left out` });
      } else if (asked && !present && !item.optional) {
        errors.push({ item: item.key, problem: 'missing', detail: `${definition.id}: item "${item.key}" is required (${describeAllowed(item.allowedValues)})` });
      }
    }
  }
  if (errors.length === 0 && definition.checkAnswers) errors.push(...definition.checkAnswers(numeric));
  if (errors.length > 0) return { kind: 'invalid', errors };
  return { kind: 'scored', result: definition.score(numeric as Answers, context) };
}
