import { describe, expect, it } from 'vitest';
import { cows } from './cows.js';
import { scoreInstrument } from './score-instrument.js';

// Legal values per item: SPEC.md §1.11.
const legal: Record<string, number[]> = {
  '1': [0, 1, 2, 4],
  '2': [0, 1, 2, 3, 4],
  '3': [0, 1, 3, 5],
  '4': [0, 1, 2, 5],
  '5': [0, 1, 2, 4],
  '6': [0, 1, 2, 4],
  '7': [0, 1, 2, 3, 5],
  '8': [0, 1, 2, 4],
  '9': [0, 1, 2, 4],
  '10': [0, 1, 2, 4],
  '11': [0, 3, 5],
};
const keys = Object.keys(legal);
const allAt = (pick: (values: number[]) => number) => Object.fromEntries(keys.map((key) => [key, pick(legal[key]!)]));
const minimum = allAt((values) => values[0]!);
const maximum = allAt((values) => values.at(-1)!);

/** Legal answers adding up to `total`: greedy, gooseflesh first and sweating (any of 0–4) last. */
const totalOf = (total: number) => {
  const answers: Record<string, number> = { ...minimum };
  let remaining = total;
  for (const key of ['11', '3', '4', '7', '1', '5', '6', '8', '9', '10', '2']) {
    answers[key] = Math.max(...legal[key]!.filter((value) => value <= remaining));
    remaining -= answers[key]!;
  }
  return answers;
};
const result = (total: number, band: string) => ({ kind: 'scored', result: { instrument: 'cows', version: '1', total, band, flags: [], subscales: {}, findings: {} } });

describe('COWS (Wesson & Ling 2003; SPEC.md §1.11)', () => {
  it('lists exactly the legal values of each item, with no item text shipped', () => {
    expect(Object.fromEntries(cows.items.map((item) => [item.key, item.allowedValues]))).toEqual(legal);
    expect(cows.items.every((item) => item.scored)).toBe(true);
    expect(cows).toMatchObject({ rater: 'clinician', version: '1', licence: { status: 'ask-first', itemTextShipped: false } });
    expect(cows.loinc).toBeUndefined();
  });

  it.each([
    [0, 'none'],
    [4, 'none'],
    [5, 'mild'],
    [12, 'mild'],
    [13, 'moderate'],
    [24, 'moderate'],
    [25, 'moderately-severe'],
    [36, 'moderately-severe'],
    [37, 'severe'],
    [48, 'severe'],
  ])('total %i → %s', (total, band) => {
    expect(scoreInstrument(cows, totalOf(total))).toEqual(result(total, band));
  });

  it.each([
    ['every item at its minimum', minimum, 0, 'none'],
    // SPEC.md §1.16: every item at its maximum → 48, severe.
    ['every item at its maximum', maximum, 48, 'severe'],
    ['pulse over 120 and gooseflesh prominent', { ...minimum, '1': 4, '11': 5 }, 9, 'mild'],
  ])('%s', (_name, answers, total, band) => {
    expect(scoreInstrument(cows, answers)).toEqual(result(total, band));
  });

  const described: Record<string, string> = {
    '1': '0, 1, 2, 4',
    '2': '0–4',
    '3': '0, 1, 3, 5',
    '4': '0, 1, 2, 5',
    '5': '0, 1, 2, 4',
    '6': '0, 1, 2, 4',
    '7': '0, 1, 2, 3, 5',
    '8': '0, 1, 2, 4',
    '9': '0, 1, 2, 4',
    '10': '0, 1, 2, 4',
    '11': '0, 3, 5',
  };
  const illegal: [string, number][] = [
    ['1', 3], ['1', 5],
    ['2', -1], ['2', 5],
    ['3', 2], ['3', 4], ['3', 6],
    ['4', 3], ['4', 4], ['4', 6],
    ['5', 3], ['5', 5],
    ['6', 3], ['6', 5],
    ['7', 4], ['7', 6],
    ['8', 3], ['8', 5],
    ['9', 3], ['9', 5],
    ['10', 3], ['10', 5],
    ['11', 1], ['11', 2], ['11', 4], ['11', 6],
  ];
  it.each(illegal)('refuses item %s = %i, which its scale skips or exceeds', (item, value) => {
    expect(scoreInstrument(cows, { ...minimum, [item]: value })).toEqual({
      kind: 'invalid',
      errors: [{ item, problem: 'not-allowed', detail: `cows: item "${item}" must be one of ${described[item]!}, not ${value}` }],
    });
  });

  it.each([
    [{ ...minimum, '12': 0 }, '12', 'unknown-item', 'cows: unknown item "12"; items are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11'],
    [{ ...minimum, '7': undefined }, '7', 'missing', 'cows: item "7" is required (0, 1, 2, 3, 5)'],
    [{ ...minimum, '2': undefined }, '2', 'missing', 'cows: item "2" is required (0–4)'],
    [{ ...minimum, '2': 2.5 }, '2', 'not-allowed', 'cows: item "2" must be one of 0–4, not 2.5'],
    [{ ...minimum, '11': '3' }, '11', 'not-allowed', 'cows: item "11" must be one of 0, 3, 5, not "3"'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(cows, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
