import { describe, expect, it } from 'vitest';
import { qidsSr16 } from './qids-sr16.js';
import { scoreInstrument } from './score-instrument.js';

/** Every item 0, with items 6 and 8 answered and their alternatives 7 and 9 left out. */
const none = (): Record<string, number> => ({
  ...Object.fromEntries(['1', '2', '3', '4', '5', '6', '8', '10', '11', '12', '13', '14', '15', '16'].map((key) => [key, 0])),
});
/** Fills one item per domain (sleep 1, mood 5, appetite 6, 10, 11, 13, 14, psychomotor 15, then suicidal ideation 12 last), up to 3 each. */
const totalOf = (total: number) => {
  const answers = none();
  let remaining = total;
  for (const key of ['1', '5', '6', '10', '11', '13', '14', '15', '12']) {
    answers[key] = Math.min(3, remaining);
    remaining -= answers[key]!;
  }
  return answers;
};
const result = (total: number, band: string, flagged: boolean) => ({
  kind: 'scored',
  result: { instrument: 'qids-sr16', version: '1', total, band, flags: flagged ? ['suicidal-ideation-item'] : [], subscales: {}, findings: {} },
});

describe('QIDS-SR16 (Rush et al. 2003; ids-qids.org)', () => {
  it.each([
    [0, 'none', false],
    [5, 'none', false],
    [6, 'mild', false],
    [10, 'mild', false],
    [11, 'moderate', false],
    [15, 'moderate', false],
    [16, 'severe', false],
    [20, 'severe', false],
    [21, 'very-severe', false],
    [27, 'very-severe', true],
  ])('total %i → %s', (total, band, flagged) => {
    expect(scoreInstrument(qidsSr16, totalOf(total))).toEqual(result(total, band, flagged));
  });

  it.each([
    // SPEC.md §1.16, verbatim: sleep 3 + appetite/weight 2 + psychomotor 3 + items 5, 10–14 at 1 = 14
    [
      'SPEC vector',
      { '1': 1, '2': 2, '3': 3, '4': 0, '6': 0, '7': 2, '8': 0, '9': 1, '15': 1, '16': 3, '5': 1, '10': 1, '11': 1, '12': 1, '13': 1, '14': 1 },
      result(14, 'moderate', true),
    ],
    // Own vectors: domains score their highest item, not the sum
    ['sleep items 1–4 all 3 count once', { ...none(), '1': 3, '2': 3, '3': 3, '4': 3 }, result(3, 'none', false)],
    ['sleep item 4 alone', { ...none(), '4': 2 }, result(2, 'none', false)],
    ['appetite/weight 6–9 at 1, 3, 2, 0 count 3', { ...none(), '6': 1, '7': 3, '8': 2, '9': 0 }, result(3, 'none', false)],
    ['weight gain item 9 alone', { ...none(), '9': 3 }, result(3, 'none', false)],
    ['psychomotor 15 at 2 and 16 at 3 count 3', { ...none(), '15': 2, '16': 3 }, result(3, 'none', false)],
    ['single-item domains add up', { ...none(), '5': 1, '10': 1, '11': 1, '13': 1, '14': 2 }, result(6, 'mild', false)],
    // The alternatives: one of each pair is enough, both may be given
    ['only 7 and 9 answered', { ...none(), '6': undefined, '8': undefined, '7': 1, '9': 2 }, result(2, 'none', false)],
    ['all four of 6–9 answered', { ...none(), '6': 0, '7': 0, '8': 0, '9': 0 }, result(0, 'none', false)],
    // Item 12 flag
    ['item 12 at 1 flags', { ...none(), '12': 1 }, result(1, 'none', true)],
    ['item 12 at 0 does not flag', { ...none(), '12': 0, '13': 3 }, result(3, 'none', false)],
  ])('%s', (_name, answers, expected) => {
    expect(scoreInstrument(qidsSr16, answers)).toEqual(expected);
  });

  const pairMissing = (first: string, second: string) => ({ item: first, problem: 'missing', detail: `qids-sr16: item "${first}" or item "${second}" is required (0–3)` });

  it.each([
    ['neither 6 nor 7', { ...none(), '6': undefined }, [pairMissing('6', '7')]],
    ['neither 8 nor 9', { ...none(), '8': undefined }, [pairMissing('8', '9')]],
    ['neither pair', { ...none(), '6': undefined, '8': undefined }, [pairMissing('6', '7'), pairMissing('8', '9')]],
    ['item 1 left out', { ...none(), '1': undefined }, [{ item: '1', problem: 'missing', detail: 'qids-sr16: item "1" is required (0–3)' }]],
    ['item 16 left out', { ...none(), '16': undefined }, [{ item: '16', problem: 'missing', detail: 'qids-sr16: item "16" is required (0–3)' }]],
    [
      'unknown item',
      { ...none(), '17': 0 },
      [{ item: '17', problem: 'unknown-item', detail: 'qids-sr16: unknown item "17"; items are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16' }],
    ],
    ['4 on an optional item', { ...none(), '7': 4 }, [{ item: '7', problem: 'not-allowed', detail: 'qids-sr16: item "7" must be one of 0–3, not 4' }]],
    ['null is not an answer to a required item', { ...none(), '12': null }, [{ item: '12', problem: 'missing', detail: 'qids-sr16: item "12" is required (0–3)' }]],
  ])('refuses: %s', (_name, answers, errors) => {
    expect(scoreInstrument(qidsSr16, answers)).toEqual({ kind: 'invalid', errors });
  });

  it('ships no item text and marks only items 6–9 optional', () => {
    expect(qidsSr16.licence).toMatchObject({ status: 'ask-first', itemTextShipped: false });
    expect(qidsSr16.loinc).toBeUndefined();
    expect(qidsSr16.items.filter((item) => item.optional).map((item) => item.key)).toEqual(['6', '7', '8', '9']);
    expect(qidsSr16.items.every((item) => /^Item \d+: /.test(item.label))).toBe(true);
  });
});
