import type { IntakeResponse } from './intake-api';

/** An intake as the API answers, for the web tests: nothing saved yet unless `overrides` say so. */
export function intakeResponse(overrides: Partial<IntakeResponse> = {}): IntakeResponse {
  return {
    status: 'not-started',
    revision: 0,
    sections: {},
    confidentiality: 'normal',
    updatedAt: null,
    completedAt: null,
    missingSections: ['referral', 'indications', 'psychiatric-history', 'substance-use', 'medical-review', 'vitals', 'pregnancy', 'drug-screen'],
    pregnancyStatusNeeded: true,
    treatmentResistance: null,
    baselineMeasures: [
      { instrumentIds: ['phq9'], completedInstrumentId: 'phq9', completedAt: '2025-01-08T15:00:00.000Z' },
      { instrumentIds: ['cssrs-screener'], completedInstrumentId: null, completedAt: null },
    ],
    ...overrides,
  };
}
