import type { ConsentKind } from '../../domain/consent/consent-document.js';
import type { IntakeSections } from '../../domain/intake/intake-sections.js';

/**
 * Where each demo patient stands between intake and treatment, so the demo shows the whole decision space:
 * an active IV course with a trajectory (DEMO-0001), an intake half done (0002), pregnancy excluding (0003),
 * blood pressure and bipolar disorder needing review (0004), nothing yet (0005), and an esketamine patient
 * enrolled in REMS (0006). All synthetic.
 */
export interface DemoJourney {
  mrn: string;
  intake: IntakeSections;
  intakeComplete: boolean;
  /** [instrument, wanted total, days ago]; the first of each instrument is the baseline. */
  assessments: [string, number, number][];
  decision?: { route: 'iv' | 'intranasal-esketamine'; by: 'prescriber@ketaclinic-demo.example' };
  consent?: ConsentKind;
  remsEnrolled?: boolean;
  plan?: { protocolKey: string; startDaysAgo: number; goals: string; status: 'draft' | 'active' };
}

const noHistory = { hospitalisations: 0, suicideAttempts: 0, psychosisHistory: false, maniaHistory: false, currentPsychosis: false, currentMania: false };
const reviewed = { allergiesReviewed: true, medicationsReconciled: true } as const;
const clearScreen = { result: 'negative', collectedOn: null } as const;
const trials = [
  { drug: 'sertraline', doseMgPerDay: 150, weeks: 12, response: 'partial' },
  { drug: 'venlafaxine', doseMgPerDay: 225, weeks: 8, response: 'none' },
  { drug: 'bupropion', doseMgPerDay: 300, weeks: 6, response: 'none' },
] as const;

const onCourse = (mrn: string, weightKg: number, heightCm: number, pregnancy: boolean, startDaysAgo: number): DemoJourney => ({
  mrn,
  intake: {
    referral: { source: 'psychiatrist', referrerName: 'Dr Demo Referrer', reason: 'Depression not helped by three antidepressants.' },
    indications: { indications: ['treatment-resistant-depression'] },
    'psychiatric-history': { ...noHistory, antidepressantTrials: [...trials] },
    'substance-use': { substances: [], ketamineMisuseHistory: false },
    'medical-review': reviewed,
    vitals: { bloodPressure: [{ systolicMmHg: 124, diastolicMmHg: 80 }, { systolicMmHg: 120, diastolicMmHg: 78 }], heartRateBpm: 72, weightKg, heightCm },
    ...(pregnancy ? { pregnancy: { status: 'not-pregnant', testResult: 'negative', testOn: null, breastfeeding: false } } : {}),
    'drug-screen': clearScreen,
  },
  intakeComplete: true,
  assessments: [
    ['cssrs-screener', 0, startDaysAgo + 3],
    ['phq9', 17, startDaysAgo + 3],
    ['qids-sr16', 14, startDaysAgo + 3],
    ['madrs', 26, startDaysAgo + 3],
    ['cssrs-screener', 0, 0],
  ],
  decision: { route: 'iv', by: 'prescriber@ketaclinic-demo.example' },
  consent: 'racemic-iv-im',
  plan: { protocolKey: 'iv-racemic-depression', startDaysAgo, goals: 'Response by the end of the induction series.', status: 'active' },
});

