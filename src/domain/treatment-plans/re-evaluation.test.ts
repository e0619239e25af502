import { describe, expect, it } from 'vitest';
import { defaultOutcomeRules } from '../outcomes/outcome-rules.js';
import { reEvaluateAfterInduction } from './re-evaluation.js';

const base = {
  status: 'active',
  startDate: '2026-11-02',
  inductionDates: ['2026-11-02', '2026-11-04', '2026-11-06', '2026-11-09', '2026-11-11', '2026-11-13'],
  rules: defaultOutcomeRules,
  totals: {
    phq9: [
      { completedOn: '2026-10-30', total: 20 },
      { completedOn: '2026-11-09', total: 12 },
      { completedOn: '2026-11-14', total: 4 },
    ],
  },
};

describe('reEvaluateAfterInduction', () => {
  it('is not due while induction sessions remain', () => {
    expect(reEvaluateAfterInduction({ ...base, today: '2026-11-13' })).toMatchObject({ due: false, afterDate: '2026-11-13' });
  });

  it('is due the day after the last induction session, with response and remission on PHQ-9', () => {
    const result = reEvaluateAfterInduction({ ...base, today: '2026-11-14' })!;
    expect(result.due).toBe(true);
    expect(result.outcomes).toEqual([{ instrumentId: 'phq9', baseline: 20, latest: 4, change: -16, fractionImproved: 0.8, response: true, remission: true }]);
  });

  it('reports no outcome without a baseline before the course began', () => {
    const result = reEvaluateAfterInduction({ ...base, today: '2026-11-20', totals: { phq9: [{ completedOn: '2026-11-09', total: 12 }] } })!;
    expect(result.outcomes).toEqual([]);
  });

  it('has nothing to say about drafts', () => {
    expect(reEvaluateAfterInduction({ ...base, status: 'draft', today: '2026-11-20' })).toBeNull();
  });
});
