import { describe, expect, it } from 'vitest';
import { addYears, checkReportPeriod, retentionYearsOf } from './report-period.js';

describe('report periods and retention', () => {
  it.each([
    ['2026-11-01', '2026-11-30', 2, { kind: 'ok', period: { from: '2026-11-01', to: '2026-11-30', toExclusive: '2026-12-01' } }],
    ['2026-11-30', '2026-11-30', 2, { kind: 'ok', period: { from: '2026-11-30', to: '2026-11-30', toExclusive: '2026-12-01' } }],
    ['2024-11-30', '2026-11-30', 2, { kind: 'ok', period: { from: '2024-11-30', to: '2026-11-30', toExclusive: '2026-12-01' } }],
    ['2024-11-30', '2026-12-01', 2, { kind: 'invalid', field: 'to', message: 'At most 2 years after from (2026-11-30); ask for several reports' }],
    ['2021-11-30', '2026-11-30', 5, { kind: 'ok', period: { from: '2021-11-30', to: '2026-11-30', toExclusive: '2026-12-01' } }],
    ['2026-12-01', '2026-11-30', 2, { kind: 'invalid', field: 'to', message: 'On or after from' }],
    ['2026-02-30', '2026-03-01', 2, { kind: 'invalid', field: 'from', message: 'A date as YYYY-MM-DD' }],
    ['2026-02-01', '26-03-01', 2, { kind: 'invalid', field: 'to', message: 'A date as YYYY-MM-DD' }],
  ] as const)('%s to %s with %i years of retention', (from, to, years, expected) => {
    expect(checkReportPeriod(from, to, years)).toEqual(expected);
  });

  it('keeps records at least two years whatever is configured, and moves 29 February to 1 March', () => {
    expect([retentionYearsOf(null), retentionYearsOf(undefined), retentionYearsOf(1), retentionYearsOf(5)]).toEqual([2, 2, 2, 5]);
    expect(addYears('2028-02-29', 2)).toBe('2030-03-01');
  });
});
