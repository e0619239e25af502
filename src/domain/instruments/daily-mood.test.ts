import { describe, expect, it } from 'vitest';
import { dailyMood } from './daily-mood.js';
import { scoreInstrument } from './score-instrument.js';

describe('Daily mood (own 0–10 rating)', () => {
  it.each([0, 1, 5, 9, 10])('rating %i → total %i, no band', (rating) => {
    expect(scoreInstrument(dailyMood, { '1': rating })).toEqual({
      kind: 'scored',
      result: { instrument: 'daily-mood', version: '1', total: rating, band: null, flags: [], subscales: {}, findings: {} },
    });
  });

  it.each([
    [{ '1': 5, '2': 5 }, '2', 'unknown-item', 'daily-mood: unknown item "2"; items are 1'],
    [{}, '1', 'missing', 'daily-mood: item "1" is required (0–10)'],
    [{ '1': 11 }, '1', 'not-allowed', 'daily-mood: item "1" must be one of 0–10, not 11'],
    [{ '1': -1 }, '1', 'not-allowed', 'daily-mood: item "1" must be one of 0–10, not -1'],
    [{ '1': 7.5 }, '1', 'not-allowed', 'daily-mood: item "1" must be one of 0–10, not 7.5'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(dailyMood, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });

  it('labels both ends: 0 the worst, 10 the best', () => {
    expect(dailyMood.items[0]?.valueLabels).toEqual({ 0: 'Worst possible mood', 10: 'Best possible mood' });
  });
});
