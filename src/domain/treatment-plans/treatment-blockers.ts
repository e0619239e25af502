import type { ConsentState } from '../consent/consent-status.js';

export interface TreatmentBlocker {
  code:
    | 'INTAKE_INCOMPLETE'
    | 'ELIGIBILITY_NOT_DECIDED'
    | 'ELIGIBILITY_DECLINED'
    | 'ELIGIBILITY_CHANGED'
    | 'CONSENT_NOT_CURRENT'
    | 'REMS_ENROLMENT_MISSING'
    | 'REMS_SETTING_NOT_CERTIFIED'
    | 'BASELINE_MEASURES_MISSING'
    | 'WEIGHT_MISSING';
  message: string;
}

export interface ReadinessFacts {
  route: string;
  intakeCompleted: boolean;
  /** The newest decision for this route, with what the rules said then. */
  latestDecision: { decision: 'proceed' | 'decline'; evaluatedDecision: 'eligible' | 'needs-review' | 'excluded' } | null;
  /** What the rules say today. */
  evaluatedNow: 'eligible' | 'needs-review' | 'excluded';
  consentState: ConsentState;
  remsEnrolled: boolean;
  remsSettingCertified: boolean;
  missingBaselineInstruments: string[];
  weightRecorded: boolean;
  weightNeeded: boolean;
}

const rank = { eligible: 0, 'needs-review': 1, excluded: 2 } as const;

const consentWords: Record<ConsentState, string> = {
  'not-signed': 'The patient has not signed the consent for this treatment.',
  'awaiting-countersignature': 'The patient signed the consent; a clinician must countersign it.',
  current: '',
  'new-version-to-sign': 'A new version of the consent document was published: the patient must read and sign it.',
  revoked: 'The patient revoked their consent for this treatment.',
};

/**
 * Everything that must be true before a course starts and before each session (issue 5): a completed intake, a
 * prescriber's decision to proceed that still matches what the rules say, current consent for the route, the
 * baseline measures, a weight for weight-based doses and, for esketamine, the REMS enrolment and a certified
 * setting (Spravato REMS). An empty list means treatment may go ahead.
 */
export function treatmentBlockers(facts: ReadinessFacts): TreatmentBlocker[] {
  const blockers: TreatmentBlocker[] = [];
  if (!facts.intakeCompleted) blockers.push({ code: 'INTAKE_INCOMPLETE', message: 'Complete the intake first.' });
  const decision = facts.latestDecision;
  if (!decision) blockers.push({ code: 'ELIGIBILITY_NOT_DECIDED', message: 'A prescriber has not yet decided eligibility for this route.' });
  else if (decision.decision === 'decline') blockers.push({ code: 'ELIGIBILITY_DECLINED', message: 'The latest eligibility decision for this route was to decline treatment.' });
  else if (rank[facts.evaluatedNow] > rank[decision.evaluatedDecision])
    blockers.push({ code: 'ELIGIBILITY_CHANGED', message: `The record changed since the decision: the rules now say "${facts.evaluatedNow}". A prescriber must decide again.` });
  if (facts.consentState !== 'current') blockers.push({ code: 'CONSENT_NOT_CURRENT', message: consentWords[facts.consentState] });
  if (facts.route === 'intranasal-esketamine') {
    if (!facts.remsEnrolled) blockers.push({ code: 'REMS_ENROLMENT_MISSING', message: 'Record the patient’s Spravato REMS enrolment before the first esketamine session.' });
    if (!facts.remsSettingCertified) blockers.push({ code: 'REMS_SETTING_NOT_CERTIFIED', message: 'The treating location has no recorded Spravato REMS certification.' });
  }
  if (facts.missingBaselineInstruments.length > 0)
    blockers.push({ code: 'BASELINE_MEASURES_MISSING', message: `Baseline measures still to do: ${facts.missingBaselineInstruments.join(', ')}.` });
  if (facts.weightNeeded && !facts.weightRecorded) blockers.push({ code: 'WEIGHT_MISSING', message: 'Record the patient’s weight: the dose is calculated from it.' });
  return blockers;
}
