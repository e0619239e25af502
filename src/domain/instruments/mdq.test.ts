import { describe, expect, it } from 'vitest';
import { mdq } from './mdq.js';
import { scoreInstrument } from './score-instrument.js';

const part1 = Array.from({ length: 13 }, (_, index) => String(index + 1));
/** `yes` of the 13 part-1 items answered yes (the first ones), then parts 2 and 3. */
const answersOf = (yes: number, cooccurrence: number, problem: number) => ({
  ...Object.fromEntries(part1.map((key, index) => [key, index < yes ? 1 : 0])),
  cooccurrence,
  problem,
});
const result = (total: number, positive: boolean) => ({
  kind: 'scored',
  result: { instrument: 'mdq', version: '1', total, band: positive ? 'positive' : 'negative', flags: [], subscales: {}, findings: { positiveScreen: positive } },
});

describe('MDQ (Hirschfeld 2000; SPEC.md §1.13)', () => {
  it('has items "1"–"13", "cooccurrence" (0/1) and "problem" (0–3), self-rated, no item text shipped', () => {
    expect(mdq.items.map((item) => [item.key, item.allowedValues])).toEqual([...part1.map((key) => [key, [0, 1]]), ['cooccurrence', [0, 1]], ['problem', [0, 1, 2, 3]]]);
    expect(mdq).toMatchObject({ rater: 'self', version: '1', licence: { status: 'ask-first', itemTextShipped: false } });
    expect(mdq.loinc).toBeUndefined();
  });

  // Positive = part 1 ≥ 7 AND co-occurrence yes AND problem moderate (2) or serious (3).
  it.each([
    ['minimum: nothing endorsed', answersOf(0, 0, 0), 0, false],
    ['part 1 at 6, parts 2 and 3 met (just below)', answersOf(6, 1, 2), 6, false],
    ['part 1 at 7, co-occurrence yes, problem moderate (just at)', answersOf(7, 1, 2), 7, true],
    ['part 1 at 7, co-occurrence yes, problem serious', answersOf(7, 1, 3), 7, true],
    ['maximum: part 1 at 13, co-occurrence yes, problem serious', answersOf(13, 1, 3), 13, true],
    ['part 1 fails alone (6 of 13)', answersOf(6, 1, 3), 6, false],
    ['part 2 fails alone (no co-occurrence)', answersOf(13, 0, 3), 13, false],
    ['part 3 fails alone (minor problem)', answersOf(13, 1, 1), 13, false],
    ['part 3 fails alone (no problem)', answersOf(13, 1, 0), 13, false],
    ['parts 2 and 3 fail', answersOf(13, 0, 0), 13, false],
    ['the seven "yes" answers are the last seven', { ...answersOf(0, 1, 2), 7: 1, 8: 1, 9: 1, 10: 1, 11: 1, 12: 1, 13: 1 }, 7, true],
  ])('%s → total %i, positive %s', (_name, answers, total, positive) => {
    expect(scoreInstrument(mdq, answers)).toEqual(result(total, positive));
  });

  it.each([
    [{ ...answersOf(7, 1, 2), part2: 1 }, 'part2', 'unknown-item', 'mdq: unknown item "part2"; items are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, cooccurrence, problem'],
    [{ ...answersOf(7, 1, 2), cooccurrence: undefined }, 'cooccurrence', 'missing', 'mdq: item "cooccurrence" is required (0, 1)'],
    [{ ...answersOf(7, 1, 2), problem: undefined }, 'problem', 'missing', 'mdq: item "problem" is required (0–3)'],
    [{ ...answersOf(7, 1, 2), '13': undefined }, '13', 'missing', 'mdq: item "13" is required (0, 1)'],
    [{ ...answersOf(7, 1, 2), problem: 4 }, 'problem', 'not-allowed', 'mdq: item "problem" must be one of 0–3, not 4'],
    [{ ...answersOf(7, 1, 2), cooccurrence: 2 }, 'cooccurrence', 'not-allowed', 'mdq: item "cooccurrence" must be one of 0, 1, not 2'],
    [{ ...answersOf(7, 1, 2), '1': 2 }, '1', 'not-allowed', 'mdq: item "1" must be one of 0, 1, not 2'],
    [{ ...answersOf(7, 1, 2), '1': true }, '1', 'not-allowed', 'mdq: item "1" must be one of 0, 1, not true'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(mdq, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
