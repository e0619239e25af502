import { describe, expect, it } from 'vitest';
import { ociR } from './oci-r.js';
import { scoreInstrument } from './score-instrument.js';

// SPEC.md §1.7: hoarding 1, 7, 13; checking 2, 8, 14; ordering 3, 9, 15; neutralizing 4, 10, 16; washing 5, 11, 17;
// obsessing 6, 12, 18. Written out here, not derived from the implementation, so a swapped mapping fails.
const subscaleOfItem: Record<string, string> = {
  '1': 'hoarding', '7': 'hoarding', '13': 'hoarding',
  '2': 'checking', '8': 'checking', '14': 'checking',
  '3': 'ordering', '9': 'ordering', '15': 'ordering',
  '4': 'neutralizing', '10': 'neutralizing', '16': 'neutralizing',
  '5': 'washing', '11': 'washing', '17': 'washing',
  '6': 'obsessing', '12': 'obsessing', '18': 'obsessing',
};
const keys = Array.from({ length: 18 }, (_, index) => String(index + 1));
const all = (value: number): Record<string, number> => Object.fromEntries(keys.map((key) => [key, value]));
const totalOf = (total: number) => Object.fromEntries(keys.map((key, index) => [key, Math.max(0, Math.min(4, total - 4 * index))]));
const subscalesOf = (answers: Record<string, number>) => {
  const sums: Record<string, number> = { hoarding: 0, checking: 0, ordering: 0, neutralizing: 0, washing: 0, obsessing: 0 };
  for (const key of keys) sums[subscaleOfItem[key]!] = sums[subscaleOfItem[key]!]! + answers[key]!;
  return sums;
};

describe('OCI-R (Foa et al. 2002)', () => {
  it.each([
    [0, 'below-cutoff'],
    [20, 'below-cutoff'],
    [21, 'likely-ocd'],
    [72, 'likely-ocd'],
  ])('total %i → %s', (total, band) => {
    const answers = totalOf(total);
    expect(scoreInstrument(ociR, answers)).toEqual({
      kind: 'scored',
      result: { instrument: 'oci-r', version: '1', total, band, flags: [], subscales: subscalesOf(answers), findings: {} },
    });
  });

  it.each(keys.map((key) => [key, subscaleOfItem[key]!]))('counts item %s in %s only', (key, subscale) => {
    const outcome = scoreInstrument(ociR, { ...all(0), [key]: 3 });
    expect(outcome.kind === 'scored' && outcome.result.subscales).toEqual({
      hoarding: 0, checking: 0, ordering: 0, neutralizing: 0, washing: 0, obsessing: 0, [subscale]: 3,
    });
  });

  it('ships no item text and is self-rated', () => {
    expect(ociR.licence.itemTextShipped).toBe(false);
    expect(ociR.rater).toBe('self');
    expect(ociR.loinc).toBeUndefined();
  });

  it.each([
    [{ ...all(1), '19': 1 }, '19', 'unknown-item', 'oci-r: unknown item "19"; items are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18'],
    [{ ...all(1), '18': undefined }, '18', 'missing', 'oci-r: item "18" is required (0–4)'],
    [{ ...all(1), '7': 5 }, '7', 'not-allowed', 'oci-r: item "7" must be one of 0–4, not 5'],
    [{ ...all(1), '7': -1 }, '7', 'not-allowed', 'oci-r: item "7" must be one of 0–4, not -1'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(ociR, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
