/** A complete, unremarkable intake (synthetic): each test overrides the section it is about. */
export const completeIntakeSections = {
  referral: { source: 'psychiatrist', referrerName: 'Dr Example Referrer', reason: 'Depression not helped by three antidepressants.' },
  indications: { indications: ['treatment-resistant-depression'] },
  'psychiatric-history': {
    antidepressantTrials: [
      { drug: 'sertraline', doseMgPerDay: 150, weeks: 10, response: 'partial' },
      { drug: 'venlafaxine', doseMgPerDay: 225, weeks: 8, response: 'none' },
      { drug: 'bupropion', doseMgPerDay: 300, weeks: 3, response: 'not-tolerated' },
    ],
    psychotherapy: 'CBT, 20 sessions',
    hospitalisations: 0,
    suicideAttempts: 0,
    psychosisHistory: false,
    maniaHistory: false,
    currentPsychosis: false,
    currentMania: false,
  },
  'substance-use': { substances: [{ substance: 'alcohol', pattern: 'past' }], ketamineMisuseHistory: false },
  'medical-review': { allergiesReviewed: true, medicationsReconciled: true },
  vitals: { bloodPressure: [{ systolicMmHg: 128, diastolicMmHg: 82 }, { systolicMmHg: 124, diastolicMmHg: 80 }], heartRateBpm: 72, weightKg: 70, heightCm: 170 },
  pregnancy: { status: 'not-pregnant', testOn: '2026-11-26', testResult: 'negative', breastfeeding: false },
  'drug-screen': { result: 'negative', collectedOn: '2026-11-26' },
};

/** A 1×1 PNG, standing in for a drawn signature. */
export const testSignatureImage = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
