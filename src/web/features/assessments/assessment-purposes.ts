import type { NewAssessmentBody } from '../../api/measure-types';

export type AssessmentPurpose = NonNullable<NewAssessmentBody['purpose']>;

/** Why the measure was taken; the server's list, in the order of a course of treatment. */
export const purposeLabels: Record<AssessmentPurpose, string> = {
  baseline: 'Baseline',
  'pre-session': 'Before a session',
  'post-session': 'After a session',
  'follow-up': 'Follow-up',
  routine: 'Routine',
};

export const purposeLabel = (purpose: string) => purposeLabels[purpose as AssessmentPurpose] ?? purpose;
