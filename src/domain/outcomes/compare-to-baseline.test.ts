import { describe, expect, it } from 'vitest';
import { compareToBaseline, daysToFirstResponse, jacobsonTruaxRci } from './compare-to-baseline.js';
import { defaultOutcomeRules } from './outcome-rules.js';

const phq9 = defaultOutcomeRules.phq9!;
const ybocs = defaultOutcomeRules.ybocs!;

describe('compareToBaseline', () => {
  it.each([
    // baseline, current, response, remission (PHQ-9: ≥ 50 % fall; remission < 5)
    [20, 10, true, false],
    [20, 11, false, false],
    [20, 4, true, true],
    [20, 5, true, false],
    [8, 4, true, true],
    [14, 14, false, false],
    [10, 15, false, false],
  ])('PHQ-9 %i → %i: response %s, remission %s', (baseline, current, response, remission) => {
    expect(compareToBaseline(baseline, current, phq9)).toMatchObject({ response, remission, change: current - baseline });
  });

  it('uses a 35 % fall for Y-BOCS (Rodriguez 2013)', () => {
    expect(compareToBaseline(26, 17, ybocs).response).toBe(false); // 34.6 %
    expect(compareToBaseline(26, 16, ybocs).response).toBe(true);
    expect(compareToBaseline(20, 14, ybocs).response).toBe(false); // 30 %
    expect(compareToBaseline(20, 13, ybocs).response).toBe(true); // 35 %
  });

  it('flags a low baseline, and gives no response for a baseline of zero', () => {
    expect(compareToBaseline(8, 4, phq9).lowBaseline).toBe(true);
    expect(compareToBaseline(10, 4, phq9).lowBaseline).toBe(false);
    expect(compareToBaseline(0, 0, phq9)).toMatchObject({ response: null, fractionImproved: null, remission: true });
  });

  it('computes the Jacobson–Truax index only with clinic-supplied reliability', () => {
    expect(compareToBaseline(20, 10, phq9).reliableChange).toBeNull();
    // SD 5, r 0.84 → S_E = 2, S_diff = 2.83; 20 → 10 is −3.54: reliable improvement
    const result = compareToBaseline(20, 10, phq9, { reliability: 0.84, standardDeviation: 5 });
    expect(result.reliableChange?.index).toBeCloseTo(-3.536, 3);
    expect(result.reliableChange).toMatchObject({ reliable: true, direction: 'improved' });
    expect(compareToBaseline(20, 16, phq9, { reliability: 0.84, standardDeviation: 5 }).reliableChange).toMatchObject({ reliable: false, direction: 'unchanged' });
    expect(compareToBaseline(10, 16, phq9, { reliability: 0.84, standardDeviation: 5 }).reliableChange).toMatchObject({ reliable: true, direction: 'worsened' });
    expect(jacobsonTruaxRci(10, 10, { reliability: 0.9, standardDeviation: 4 })).toBe(0);
  });
});

describe('daysToFirstResponse', () => {
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
  it('counts days from baseline to the first responding result', () => {
    expect(daysToFirstResponse([{ completedAt: day(0), total: 22 }, { completedAt: day(3), total: 15 }, { completedAt: day(9), total: 11 }, { completedAt: day(12), total: 6 }], phq9)).toBe(9);
    expect(daysToFirstResponse([{ completedAt: day(0), total: 22 }, { completedAt: day(3), total: 15 }], phq9)).toBeNull();
    expect(daysToFirstResponse([], phq9)).toBeNull();
  });
});
