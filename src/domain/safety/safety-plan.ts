import { z } from 'zod';

const entries = (max: number) => z.array(z.string().trim().min(1).max(300)).max(max).default([]);

/**
 * The Stanley–Brown safety plan (Stanley & Brown 2012; sections as SPEC.md §1.15 lists them), written with
 * the patient. Crisis lines are always added when it is shown, whatever was written.
 */
export const safetyPlanSchema = z
  .object({
    warningSigns: entries(10).describe('Thoughts, images, moods or situations that signal a crisis may be coming'),
    internalCoping: entries(10).describe('Things I can do on my own to take my mind off my problems'),
    socialDistraction: entries(10).describe('People and places that help me think of something else'),
    peopleToAsk: entries(10).describe('People I can ask for help, with their phone numbers'),
    professionals: entries(10).describe('Clinicians and agencies I can contact in a crisis'),
    lethalMeansSafety: entries(10).describe('How I will make my environment safer'),
    reasonsForLiving: entries(10).describe('The one thing most important to me and worth living for'),
  })
  .strict();
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;

export const alwaysListedCrisisContacts = ['988 Suicide & Crisis Lifeline (call or text 988)', 'Emergency services: 911'] as const;

/** The plan as it is shown: the professionals section always ends with the crisis lines. */
export function planForDisplay(plan: SafetyPlan): SafetyPlan {
  const missing = alwaysListedCrisisContacts.filter((contact) => !plan.professionals.includes(contact));
  return { ...plan, professionals: [...plan.professionals, ...missing] };
}
