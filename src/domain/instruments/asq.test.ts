import { describe, expect, it } from 'vitest';
import { asq } from './asq.js';
import { scoreInstrument } from './score-instrument.js';

const no = { '1': 0, '2': 0, '3': 0, '4': 0 };
const result = (band: string) => ({
  kind: 'scored',
  result: { instrument: 'asq', version: '1', total: null, band, flags: band === 'acute-positive' ? ['suicide-risk-acute'] : [], subscales: {}, findings: {} },
});
const screenItems = ['1', '2', '3', '4'];

describe('ASQ (NIMH; SPEC.md §1.15)', () => {
  it('has items "1"–"4" (0, 1, 9) and "5" (0, 1) asked only after a positive screen, self-rated, no item text shipped', () => {
    expect(asq.items.map((item) => [item.key, item.allowedValues])).toEqual([['1', [0, 1, 9]], ['2', [0, 1, 9]], ['3', [0, 1, 9]], ['4', [0, 1, 9]], ['5', [0, 1]]]);
    expect(asq).toMatchObject({ rater: 'self', version: '1', licence: { status: 'ask-first', itemTextShipped: false } });
    expect(asq.loinc).toBeUndefined();
  });

  it('every screen item no: negative, item 5 not asked', () => {
    expect(scoreInstrument(asq, no)).toEqual(result('negative'));
  });

  // Any yes (1) or declined (9) on items 1–4 is a positive screen; item 5 then decides acute or not.
  it.each(screenItems.flatMap((item) => [
    [item, 1, 0, 'non-acute-positive'],
    [item, 1, 1, 'acute-positive'],
    [item, 9, 0, 'non-acute-positive'],
    [item, 9, 1, 'acute-positive'],
  ] as const))('item %s = %i, item 5 = %i → %s', (item, value, item5, band) => {
    expect(scoreInstrument(asq, { ...no, [item]: value, '5': item5 })).toEqual(result(band));
  });

  it.each([
    ['every screen item yes, item 5 yes', { '1': 1, '2': 1, '3': 1, '4': 1, '5': 1 }, 'acute-positive'],
    ['every screen item declined, item 5 no', { '1': 9, '2': 9, '3': 9, '4': 9, '5': 0 }, 'non-acute-positive'],
    ['yes and declined mixed, item 5 no', { '1': 1, '2': 0, '3': 9, '4': 0, '5': 0 }, 'non-acute-positive'],
  ])('%s → %s', (_name, answers, band) => {
    expect(scoreInstrument(asq, answers)).toEqual(result(band));
  });

  it.each([
    [{ ...no, '5': 0 }, '5', 'not-asked', 'asq: item "5" is not asked given the other answers, so it must be left out'],
    [{ ...no, '5': 1 }, '5', 'not-asked', 'asq: item "5" is not asked given the other answers, so it must be left out'],
    [{ ...no, '2': 1 }, '5', 'missing', 'asq: item "5" is required (0, 1)'],
    [{ ...no, '4': 9 }, '5', 'missing', 'asq: item "5" is required (0, 1)'],
    [{ ...no, '1': 1, '5': 9 }, '5', 'not-allowed', 'asq: item "5" must be one of 0, 1, not 9'],
    [{ ...no, '1': 2 }, '1', 'not-allowed', 'asq: item "1" must be one of 0, 1, 9, not 2'],
    [{ ...no, '3': undefined }, '3', 'missing', 'asq: item "3" is required (0, 1, 9)'],
    [{ ...no, '6': 0 }, '6', 'unknown-item', 'asq: unknown item "6"; items are 1, 2, 3, 4, 5'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(asq, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
