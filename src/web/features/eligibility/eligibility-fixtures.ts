import { patientId } from '../../testing/fixtures';
import type { EligibilityDecisionRecord, PatientEligibility } from './eligibility-api';

export const relativeReason = { code: 'UNCONTROLLED_HYPERTENSION', severity: 'relative', message: 'Blood pressure 165/100 mmHg is above the clinic’s limit of 160/100.', source: 'APA consensus statement 2017' } as const;
export const absoluteReason = { code: 'ACTIVE_PSYCHOSIS', severity: 'absolute', message: 'Psychosis now: ketamine can worsen it.', source: 'SPEC.md §8; McIntyre 2021' } as const;
export const warningReason = { code: 'BENZODIAZEPINE_DOSE', severity: 'warning', message: 'Lorazepam 2 mg/day may blunt the response.', source: 'Albott 2017' } as const;
export const infoReason = { code: 'MISSING_DATA', severity: 'info', message: 'No C-SSRS screener on record.', source: 'SPEC.md §8' } as const;

/** The evaluation for a route as the API answers it. */
export function evaluation(overrides: Partial<PatientEligibility> = {}): PatientEligibility {
  return {
    route: 'iv',
    facts: { ageYears: 44, route: 'iv', conditions: [{ icd10: 'F33.1', status: 'active' }], vitals: { systolicMmHg: 165, diastolicMmHg: 100, heartRateBpm: 80 }, allergies: [] },
    result: { decision: 'needs-review', reasons: [warningReason, relativeReason, infoReason] },
    ruleSetVersion: 0,
    latestDecision: null,
    ...overrides,
  };
}

export function decisionRecord(overrides: Partial<EligibilityDecisionRecord> = {}): EligibilityDecisionRecord {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    route: 'iv',
    decision: 'proceed',
    evaluatedDecision: 'needs-review',
    override: 'relative',
    justification: 'Blood pressure controlled on the day with amlodipine; benefit outweighs the risk.',
    reasons: [relativeReason],
    ruleSetVersion: 0,
    decidedBy: { userId: '33333333-3333-4333-8333-333333333333', name: 'Dr Pat Prescriber' },
    decidedAt: '2025-01-11T10:30:00.000Z',
    ...overrides,
  };
}

export const eligibilityPath = `/api/patients/${patientId}/eligibility`;
export const decisionsPath = `/api/patients/${patientId}/eligibility-decisions`;
export const remsPath = `/api/patients/${patientId}/rems-enrolment`;
