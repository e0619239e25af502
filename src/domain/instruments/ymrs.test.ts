import { describe, expect, it } from 'vitest';
import { scoreInstrument } from './score-instrument.js';
import { ymrs, ymrsThresholds } from './ymrs.js';

// Items 5, 6, 8, 9 take any integer 0–8; the others 0–4 (SPEC.md §1.13).
const maxima: Record<string, number> = { '1': 4, '2': 4, '3': 4, '4': 4, '5': 8, '6': 8, '7': 4, '8': 8, '9': 8, '10': 4, '11': 4 };
const keys = Object.keys(maxima);
const all = (value: number) => Object.fromEntries(keys.map((key) => [key, value]));
const maximum = Object.fromEntries(keys.map((key) => [key, maxima[key]!]));
const result = (total: number) => ({ kind: 'scored', result: { instrument: 'ymrs', version: '1', total, band: null, flags: [], subscales: {}, findings: {} } });

describe('YMRS (Young et al. 1978; SPEC.md §1.13)', () => {
  it('has items "1"–"11" with 0–8 on items 5, 6, 8, 9 and 0–4 elsewhere, clinician-rated, no item text shipped', () => {
    expect(Object.fromEntries(ymrs.items.map((item) => [item.key, item.allowedValues]))).toEqual(
      Object.fromEntries(keys.map((key) => [key, Array.from({ length: maxima[key]! + 1 }, (_, value) => value)])),
    );
    expect(ymrs).toMatchObject({ rater: 'clinician', version: '1', licence: { status: 'ask-first', itemTextShipped: false } });
    expect(ymrs.loinc).toBeUndefined();
  });

  it('exports the published remission line and the suggested manic-switch default for the outcomes layer', () => {
    expect(ymrsThresholds).toEqual({ remissionAtMost: 12, manicSwitchAtLeast: 13 });
  });

  it.each([
    ['every item 0 (minimum)', all(0), 0],
    // SPEC.md §1.16: every item at its maximum → 60.
    ['every item at its maximum', maximum, 60],
    ['every item 4', all(4), 44],
    ['odd in-between values on the double-weighted items', { ...all(0), '5': 1, '6': 3, '8': 5, '9': 7 }, 16],
    ['a single double-weighted item at 8', { ...all(0), '9': 8 }, 8],
  ])('%s → total %i, no band', (_name, answers, total) => {
    expect(scoreInstrument(ymrs, answers)).toEqual(result(total));
  });

  type Invalid = [answers: Record<string, unknown>, item: string, problem: string, detail: string];
  const invalid: Invalid[] = [
    [{ ...all(0), '12': 0 }, '12', 'unknown-item', 'ymrs: unknown item "12"; items are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11'],
    [{ ...all(0), '11': undefined }, '11', 'missing', 'ymrs: item "11" is required (0–4)'],
    [{ ...all(0), '8': undefined }, '8', 'missing', 'ymrs: item "8" is required (0–8)'],
    ...['1', '2', '3', '4', '7', '10', '11'].map((item): Invalid => [{ ...all(0), [item]: 5 }, item, 'not-allowed', `ymrs: item "${item}" must be one of 0–4, not 5`]),
    ...['5', '6', '8', '9'].map((item): Invalid => [{ ...all(0), [item]: 9 }, item, 'not-allowed', `ymrs: item "${item}" must be one of 0–8, not 9`]),
    [{ ...all(0), '6': 2.5 }, '6', 'not-allowed', 'ymrs: item "6" must be one of 0–8, not 2.5'],
    [{ ...all(0), '1': -1 }, '1', 'not-allowed', 'ymrs: item "1" must be one of 0–4, not -1'],
  ];
  it.each(invalid)('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(ymrs, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
