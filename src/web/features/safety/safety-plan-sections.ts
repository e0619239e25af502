import type { SafetyPlan } from '../../api/client';

/** The seven steps of the Stanley–Brown safety plan, in the order the patient works through them. */
export const safetyPlanSections: { key: keyof SafetyPlan; title: string }[] = [
  { key: 'warningSigns', title: 'Warning signs' },
  { key: 'internalCoping', title: 'Things I can do on my own' },
  { key: 'socialDistraction', title: 'People and places that take my mind off things' },
  { key: 'peopleToAsk', title: 'People I can ask for help' },
  { key: 'professionals', title: 'Professionals and crisis lines' },
  { key: 'lethalMeansSafety', title: 'Making my surroundings safer' },
  { key: 'reasonsForLiving', title: 'What matters most to me' },
];
