import { describe, expect, it } from 'vitest';
import { pickBaseline, summariseOutcome } from './outcome-summary';

const series = (...totals: (number | null)[]) => totals.map((total) => ({ total, purpose: 'routine' }));

describe('summariseOutcome', () => {
  it.each([
    ['phq9', series(20, 15, 9), 'Baseline 20 → latest 9: response (≥ 50 % fall), no remission'],
    ['phq9', series(20, 4), 'Baseline 20 → latest 4: response (≥ 50 % fall), remission (≤ 4)'],
    ['phq9', series(20, 11), 'Baseline 20 → latest 11: no response (45 % fall; response is ≥ 50 % fall), no remission'],
    ['phq9', series(12, 15), 'Baseline 12 → latest 15: no response (25 % rise; response is ≥ 50 % fall), no remission'],
    ['phq9', series(8, 3), 'Baseline 8 → latest 3: response (≥ 50 % fall), remission (≤ 4), low baseline (below 10), so a response means little'],
    ['ybocs', series(24, 15), 'Baseline 24 → latest 15: response (≥ 35 % fall), no remission'],
    ['pcl5', series(50, 30), 'Baseline 50 → latest 30'],
    ['daily-mood', series(3, 7), 'Baseline 3 → latest 7'],
    ['phq9', series(14), 'Baseline 14; no later result yet'],
    ['cssrs-screener', series(null, null), null],
  ])('%s %j', (instrumentId, points, expected) => {
    expect(summariseOutcome(instrumentId, points)).toBe(expected);
  });

  it('measures from the result marked baseline when there is one', () => {
    const points = [
      { total: 12, purpose: 'routine' },
      { total: 22, purpose: 'baseline' },
      { total: 10, purpose: 'follow-up' },
    ];
    expect(pickBaseline(points)).toBe(points[1]);
    expect(summariseOutcome('phq9', points)).toBe('Baseline 22 → latest 10: response (≥ 50 % fall), no remission');
  });
});
