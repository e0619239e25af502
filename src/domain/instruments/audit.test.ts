import { describe, expect, it } from 'vitest';
import { audit } from './audit.js';
import { scoreInstrument } from './score-instrument.js';

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const all = (value: number): Record<string, number> => Object.fromEntries(keys.map((key) => [key, value]));
/** Items 1–8 filled to 4 in turn (up to 32); items 9 and 10 take 0, 2 or 4 for the rest. */
const totalOf = (total: number) => {
  const answers = Object.fromEntries(keys.map((key, index) => [key, index < 8 ? Math.max(0, Math.min(4, total - 4 * index)) : 0]));
  for (let remaining = total - 32, key = 9; remaining > 0; key += 1, remaining -= 4) answers[String(key)] = remaining >= 4 ? 4 : 2;
  return answers;
};
const scored = (total: number, band: string) => ({ kind: 'scored', result: { instrument: 'audit', version: '1', total, band, flags: [], subscales: {}, findings: {} } });

describe('AUDIT (Babor et al. 2001, WHO)', () => {
  it.each([
    [0, 'low-risk'],
    [7, 'low-risk'],
    [8, 'hazardous'],
    [15, 'hazardous'],
    [16, 'harmful'],
    [19, 'harmful'],
    [20, 'possible-dependence'],
    [34, 'possible-dependence'],
    [40, 'possible-dependence'],
  ])('total %i → %s', (total, band) => {
    expect(scoreInstrument(audit, totalOf(total))).toEqual(scored(total, band));
  });

  it('scores SPEC.md §1.16: items 1–8 = 1, item 9 = 2, item 10 = 4 → 14, zone II', () => {
    expect(scoreInstrument(audit, { ...all(1), '9': 2, '10': 4 })).toEqual(scored(14, 'hazardous'));
  });

  it.each([
    ['9', 1],
    ['9', 3],
    ['10', 1],
    ['10', 3],
  ])('refuses item %s = %i: items 9 and 10 take only 0, 2 or 4', (item, value) => {
    expect(scoreInstrument(audit, { ...all(0), [item]: value })).toEqual({
      kind: 'invalid',
      errors: [{ item, problem: 'not-allowed', detail: `audit: item "${item}" must be one of 0, 2, 4, not ${value}` }],
    });
  });

  it('lists values 0–4 for items 1–8, 0/2/4 for items 9–10, and a label for every value', () => {
    expect(audit.items.map((item) => item.allowedValues.join())).toEqual([...Array(8).fill('0,1,2,3,4'), '0,2,4', '0,2,4']);
    for (const item of audit.items) expect(Object.keys(item.valueLabels ?? {}).map(Number)).toEqual(item.allowedValues);
  });

  it('ships the WHO text with the non-commercial condition, and codes the total as the full AUDIT (75624-7)', () => {
    expect(audit.licence).toMatchObject({ status: 'free-with-conditions', itemTextShipped: true });
    expect(audit.licence.note).toMatch(/not for sale or for use in conjunction with commercial purposes/);
    expect(audit.loinc).toEqual({ panel: '72110-0', total: '75624-7' });
  });

  it.each([
    [{ ...all(0), '11': 1 }, '11', 'unknown-item', 'audit: unknown item "11"; items are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10'],
    [{ ...all(0), '10': undefined }, '10', 'missing', 'audit: item "10" is required (0, 2, 4)'],
    [{ ...all(0), '1': undefined }, '1', 'missing', 'audit: item "1" is required (0–4)'],
    [{ ...all(0), '8': 5 }, '8', 'not-allowed', 'audit: item "8" must be one of 0–4, not 5'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(audit, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
