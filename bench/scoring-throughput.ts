import { findInstrument } from '../src/domain/instruments/registry.js';
import { scoreInstrument } from '../src/domain/instruments/score-instrument.js';

const samples: Record<string, Record<string, number>> = {
  phq9: { '1': 2, '2': 2, '3': 1, '4': 3, '5': 1, '6': 1, '7': 2, '8': 0, '9': 1 },
  'qids-sr16': { '1': 2, '2': 1, '3': 0, '4': 1, '5': 2, '6': 1, '8': 0, '10': 2, '11': 1, '12': 1, '13': 2, '14': 1, '15': 1, '16': 0 },
};

/** Scores per second on one core, validation included, for the instruments issue 4 names (target > 200,000/s). */
export function measureScoringThroughput(seconds: number): { instrument: string; scoresPerSecond: number }[] {
  return Object.entries(samples).map(([id, answers]) => {
    const definition = findInstrument(id);
    if (!definition) throw new Error(`no instrument ${id}`);
    if (scoreInstrument(definition, answers).kind !== 'scored') throw new Error(`bench answers for ${id} do not score`);
    for (let warm = 0; warm < 20_000; warm += 1) scoreInstrument(definition, answers);
    let count = 0;
    const started = performance.now();
    const until = started + seconds * 1000;
    while (performance.now() < until) {
      for (let batch = 0; batch < 1000; batch += 1) scoreInstrument(definition, answers);
      count += 1000;
    }
    return { instrument: id, scoresPerSecond: count / ((performance.now() - started) / 1000) };
  });
}
