import { describe, expect, it } from 'vitest';
import { madrs } from './madrs.js';
import { scoreInstrument } from './score-instrument.js';

const all = (value: number): Record<string, number> => Object.fromEntries(madrs.items.map((item) => [item.key, value]));
/** Items 1–10 in order, each up to 6, until the total is reached. */
const totalOf = (total: number) => {
  const answers = all(0);
  for (let remaining = total, key = 1; remaining > 0; key += 1) {
    answers[String(key)] = Math.min(6, remaining);
    remaining -= answers[String(key)]!;
  }
  return answers;
};

describe('MADRS (Montgomery & Åsberg 1979; Snaith grades)', () => {
  it.each([
    [0, 'normal'],
    [6, 'normal'],
    [7, 'mild'],
    [19, 'mild'],
    [20, 'moderate'],
    [34, 'moderate'],
    [35, 'severe'],
    [60, 'severe'],
  ])('total %i → %s', (total, band) => {
    expect(scoreInstrument(madrs, totalOf(total))).toEqual({ kind: 'scored', result: { instrument: 'madrs', version: '1', total, band, flags: [], subscales: {}, findings: {} } });
  });

  it('sums the odd anchors too (every integer 0–6 is a rating)', () => {
    const answers = { ...all(1), '10': 5 };
    expect(scoreInstrument(madrs, answers)).toEqual({ kind: 'scored', result: { instrument: 'madrs', version: '1', total: 14, band: 'mild', flags: [], subscales: {}, findings: {} } });
  });

  it.each([
    [{ ...all(1), '11': 1 }, '11', 'unknown-item', 'madrs: unknown item "11"; items are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10'],
    [{ ...all(1), '10': undefined }, '10', 'missing', 'madrs: item "10" is required (0–6)'],
    [{ ...all(1), '4': 7 }, '4', 'not-allowed', 'madrs: item "4" must be one of 0–6, not 7'],
    [{ ...all(1), '4': 2.5 }, '4', 'not-allowed', 'madrs: item "4" must be one of 0–6, not 2.5'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(madrs, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });

  it('is clinician-rated, licence-required, and ships neither item text nor anchors', () => {
    expect(madrs.rater).toBe('clinician');
    expect(madrs.licence).toMatchObject({ status: 'licence-required', itemTextShipped: false });
    expect(madrs.loinc).toBeUndefined();
    expect(madrs.items.every((item) => /^Item \d+: /.test(item.label) && item.valueLabels === undefined)).toBe(true);
  });
});
