import { describe, expect, it } from 'vitest';
import { scoreInstrument } from './score-instrument.js';
import { ybocs } from './ybocs.js';

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const all = (value: number): Record<string, number> => Object.fromEntries(keys.map((key) => [key, value]));
/** Items 1, 2, … filled to 4 in turn until the total is reached: obsessions first, then compulsions. */
const totalOf = (total: number) => Object.fromEntries(keys.map((key, index) => [key, Math.max(0, Math.min(4, total - 4 * index))]));
const result = (total: number, band: string, obsessions: number, compulsions: number) => ({
  kind: 'scored',
  result: { instrument: 'ybocs', version: '1', total, band, flags: [], subscales: { obsessions, compulsions }, findings: {} },
});

describe('Y-BOCS (Goodman et al. 1989)', () => {
  it.each([
    [0, 'subclinical', 0, 0],
    [7, 'subclinical', 7, 0],
    [8, 'mild', 8, 0],
    [15, 'mild', 15, 0],
    [16, 'moderate', 16, 0],
    [23, 'moderate', 20, 3],
    [24, 'severe', 20, 4],
    [31, 'severe', 20, 11],
    [32, 'extreme', 20, 12],
    [40, 'extreme', 20, 20],
  ])('total %i → %s (obsessions %i, compulsions %i)', (total, band, obsessions, compulsions) => {
    expect(scoreInstrument(ybocs, totalOf(total))).toEqual(result(total, band, obsessions, compulsions));
  });

  it('sums items 1–5 as obsessions and items 6–10 as compulsions', () => {
    const answers = { '1': 0, '2': 1, '3': 0, '4': 0, '5': 4, '6': 3, '7': 0, '8': 2, '9': 0, '10': 1 };
    expect(scoreInstrument(ybocs, answers)).toEqual(result(11, 'mild', 5, 6));
  });

  it.each([
    [{}, 20],
    [{ '1b': 4 }, 20],
    [{ '6b': 4 }, 20],
    [{ '1b': 4, '6b': 3 }, 20],
  ])('records the intervals %j without scoring them', (intervals, total) => {
    expect(scoreInstrument(ybocs, { ...all(2), ...intervals })).toEqual(result(total, 'moderate', 10, 10));
  });

  it('is clinician-rated, ships no item text and lists 1b and 6b as optional and unscored, in form order', () => {
    expect(ybocs.rater).toBe('clinician');
    expect(ybocs.licence.itemTextShipped).toBe(false);
    expect(ybocs.loinc).toBeUndefined();
    expect(ybocs.items.map((item) => [item.key, item.scored, item.optional ?? false])).toEqual([
      ['1', true, false], ['1b', false, true], ['2', true, false], ['3', true, false], ['4', true, false], ['5', true, false],
      ['6', true, false], ['6b', false, true], ['7', true, false], ['8', true, false], ['9', true, false], ['10', true, false],
    ]);
    expect(ybocs.items.every((item) => item.allowedValues.join() === '0,1,2,3,4')).toBe(true);
  });

  it.each([
    [{ ...all(1), '11': 1 }, '11', 'unknown-item', 'ybocs: unknown item "11"; items are 1, 1b, 2, 3, 4, 5, 6, 6b, 7, 8, 9, 10'],
    [{ ...all(1), '6': undefined }, '6', 'missing', 'ybocs: item "6" is required (0–4)'],
    [{ ...all(1), '10': 5 }, '10', 'not-allowed', 'ybocs: item "10" must be one of 0–4, not 5'],
    [{ ...all(1), '1b': 5 }, '1b', 'not-allowed', 'ybocs: item "1b" must be one of 0–4, not 5'],
    [{ ...all(1), '6b': -1 }, '6b', 'not-allowed', 'ybocs: item "6b" must be one of 0–4, not -1'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(ybocs, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
