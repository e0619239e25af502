import type { TreatmentBlocker } from './plan-types';

export interface BlockerStep {
  /** What to do next, in plain words. */
  next: string;
  /** Where to do it, when it is done in Ketaclinic. */
  link?: { label: string; to: (patientId: string) => string };
}

const record = { label: 'Open the record', to: (patientId: string) => `/patients/${patientId}` };

/** For each reason treatment cannot start, what to do about it. The server's message says what is wrong. */
export const blockerSteps: Record<TreatmentBlocker['code'], BlockerStep> = {
  INTAKE_INCOMPLETE: { next: 'Finish the missing sections of the intake.', link: record },
  ELIGIBILITY_NOT_DECIDED: { next: 'A prescriber reviews the eligibility check for this route and records a decision.', link: record },
  ELIGIBILITY_DECLINED: { next: 'Treatment on this route cannot start. Choose another protocol, or a prescriber records a new decision if things have changed.' },
  ELIGIBILITY_CHANGED: { next: 'A prescriber reviews what changed in the record and records a new eligibility decision.', link: record },
  CONSENT_NOT_CURRENT: {
    next: 'The patient reads and signs the consent for this treatment, and a clinician countersigns it.',
    link: { label: 'Open consent', to: (patientId) => `/patients/${patientId}/consent` },
  },
  REMS_ENROLMENT_MISSING: { next: 'Enrol the patient in the Spravato REMS, then record the enrolment.', link: record },
  REMS_SETTING_NOT_CERTIFIED: { next: 'Ask your clinic’s administrator to record this location’s Spravato REMS certification. Esketamine cannot be given here until then.' },
  BASELINE_MEASURES_MISSING: {
    next: 'Record the baseline measures before the first session.',
    link: { label: 'Record a measure', to: (patientId) => `/patients/${patientId}/assessments/new` },
  },
  WEIGHT_MISSING: { next: 'Weigh the patient and record the weight on their record.', link: record },
};

/** A blocker the server knows and this screen does not yet still gets its message, with a general next step. */
export const stepFor = (code: string): BlockerStep => blockerSteps[code as TreatmentBlocker['code']] ?? { next: 'Resolve this, then try again.' };
