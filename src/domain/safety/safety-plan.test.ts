import { describe, expect, it } from 'vitest';
import { planForDisplay, safetyPlanSchema } from './safety-plan.js';

describe('the Stanley–Brown safety plan', () => {
  it('fills missing sections with empty lists and refuses unknown ones', () => {
    expect(safetyPlanSchema.parse({ warningSigns: ['Not sleeping'] }).reasonsForLiving).toEqual([]);
    expect(safetyPlanSchema.safeParse({ notes: ['x'] }).success).toBe(false);
  });

  it('always shows the crisis lines, once', () => {
    const plan = safetyPlanSchema.parse({ professionals: ['Dr Demo, +1 555 0100', '988 Suicide & Crisis Lifeline (call or text 988)'] });
    expect(planForDisplay(plan).professionals).toEqual(['Dr Demo, +1 555 0100', '988 Suicide & Crisis Lifeline (call or text 988)', 'Emergency services: 911']);
  });
});
