import type { ScoringContext, ScoreResult } from './instrument.js';
import { findInstrument, instruments } from './registry.js';
import { scoreInstrument } from './score-instrument.js';

export type ScoreRequestOutcome = { kind: 'scored'; result: ScoreResult } | { kind: 'error'; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One scoring request as the CLI and the API receive it: an instrument id, answers and an optional context,
 * not yet trusted. Errors are one line naming the item and what it accepts (SPEC.md §7).
 */
export function scoreRequest(instrumentId: unknown, answers: unknown, context: unknown = {}): ScoreRequestOutcome {
  const definition = typeof instrumentId === 'string' ? findInstrument(instrumentId) : undefined;
  if (!definition) return { kind: 'error', message: `unknown instrument ${JSON.stringify(instrumentId)}; instruments are ${instruments.map((i) => i.id).join(', ')}` };
  if (!isRecord(answers)) return { kind: 'error', message: `${definition.id}: answers must be an object of item key to value` };
  if (!isRecord(context)) return { kind: 'error', message: `${definition.id}: context must be an object` };
  const sex = context.sex;
  if (sex !== undefined && sex !== 'female' && sex !== 'male') return { kind: 'error', message: `${definition.id}: context.sex must be "female" or "male"` };
  const substance = context.substance;
  if (substance !== undefined && (typeof substance !== 'string' || substance.length > 100)) return { kind: 'error', message: `${definition.id}: context.substance must be a short text` };
  const scoringContext: ScoringContext = { ...(sex ? { sex } : {}), ...(substance ? { substance } : {}) };
  const outcome = scoreInstrument(definition, answers, scoringContext);
  return outcome.kind === 'scored' ? outcome : { kind: 'error', message: outcome.errors.map((error) => error.detail).join('; ') };
}

/** Scores a JSON Lines batch: one `{"instrument","answers","context"}` per line in, one result or `{"error"}` per line out, same order. */
export function scoreBatch(lines: readonly string[]): string[] {
  return lines.map((line, index) => {
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch {
      return JSON.stringify({ error: `line ${index + 1}: not a JSON object` });
    }
    if (!isRecord(request)) return JSON.stringify({ error: `line ${index + 1}: not a JSON object` });
    const outcome = scoreRequest(request.instrument, request.answers, request.context ?? {});
    return JSON.stringify(outcome.kind === 'scored' ? outcome.result : { error: outcome.message });
  });
}
