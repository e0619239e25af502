import { describe, expect, it } from 'vitest';
import { cadss } from './cadss.js';
import { scoreInstrument } from './score-instrument.js';

const keys = Array.from({ length: 23 }, (_, index) => String(index + 1));
const all = (value: number) => Object.fromEntries(keys.map((key) => [key, value]));
const result = (total: number) => ({ kind: 'scored', result: { instrument: 'cadss', version: '1', total, band: null, flags: [], subscales: {}, findings: {} } });

describe('CADSS, 23-item (Bremner et al. 1998; SPEC.md §1.12)', () => {
  it('has 23 items "1"–"23", each 0–4, clinician-recorded, with no item text shipped', () => {
    expect(cadss.items.map((item) => item.key)).toEqual(keys);
    expect(cadss.items.every((item) => item.scored && item.allowedValues.join() === '0,1,2,3,4')).toBe(true);
    expect(cadss).toMatchObject({ rater: 'clinician', version: '1', licence: { status: 'ask-first', itemTextShipped: false } });
    expect(cadss.loinc).toBeUndefined();
  });

  it.each([
    ['every item 0 (minimum)', all(0), 0],
    ['every item 4 (maximum)', all(4), 92],
    ['every item 1', all(1), 23],
    ['item 23 alone at 4', { ...all(0), '23': 4 }, 4],
    ['item 1 at 1, item 12 at 2, item 23 at 3', { ...all(0), '1': 1, '12': 2, '23': 3 }, 6],
  ])('%s → total %i, no band', (_name, answers, total) => {
    expect(scoreInstrument(cadss, answers)).toEqual(result(total));
  });

  it.each([
    [{ ...all(0), '24': 0 }, '24', 'unknown-item', `cadss: unknown item "24"; items are ${keys.join(', ')}`],
    [{ ...all(0), '0': 0 }, '0', 'unknown-item', `cadss: unknown item "0"; items are ${keys.join(', ')}`],
    [{ ...all(0), '17': undefined }, '17', 'missing', 'cadss: item "17" is required (0–4)'],
    [{ ...all(0), '5': 5 }, '5', 'not-allowed', 'cadss: item "5" must be one of 0–4, not 5'],
    [{ ...all(0), '5': -1 }, '5', 'not-allowed', 'cadss: item "5" must be one of 0–4, not -1'],
    [{ ...all(0), '9': 0.5 }, '9', 'not-allowed', 'cadss: item "9" must be one of 0–4, not 0.5'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(cadss, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
