import { describe, expect, it } from 'vitest';
import { phq9 } from './phq9.js';
import { scoreInstrument } from './score-instrument.js';

const scoredKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const all = (value: number): Record<string, number> => Object.fromEntries(scoredKeys.map((key) => [key, value]));
/** Items 1–9 in order, each up to 3, until the total is reached. */
const totalOf = (total: number) => {
  const answers = all(0);
  for (let remaining = total, key = 1; remaining > 0; key += 1) {
    answers[String(key)] = Math.min(3, remaining);
    remaining -= answers[String(key)]!;
  }
  return answers;
};
const result = (total: number, band: string, flagged: boolean, majorDepressiveSyndrome: boolean) => ({
  kind: 'scored',
  result: { instrument: 'phq9', version: '1', total, band, flags: flagged ? ['suicidal-ideation-item'] : [], subscales: {}, findings: { majorDepressiveSyndrome } },
});

describe('PHQ-9 (Kroenke et al. 2001; CamCOPS diagnostic rule)', () => {
  it.each([
    // total, band, item-9 flag, major depressive syndrome (items filled 3 at a time from item 1)
    [0, 'minimal', false, false],
    [4, 'minimal', false, false],
    [5, 'mild', false, false],
    [9, 'mild', false, false],
    [10, 'moderate', false, false],
    [14, 'moderate', false, true],
    [15, 'moderately-severe', false, true],
    [19, 'moderately-severe', false, true],
    [20, 'severe', false, true],
    [27, 'severe', true, true],
  ])('total %i → %s', (total, band, flagged, mds) => {
    expect(scoreInstrument(phq9, totalOf(total))).toEqual(result(total, band, flagged, mds));
  });

  it.each([
    // SPEC.md §1.16, verbatim
    ['all items 1', { ...all(1), '10': 1 }, result(9, 'mild', true, false)],
    ['items 1–8 = 0, item 9 = 1', { ...all(0), '9': 1 }, result(1, 'minimal', true, false)],
    ['items 1–6 = 2, items 7–9 = 0 (2 core + 4 other)', { ...all(0), '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 2 }, result(12, 'moderate', false, true)],
    // Own vectors for the CamCOPS rule: ≥1 core (item 1 or 2 ≥2) and ≥5 symptoms (items 3–8 ≥2, item 9 ≥1)
    ['exactly 5 symptoms with item 1 as core', { ...all(0), '1': 2, '3': 2, '4': 2, '5': 2, '6': 2 }, result(10, 'moderate', false, true)],
    ['exactly 5 symptoms with item 2 as core', { ...all(0), '2': 2, '3': 2, '4': 2, '7': 2, '8': 2 }, result(10, 'moderate', false, true)],
    ['4 symptoms are not enough', { ...all(0), '1': 2, '3': 2, '4': 2, '5': 2 }, result(8, 'mild', false, false)],
    ['no core symptom, 6 others', { ...all(0), '1': 1, '2': 1, '3': 3, '4': 3, '5': 3, '6': 3, '7': 3, '8': 3 }, result(20, 'severe', false, false)],
    ['item 9 = 1 counts as the fifth symptom', { ...all(0), '1': 2, '3': 2, '4': 2, '5': 2, '9': 1 }, result(9, 'mild', true, true)],
    ['item 10 is not counted', { ...all(0), '10': 3 }, result(0, 'minimal', false, false)],
  ])('%s', (_name, answers, expected) => {
    expect(scoreInstrument(phq9, answers)).toEqual(expected);
  });

  it.each([3, 4, 5, 6, 7, 8])('item %i at 1 is not a symptom: 4 symptoms stay below the rule', (item) => {
    // Core items 1 and 2 at 2, two other items of 3–8 at 2, and the item under test at 1.
    const others = ['3', '4', '5', '6', '7', '8'].filter((key) => key !== String(item)).slice(0, 2);
    const answers = { ...all(0), '1': 2, '2': 2, [others[0]!]: 2, [others[1]!]: 2, [String(item)]: 1 };
    expect(scoreInstrument(phq9, answers)).toEqual(result(9, 'mild', false, false));
    expect(scoreInstrument(phq9, { ...answers, [String(item)]: 2 })).toEqual(result(10, 'moderate', false, true));
  });

  it.each([
    [{ ...all(1), '11': 1 }, '11', 'unknown-item', 'phq9: unknown item "11"; items are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10'],
    [{ ...all(1), '9': undefined }, '9', 'missing', 'phq9: item "9" is required (0–3)'],
    [{ ...all(1), '1': 4 }, '1', 'not-allowed', 'phq9: item "1" must be one of 0–3, not 4'],
    [{ ...all(1), '2': -1 }, '2', 'not-allowed', 'phq9: item "2" must be one of 0–3, not -1'],
    [{ ...all(1), '10': 4 }, '10', 'not-allowed', 'phq9: item "10" must be one of 0–3, not 4'],
    [{ ...all(1), '9': '1' }, '9', 'not-allowed', 'phq9: item "9" must be one of 0–3, not "1"'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(phq9, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });

  it('ships the published item text, public domain, with the confirmed LOINC codes', () => {
    expect(phq9.licence).toMatchObject({ status: 'public-domain', itemTextShipped: true });
    expect(phq9.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(phq9.items.map((item) => item.label.slice(0, 30))).toEqual([
      'Little interest or pleasure in',
      'Feeling down, depressed, or ho',
      'Trouble falling or staying asl',
      'Feeling tired or having little',
      'Poor appetite or overeating',
      'Feeling bad about yourself — o',
      'Trouble concentrating on thing',
      'Moving or speaking so slowly t',
      'Thoughts that you would be bet',
      'If you checked off any problem',
    ]);
  });
});
