import { describe, expect, it } from 'vitest';
import { dast10 } from './dast10.js';
import { scoreInstrument } from './score-instrument.js';

const YES = 1;
const NO = 0;
const others = ['1', '2', '4', '5', '6', '7', '8', '9', '10'];
/** Raw answers: `yesCount` of the other items answered yes (in order), and item 3 answered as given. */
const answersWith = (yesCount: number, item3: number) => ({
  ...Object.fromEntries(others.map((key, index) => [key, index < yesCount ? YES : NO])),
  '3': item3,
});
const scored = (total: number, band: string) => ({ kind: 'scored', result: { instrument: 'dast10', version: '1', total, band, flags: [], subscales: {}, findings: {} } });

describe('DAST-10 (Skinner 1982)', () => {
  it.each([
    // [other items answered yes, item 3's raw answer, total, band]
    [0, YES, 0, 'none'],
    [0, NO, 1, 'low'],
    [2, YES, 2, 'low'],
    [3, YES, 3, 'moderate'],
    [4, NO, 5, 'moderate'],
    [6, YES, 6, 'substantial'],
    [8, YES, 8, 'substantial'],
    [9, YES, 9, 'severe'],
    [9, NO, 10, 'severe'],
  ])('%i other yes answers and item 3 = %i → total %i, %s', (yesCount, item3, total, band) => {
    expect(scoreInstrument(dast10, answersWith(yesCount, item3))).toEqual(scored(total, band));
  });

  it('scores SPEC.md §1.16: all "No" → 1 (item 3 reverse-scored), low', () => {
    expect(scoreInstrument(dast10, answersWith(0, NO))).toEqual(scored(1, 'low'));
  });

  it('scores all "Yes" as 9: a yes to item 3 counts nothing', () => {
    expect(scoreInstrument(dast10, answersWith(9, YES))).toEqual(scored(9, 'severe'));
  });

  it('takes raw yes/no answers and reverses item 3 itself', () => {
    expect(dast10.items.map((item) => item.allowedValues.join())).toEqual(Array(10).fill('0,1'));
    expect(dast10.licence.itemTextShipped).toBe(false);
    expect(dast10.loinc).toEqual({ panel: '82666-9', total: '82667-7' });
  });

  it.each([
    [{ ...answersWith(0, NO), '11': 1 }, '11', 'unknown-item', 'dast10: unknown item "11"; items are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10'],
    [{ ...answersWith(0, NO), '3': undefined }, '3', 'missing', 'dast10: item "3" is required (0, 1)'],
    [{ ...answersWith(0, NO), '3': 2 }, '3', 'not-allowed', 'dast10: item "3" must be one of 0, 1, not 2'],
    [{ ...answersWith(0, NO), '5': -1 }, '5', 'not-allowed', 'dast10: item "5" must be one of 0, 1, not -1'],
    [{ ...answersWith(0, NO), '5': true }, '5', 'not-allowed', 'dast10: item "5" must be one of 0, 1, not true'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(dast10, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
