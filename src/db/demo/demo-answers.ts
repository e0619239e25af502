import { findInstrument } from '../../domain/instruments/registry.js';
import type { ScoreResult } from '../../domain/instruments/instrument.js';
import { scoreRequest } from '../../domain/instruments/score-request.js';

// Items that ask about suicide stay at their lowest in demo data, so loading the demo opens no safety task.
const riskItems: Record<string, readonly string[]> = { phq9: ['9'], 'qids-sr16': ['12'], madrs: ['10'] };

/**
 * Synthetic answers near a wanted total: one step at a time across the scored items, round-robin, never on a
 * suicide item. Returns the answers and their score, so the demo stores what the instrument itself computes.
 */
export function demoAnswers(instrumentId: string, wantedTotal: number): { answers: Record<string, number>; result: ScoreResult } {
  const instrument = findInstrument(instrumentId);
  if (!instrument) throw new Error(`No instrument ${instrumentId}`);
  const answers: Record<string, number> = Object.fromEntries(instrument.items.map((item) => [item.key, item.allowedValues[0]!]));
  const raisable = instrument.items.filter((item) => item.scored && !(riskItems[instrumentId] ?? []).includes(item.key));
  let added = 0;
  for (let round = 0; added < wantedTotal && round < 10; round += 1) {
    for (const item of raisable) {
      if (added >= wantedTotal) break;
      const next = item.allowedValues.find((value) => value > answers[item.key]!);
      if (next === undefined) continue;
      added += next - answers[item.key]!;
      answers[item.key] = next;
    }
  }
  const asked = Object.fromEntries(instrument.items.filter((item) => !item.askedWhen || item.askedWhen(answers)).map((item) => [item.key, answers[item.key]!]));
  const outcome = scoreRequest(instrumentId, asked);
  if (outcome.kind !== 'scored') throw new Error(`Demo answers for ${instrumentId} do not score: ${outcome.message}`);
  return { answers: asked, result: outcome.result };
}
