import { describe, expect, it } from 'vitest';
import { currentTreatmentPhase, type PlanPhaseFacts } from './treatment-phase.js';

const now = new Date('2026-11-27T10:00:00Z');
const course = (overrides: Partial<PlanPhaseFacts> = {}): PlanPhaseFacts => ({
  status: 'active',
  activatedAt: '2026-11-16T09:00:00.000Z',
  endedAt: null,
  inductionDates: ['2026-11-16', '2026-11-18', '2026-11-20', '2026-11-23', '2026-11-25', '2026-11-27'],
  ...overrides,
});

describe('currentTreatmentPhase', () => {
  it('is intake before any course starts (a draft does not count)', () => {
    expect(currentTreatmentPhase([course({ status: 'draft', activatedAt: null })], now).phase).toBe('intake');
  });
  it('is induction up to and including the last induction session', () => {
    expect(currentTreatmentPhase([course()], now)).toEqual({ phase: 'induction', startedAt: new Date('2026-11-16T09:00:00.000Z') });
  });
  it('is maintenance from the day after the last induction session', () => {
    expect(currentTreatmentPhase([course({ inductionDates: ['2026-11-16', '2026-11-20'] })], now)).toEqual({ phase: 'maintenance', startedAt: new Date('2026-11-21T00:00:00.000Z') });
  });
  it('is follow-up once the newest course ended', () => {
    expect(currentTreatmentPhase([course({ status: 'completed', endedAt: '2026-11-26T12:00:00.000Z' })], now)).toEqual({ phase: 'follow-up', startedAt: new Date('2026-11-26T12:00:00.000Z') });
  });
});
