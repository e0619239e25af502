import { findInstrument } from '../../src/domain/instruments/registry.js';

/**
 * Answers every asked item of an instrument with the allowed value nearest `value` (0 gives the
 * lowest). Enough to record a valid baseline in tests; not a clinical pattern.
 */
export function answerAll(instrumentId: string, value = 0): Record<string, number> {
  const instrument = findInstrument(instrumentId);
  if (!instrument) throw new Error(`No instrument ${instrumentId}`);
  const answers: Record<string, number> = {};
  for (const item of instrument.items) {
    if (item.askedWhen && !item.askedWhen(answers)) continue;
    answers[item.key] = item.allowedValues.reduce((best, candidate) => (Math.abs(candidate - value) < Math.abs(best - value) ? candidate : best));
  }
  return answers;
}