export const demoJourneys: DemoJourney[] = [
  {
    mrn: 'DEMO-0001',
    intake: {
      referral: { source: 'psychiatrist', referrerName: 'Dr Demo Referrer', reason: 'Recurrent severe depression not helped by three antidepressants.' },
      indications: { indications: ['treatment-resistant-depression'] },
      'psychiatric-history': { ...noHistory, antidepressantTrials: [...trials], psychotherapy: 'CBT, 16 sessions (2022)' },
      'substance-use': { substances: [{ substance: 'alcohol', pattern: 'past', detail: 'Social drinking; none since 2023' }], ketamineMisuseHistory: false },
      'medical-review': reviewed,
      vitals: { bloodPressure: [{ systolicMmHg: 122, diastolicMmHg: 78 }, { systolicMmHg: 118, diastolicMmHg: 76 }], heartRateBpm: 70, weightKg: 64.5, heightCm: 168 },
      pregnancy: { status: 'not-pregnant', testResult: 'negative', testOn: null, breastfeeding: false },
      'drug-screen': clearScreen,
    },
    intakeComplete: true,
    assessments: [
      ['cssrs-screener', 0, 24],
      ['phq9', 19, 24],
      ['qids-sr16', 16, 24],
      ['madrs', 28, 24],
      ['phq9', 15, 17],
      ['phq9', 11, 12],
      ['phq9', 8, 7],
      ['phq9', 6, 2],
    ],
    decision: { route: 'iv', by: 'prescriber@ketaclinic-demo.example' },
    consent: 'racemic-iv-im',
    plan: { protocolKey: 'iv-racemic-depression', startDaysAgo: 21, goals: 'PHQ-9 below 10; back to work part-time.', status: 'active' },
  },
  {
    mrn: 'DEMO-0002',
    intake: {
      referral: { source: 'therapist', referrerName: 'Demo Trauma Therapist', reason: 'PTSD with heavy drinking; trauma-focused therapy stalled.' },
      indications: { indications: ['ptsd', 'alcohol-use-disorder'] },
    },
    intakeComplete: false,
    assessments: [],
  },
  {
    mrn: 'DEMO-0003',
    intake: {
      referral: { source: 'self', reason: 'Obsessions and compulsions despite two SSRIs.' },
      indications: { indications: ['ocd'] },
      'psychiatric-history': { ...noHistory, antidepressantTrials: [{ drug: 'fluoxetine', doseMgPerDay: 60, weeks: 12, response: 'partial' }] },
      'substance-use': { substances: [], ketamineMisuseHistory: false },
      'medical-review': reviewed,
      vitals: { bloodPressure: [{ systolicMmHg: 112, diastolicMmHg: 70 }, { systolicMmHg: 110, diastolicMmHg: 72 }], heartRateBpm: 76, weightKg: 55.2, heightCm: 160 },
      pregnancy: { status: 'pregnant', testResult: 'positive', testOn: null, breastfeeding: false },
      'drug-screen': clearScreen,
    },
    intakeComplete: true,
    assessments: [
      ['cssrs-screener', 0, 3],
      ['ybocs', 24, 3],
    ],
  },
  {
    mrn: 'DEMO-0004',
    intake: {
      referral: { source: 'primary-care', reason: 'Bipolar depression on lithium; persistent low mood.' },
      indications: { indications: ['bipolar-depression'] },
      'psychiatric-history': { ...noHistory, maniaHistory: true, antidepressantTrials: [{ drug: 'quetiapine', doseMgPerDay: 300, weeks: 10, response: 'partial' }] },
      'substance-use': { substances: [], ketamineMisuseHistory: false },
      'medical-review': reviewed,
      vitals: { bloodPressure: [{ systolicMmHg: 166, diastolicMmHg: 102 }, { systolicMmHg: 162, diastolicMmHg: 100 }], heartRateBpm: 84, weightKg: 97.3, heightCm: 175 },
      'drug-screen': clearScreen,
    },
    intakeComplete: true,
    assessments: [
      ['cssrs-screener', 0, 2],
      ['phq9', 17, 2],
      ['mdq', 0, 2],
      ['ymrs', 4, 2],
    ],
  },
  {
    mrn: 'DEMO-0006',
    intake: {
      referral: { source: 'psychiatrist', referrerName: 'Dr Demo Referrer', reason: 'Treatment-resistant depression; prefers the approved nasal spray.' },
      indications: { indications: ['treatment-resistant-depression'] },
      'psychiatric-history': { ...noHistory, antidepressantTrials: [...trials] },
      'substance-use': { substances: [], ketamineMisuseHistory: false },
      'medical-review': reviewed,
      vitals: { bloodPressure: [{ systolicMmHg: 132, diastolicMmHg: 84 }, { systolicMmHg: 128, diastolicMmHg: 82 }], heartRateBpm: 68, weightKg: 81, heightCm: 178 },
      'drug-screen': clearScreen,
    },
    intakeComplete: true,
    assessments: [
      ['cssrs-screener', 0, 3],
      ['phq9', 18, 3],
      ['qids-sr16', 15, 3],
      ['madrs', 30, 3],
    ],
    decision: { route: 'intranasal-esketamine', by: 'prescriber@ketaclinic-demo.example' },
    consent: 'esketamine-intranasal',
    remsEnrolled: true,
    plan: { protocolKey: 'intranasal-esketamine-trd', startDaysAgo: -3, goals: 'Response by the end of week 4; then weekly.', status: 'draft' },
  },
  onCourse('DEMO-0007', 90, 183, false, 2),
  onCourse('DEMO-0008', 68, 165, true, 4),
];
