import type { Answers, AnswerError, InstrumentDefinition, ScoringContext } from '../../../domain/instruments/instrument';
import { scoreInstrument } from '../../../domain/instruments/score-instrument';
import { formatBand } from '../instruments/format-instrument';

/** "Total 12 · moderate"; "Moderate" where there is no total (C-SSRS); "Complete" where there is neither. */
export function describeResult(result: { total: number | null; band: string | null }): string {
  const parts = [result.total !== null ? `Total ${result.total}` : null, result.band ? formatBand(result.band) : null].filter((part): part is string => part !== null);
  if (parts.length === 0) return 'Complete';
  const text = parts.join(' · ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

const shorten = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** The domain's message without its instrument prefix ("qids-sr16: item "6" or item "7" is required" → "item…"). */
const plainDetail = (error: AnswerError) => error.detail.replace(/^[a-z0-9-]+: /, '');

/** What the answers so far come to, computed in the browser with the same scoring the server uses. */
export function describePreview(instrument: InstrumentDefinition, answers: Answers, context: ScoringContext): string {
  const outcome = scoreInstrument(instrument, answers, context);
  if (outcome.kind === 'scored') return describeResult(outcome.result);
  const first = outcome.errors[0]!;
  const item = instrument.items.find((candidate) => candidate.key === first.item);
  if (first.problem === 'missing' && item && !item.optional) return `Still to answer: ${shorten(item.label)}`;
  return `Still to answer: ${plainDetail(first)}`;
}

/** A message under each item the answers leave wrong, before anything is sent. */
export function itemErrors(instrument: InstrumentDefinition, answers: Answers, context: ScoringContext): Record<string, string> {
  const outcome = scoreInstrument(instrument, answers, context);
  if (outcome.kind === 'scored') return {};
  const errors: Record<string, string> = {};
  for (const error of outcome.errors) errors[error.item] ??= error.problem === 'missing' ? 'Answer this item' : plainDetail(error);
  return errors;
}
