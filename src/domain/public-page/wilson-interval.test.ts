import { describe, expect, it } from 'vitest';
import { toPercent1dp, wilsonInterval } from './wilson-interval.js';

describe('wilsonInterval (95 %)', () => {
  // Worked by hand for 9 of 20, z = 1.959964, z² = 3.841459:
  //   p̂ = 0.45; z²/n = 0.192073; 1 + z²/n = 1.192073
  //   centre = (0.45 + 3.841459/40) / 1.192073 = 0.546036 / 1.192073 = 0.458056
  //   half   = 1.959964/1.192073 · √(0.45·0.55/20 + 3.841459/1600) = 1.644164 · √0.0147759 = 1.644164 · 0.121556 = 0.199858
  //   → 0.258198 to 0.657915: 25.8 % to 65.8 %.
  // The other rows were checked with Python's statistics.NormalDist (inv_cdf(0.975)) and the same formula.
  it.each([
    [9, 20, 45.0, 25.8, 65.8],
    [0, 11, 0.0, 0.0, 25.9],
    [11, 11, 100.0, 74.1, 100.0],
    [5, 11, 45.5, 21.3, 72.0],
    [6, 12, 50.0, 25.4, 74.6],
    [4, 200, 2.0, 0.8, 5.0],
    [1, 2, 50.0, 9.5, 90.5],
  ])('%i of %i → %f % (%f–%f)', (successes, trials, percent, lower, upper) => {
    const interval = wilsonInterval(successes, trials);
    expect(toPercent1dp(interval.proportion)).toBe(percent);
    expect(toPercent1dp(interval.lower)).toBe(lower);
    expect(toPercent1dp(interval.upper)).toBe(upper);
  });

  it('keeps the interval inside [0, 1] and around the proportion', () => {
    for (let trials = 1; trials <= 60; trials += 1) {
      for (let successes = 0; successes <= trials; successes += 1) {
        const { proportion, lower, upper } = wilsonInterval(successes, trials);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(upper).toBeLessThanOrEqual(1);
        expect(lower).toBeLessThanOrEqual(proportion + 1e-12);
        expect(upper).toBeGreaterThanOrEqual(proportion - 1e-12);
      }
    }
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(1, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2)).toThrow(RangeError);
  });
});
