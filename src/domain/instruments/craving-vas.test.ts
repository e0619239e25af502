import { describe, expect, it } from 'vitest';
import { cravingVas } from './craving-vas.js';
import type { ScoringContext } from './instrument.js';
import { scoreInstrument } from './score-instrument.js';

describe('Craving VAS (0–100)', () => {
  it.each<[number, ScoringContext, string | null]>([
    [0, { substance: 'cocaine' }, 'cocaine'],
    [57, { substance: 'opioids' }, 'opioids'],
    [100, { substance: 'alcohol' }, 'alcohol'],
    [42, {}, null],
  ])('rating %i with context %j → total %i, substance recorded', (rating, context, substance) => {
    expect(scoreInstrument(cravingVas, { '1': rating }, context)).toEqual({
      kind: 'scored',
      result: { instrument: 'craving-vas', version: '1', total: rating, band: null, flags: [], subscales: {}, findings: { substance } },
    });
  });

  it('anchors both ends of the line', () => {
    expect(cravingVas.items).toHaveLength(1);
    expect(cravingVas.items[0]!.valueLabels).toEqual({ 0: 'No craving', 100: 'Strongest craving imaginable' });
  });

  it.each([
    [{ '1': 50, '2': 50 }, '2', 'unknown-item', 'craving-vas: unknown item "2"; items are 1'],
    [{}, '1', 'missing', 'craving-vas: item "1" is required (0–100)'],
    [{ '1': 101 }, '1', 'not-allowed', 'craving-vas: item "1" must be one of 0–100, not 101'],
    [{ '1': -1 }, '1', 'not-allowed', 'craving-vas: item "1" must be one of 0–100, not -1'],
    [{ '1': 50.5 }, '1', 'not-allowed', 'craving-vas: item "1" must be one of 0–100, not 50.5'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(cravingVas, answers, { substance: 'cocaine' })).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
