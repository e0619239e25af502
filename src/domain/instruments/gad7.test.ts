import { describe, expect, it } from 'vitest';
import { gad7 } from './gad7.js';
import { scoreInstrument } from './score-instrument.js';

const all = (value: number) => Object.fromEntries(gad7.items.map((item) => [item.key, value]));
const totalOf = (total: number) => {
  const answers: Record<string, number> = all(0);
  for (let remaining = total, key = 1; remaining > 0; key += 1) {
    answers[String(key)] = Math.min(3, remaining);
    remaining -= answers[String(key)]!;
  }
  return answers;
};

describe('GAD-7 (Spitzer et al. 2006)', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('total %i → %s', (total, band) => {
    const outcome = scoreInstrument(gad7, totalOf(total));
    expect(outcome).toEqual({ kind: 'scored', result: { instrument: 'gad7', version: '1', total, band, flags: [], subscales: {}, findings: {} } });
  });

  it.each([
    [{ ...all(1), '8': 1 }, '8', 'unknown-item', 'gad7: unknown item "8"; items are 1, 2, 3, 4, 5, 6, 7'],
    [{ ...all(1), '3': undefined }, '3', 'missing', 'gad7: item "3" is required (0–3)'],
    [{ ...all(1), '4': 4 }, '4', 'not-allowed', 'gad7: item "4" must be one of 0–3, not 4'],
    [{ ...all(1), '4': 1.5 }, '4', 'not-allowed', 'gad7: item "4" must be one of 0–3, not 1.5'],
    [{ ...all(1), '4': '2' }, '4', 'not-allowed', 'gad7: item "4" must be one of 0–3, not "2"'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(gad7, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
