import { describe, expect, it } from 'vitest';
import { pacs } from './pacs.js';
import { scoreInstrument } from './score-instrument.js';

const all = (value: number): Record<string, number> => ({ '1': value, '2': value, '3': value, '4': value, '5': value });
const scored = (total: number) => ({ kind: 'scored', result: { instrument: 'pacs', version: '1', total, band: null, flags: [], subscales: {}, findings: {} } });

describe('PACS (Flannery et al. 1999)', () => {
  it.each([
    [all(0), 0],
    [all(6), 30],
    [{ '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 }, 15],
    [{ '1': 6, '2': 6, '3': 6, '4': 3, '5': 0 }, 21],
  ])('sums %j to %i, with no band', (answers, total) => {
    expect(scoreInstrument(pacs, answers)).toEqual(scored(total));
  });

  it('lists five items of 0–6 with labels only for values that exist', () => {
    expect(pacs.items.map((item) => [item.key, item.allowedValues.join()])).toEqual(['1', '2', '3', '4', '5'].map((key) => [key, '0,1,2,3,4,5,6']));
    for (const item of pacs.items) expect(Object.keys(item.valueLabels ?? {}).every((value) => item.allowedValues.includes(Number(value)))).toBe(true);
    expect(pacs.loinc).toBeUndefined();
  });

  it.each([
    [{ ...all(1), '6': 1 }, '6', 'unknown-item', 'pacs: unknown item "6"; items are 1, 2, 3, 4, 5'],
    [{ ...all(1), '5': undefined }, '5', 'missing', 'pacs: item "5" is required (0–6)'],
    [{ ...all(1), '2': 7 }, '2', 'not-allowed', 'pacs: item "2" must be one of 0–6, not 7'],
    [{ ...all(1), '2': 2.5 }, '2', 'not-allowed', 'pacs: item "2" must be one of 0–6, not 2.5'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(pacs, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
