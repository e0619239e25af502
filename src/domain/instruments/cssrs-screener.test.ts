import { describe, expect, it } from 'vitest';
import { cssrsScreener } from './cssrs-screener.js';
import { scoreInstrument } from './score-instrument.js';

const result = (riskLevel: string) => ({
  kind: 'scored',
  result: {
    instrument: 'cssrs-screener',
    version: '1',
    total: null,
    band: riskLevel,
    flags: riskLevel === 'high' ? ['suicide-risk-high'] : [],
    subscales: {},
    findings: { riskLevel },
  },
});
const allNo = { '1': 0, '2': 0, '6': 0 };
const activeThoughts = { '1': 1, '2': 1, '3': 0, '4': 0, '5': 0, '6': 0 };

describe('C-SSRS Screener (Columbia triage points)', () => {
  it.each([
    // SPEC.md §1.16, verbatim
    ['Q1 Y, Q2 Y, Q3 N, Q4 Y, Q5 N, Q6 N', { '1': 1, '2': 1, '3': 0, '4': 1, '5': 0, '6': 0 }, 'high'],
    ['Q1 Y, Q2 N, Q6 Y, 6a N', { '1': 1, '2': 0, '6': 1, '6a': 0 }, 'moderate'],
    // Own vectors, one per rule of SPEC.md §1.4
    ['all No', allNo, 'none'],
    ['Q1 alone', { ...allNo, '1': 1 }, 'low'],
    ['Q2 alone, Q3–Q5 No', { ...activeThoughts, '1': 0 }, 'low'],
    ['Q1 and Q2, Q3–Q5 No', activeThoughts, 'low'],
    ['Q3 Yes', { ...activeThoughts, '3': 1 }, 'moderate'],
    ['Q4 Yes', { ...activeThoughts, '4': 1 }, 'high'],
    ['Q5 Yes', { ...activeThoughts, '5': 1 }, 'high'],
    ['Q6 Yes, 6a Yes (behaviour in the past 3 months)', { ...allNo, '6': 1, '6a': 1 }, 'high'],
    ['Q6 Yes, 6a No (lifetime only)', { ...allNo, '6': 1, '6a': 0 }, 'moderate'],
    ['High is evaluated before Moderate', { ...activeThoughts, '3': 1, '4': 1, '6': 1, '6a': 0 }, 'high'],
    ['Moderate is evaluated before Low', { ...activeThoughts, '6': 1, '6a': 0 }, 'moderate'],
  ])('%s → %s', (_name, answers, riskLevel) => {
    expect(scoreInstrument(cssrsScreener, answers)).toEqual(result(riskLevel));
  });

  const notAsked = (item: string) => ({ item, problem: 'not-asked', detail: `cssrs-screener: item "${item}" is not asked given the other answers, so it must be left out` });
  const missing = (item: string) => ({ item, problem: 'missing', detail: `cssrs-screener: item "${item}" is required (0, 1)` });

  it.each([
    ['Q3 answered when Q2 is No', { ...allNo, '3': 0 }, [notAsked('3')]],
    ['Q3–Q5 answered when Q2 is No', { ...allNo, '3': 1, '4': 0, '5': 1 }, [notAsked('3'), notAsked('4'), notAsked('5')]],
    ['6a answered when Q6 is No', { ...allNo, '6a': 1 }, [notAsked('6a')]],
    ['Q4 left out when Q2 is Yes', { ...activeThoughts, '4': undefined }, [missing('4')]],
    ['6a left out when Q6 is Yes', { ...allNo, '6': 1 }, [missing('6a')]],
    ['Q1 left out', { ...allNo, '1': undefined }, [missing('1')]],
    ['Q6 left out', { ...allNo, '6': undefined }, [missing('6')]],
    [
      'unknown item',
      { ...allNo, '7': 0 },
      [{ item: '7', problem: 'unknown-item', detail: 'cssrs-screener: unknown item "7"; items are 1, 2, 3, 4, 5, 6, 6a' }],
    ],
    ['2 is not yes or no', { ...allNo, '2': 2 }, [{ item: '2', problem: 'not-allowed', detail: 'cssrs-screener: item "2" must be one of 0, 1, not 2' }]],
    ['true is not 1', { ...allNo, '1': true }, [{ item: '1', problem: 'not-allowed', detail: 'cssrs-screener: item "1" must be one of 0, 1, not true' }]],
  ])('refuses: %s', (_name, answers, errors) => {
    expect(scoreInstrument(cssrsScreener, answers)).toEqual({ kind: 'invalid', errors });
  });

  it('is interviewer-rated and ships no Columbia wording', () => {
    expect(cssrsScreener.rater).toBe('clinician');
    expect(cssrsScreener.licence).toMatchObject({ status: 'ask-first', itemTextShipped: false });
    expect(cssrsScreener.loinc).toEqual({ panel: '93373-9' });
    expect(cssrsScreener.items.map((item) => item.key)).toEqual(['1', '2', '3', '4', '5', '6', '6a']);
    expect(cssrsScreener.items.every((item) => /^Item \d+a?: /.test(item.label))).toBe(true);
  });
});
