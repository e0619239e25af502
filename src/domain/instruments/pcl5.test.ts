import { describe, expect, it } from 'vitest';
import { pcl5 } from './pcl5.js';
import { scoreInstrument } from './score-instrument.js';

const keys = Array.from({ length: 20 }, (_, index) => String(index + 1));
const all = (value: number): Record<string, number> => Object.fromEntries(keys.map((key) => [key, value]));
const withItems = (value: number, items: number[]) => ({ ...all(0), ...Object.fromEntries(items.map((item) => [String(item), value])) });
/** Items 1–20 in order, each up to 4, until the total is reached. */
const totalOf = (total: number) => {
  const answers = all(0);
  for (let remaining = total, key = 1; remaining > 0; key += 1) {
    answers[String(key)] = Math.min(4, remaining);
    remaining -= answers[String(key)]!;
  }
  return answers;
};
const result = (total: number, band: string, subscales: Record<string, number>, provisionalPtsd: boolean) => ({
  kind: 'scored',
  result: { instrument: 'pcl5', version: '1', total, band, flags: [], subscales, findings: { provisionalPtsd } },
});

describe('PCL-5 (Weathers et al. 2013; CamCOPS cluster rule)', () => {
  it.each([
    [0, 'below-cutoff', { B: 0, C: 0, D: 0, E: 0 }, false],
    [32, 'below-cutoff', { B: 20, C: 8, D: 4, E: 0 }, false],
    [33, 'probable-ptsd', { B: 20, C: 8, D: 5, E: 0 }, false],
    [80, 'probable-ptsd', { B: 20, C: 8, D: 28, E: 24 }, true],
  ])('total %i → %s', (total, band, subscales, provisional) => {
    expect(scoreInstrument(pcl5, totalOf(total))).toEqual(result(total, band, subscales, provisional));
  });

  it.each([
    // SPEC.md §1.16, verbatim: below the 33 cut-off yet provisional PTSD
    ['items 1, 6, 8, 9, 15, 16 = 2; rest 0', withItems(2, [1, 6, 8, 9, 15, 16]), result(12, 'below-cutoff', { B: 2, C: 2, D: 4, E: 4 }, true)],
    // Own vectors: each cluster one symptom short (an item at 1 is not endorsed)
    ['B short: item 1 at 1', { ...withItems(2, [6, 8, 9, 15, 16]), '1': 1 }, result(11, 'below-cutoff', { B: 1, C: 2, D: 4, E: 4 }, false)],
    ['C short: item 6 at 1', { ...withItems(2, [1, 8, 9, 15, 16]), '6': 1 }, result(11, 'below-cutoff', { B: 2, C: 1, D: 4, E: 4 }, false)],
    ['D short: one D symptom', withItems(2, [1, 6, 8, 15, 16]), result(10, 'below-cutoff', { B: 2, C: 2, D: 2, E: 4 }, false)],
    ['E short: one E symptom', withItems(2, [1, 6, 8, 9, 15]), result(10, 'below-cutoff', { B: 2, C: 2, D: 4, E: 2 }, false)],
    ['symptoms at the cluster edges', withItems(3, [5, 7, 13, 14, 19, 20]), result(18, 'below-cutoff', { B: 3, C: 3, D: 6, E: 6 }, true)],
    ['high total without the cluster pattern', withItems(4, [1, 2, 3, 4, 5, 6, 7, 8, 15, 16]), result(40, 'probable-ptsd', { B: 20, C: 8, D: 4, E: 8 }, false)],
    [
      'every item different: item n = n mod 5',
      Object.fromEntries(keys.map((key) => [key, Number(key) % 5])),
      result(40, 'probable-ptsd', { B: 10, C: 3, D: 17, E: 10 }, true),
    ],
  ])('%s', (_name, answers, expected) => {
    expect(scoreInstrument(pcl5, answers)).toEqual(expected);
  });

  it.each([
    [{ ...all(1), '21': 1 }, '21', 'unknown-item', 'pcl5: unknown item "21"; items are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20'],
    [{ ...all(1), '20': undefined }, '20', 'missing', 'pcl5: item "20" is required (0–4)'],
    [{ ...all(1), '3': 5 }, '3', 'not-allowed', 'pcl5: item "3" must be one of 0–4, not 5'],
    [{ ...all(1), '3': 2.5 }, '3', 'not-allowed', 'pcl5: item "3" must be one of 0–4, not 2.5'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(pcl5, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });

  it('ships the published item text, public domain, with the confirmed LOINC codes', () => {
    expect(pcl5.licence).toMatchObject({ status: 'public-domain', itemTextShipped: true });
    expect(pcl5.loinc).toEqual({ panel: '101697-1', total: '101698-9' });
    expect(pcl5.items).toHaveLength(20);
    expect(pcl5.items.every((item) => item.label.endsWith('?'))).toBe(true);
  });
});
