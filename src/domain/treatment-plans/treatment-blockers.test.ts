import { describe, expect, it } from 'vitest';
import { type ReadinessFacts, treatmentBlockers } from './treatment-blockers.js';

const ready: ReadinessFacts = {
  route: 'iv',
  intakeCompleted: true,
  latestDecision: { decision: 'proceed', evaluatedDecision: 'eligible' },
  evaluatedNow: 'eligible',
  consentState: 'current',
  remsEnrolled: false,
  remsSettingCertified: false,
  missingBaselineInstruments: [],
  weightRecorded: true,
  weightNeeded: true,
};

describe('treatmentBlockers', () => {
  it.each([
    ['nothing missing', {}, []],
    ['intake not complete', { intakeCompleted: false }, ['INTAKE_INCOMPLETE']],
    ['no decision', { latestDecision: null }, ['ELIGIBILITY_NOT_DECIDED']],
    ['declined', { latestDecision: { decision: 'decline', evaluatedDecision: 'eligible' } }, ['ELIGIBILITY_DECLINED']],
    ['worse than when decided', { evaluatedNow: 'excluded' }, ['ELIGIBILITY_CHANGED']],
    ['better than when decided is fine', { latestDecision: { decision: 'proceed', evaluatedDecision: 'needs-review' } }, []],
    ['consent awaiting countersignature', { consentState: 'awaiting-countersignature' }, ['CONSENT_NOT_CURRENT']],
    ['consent revoked', { consentState: 'revoked' }, ['CONSENT_NOT_CURRENT']],
    ['esketamine without REMS', { route: 'intranasal-esketamine' }, ['REMS_ENROLMENT_MISSING', 'REMS_SETTING_NOT_CERTIFIED']],
    ['esketamine with REMS', { route: 'intranasal-esketamine', remsEnrolled: true, remsSettingCertified: true }, []],
    ['baseline missing', { missingBaselineInstruments: ['phq9'] }, ['BASELINE_MEASURES_MISSING']],
    ['no weight for a weight-based dose', { weightRecorded: false }, ['WEIGHT_MISSING']],
    ['no weight for a fixed dose', { weightRecorded: false, weightNeeded: false }, []],
  ] as [string, Partial<ReadinessFacts>, string[]][])('%s', (_label, change, codes) => {
    expect(treatmentBlockers({ ...ready, ...change }).map((blocker) => blocker.code)).toEqual(codes);
  });
});
