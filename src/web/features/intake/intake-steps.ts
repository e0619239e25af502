import type { IntakeResponse } from './intake-api';
import { drugScreenStep } from './drug-screen-step';
import { indicationsStep } from './indications-step';
import { medicalReviewStep } from './medical-review-step';
import { pregnancyStep } from './pregnancy-step';
import { psychiatricHistoryStep } from './psychiatric-history-step';
import { referralStep } from './referral-step';
import { type AnySectionStep, anyStep } from './section-step';
import { substanceUseStep } from './substance-use-step';
import { vitalsStep } from './vitals-step';

/** A step of the wizard: one section of the intake, or one of the two steps that only show and finish. */
export type WizardStep = { kind: 'section'; title: string; section: AnySectionStep } | { kind: 'baseline-measures'; title: string } | { kind: 'complete'; title: string };

const section = (step: AnySectionStep): WizardStep => ({ kind: 'section', title: step.title, section: step });

/** In interview order; pregnancy only when the patient's sex at birth and age call for it. */
export function wizardSteps(intake: Pick<IntakeResponse, 'pregnancyStatusNeeded'>): WizardStep[] {
  return [
    section(anyStep(referralStep)),
    section(anyStep(indicationsStep)),
    section(anyStep(psychiatricHistoryStep)),
    section(anyStep(substanceUseStep)),
    section(anyStep(medicalReviewStep)),
    section(anyStep(vitalsStep)),
    ...(intake.pregnancyStatusNeeded ? [section(anyStep(pregnancyStep))] : []),
    section(anyStep(drugScreenStep)),
    { kind: 'baseline-measures', title: 'Baseline measures' },
    { kind: 'complete', title: 'Review and complete' },
  ];
}
