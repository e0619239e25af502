import { type Answers, type InstrumentDefinition, bandFor, numberedKeys, sumItems, toTotalBands } from './instrument.js';

// Answer labels: LOINC answer list LL358-3 (LA6568-5 … LA6571-9) (SPEC.md §1.1).
const frequency = { 0: 'Not at all', 1: 'Several days', 2: 'More than half the days', 3: 'Nearly every day' } as const;
// Item 10 labels: LOINC LA6572-7, LA6573-5, LA6575-0, LA6574-3, as in the LHC-Forms Questionnaire 44249-1.
const difficulty = { 0: 'Not difficult at all', 1: 'Somewhat difficult', 2: 'Very difficult', 3: 'Extremely difficult' } as const;

// Item text: the Pfizer PHQ-9 form (Kroenke, Spitzer & Williams 2001), free to reproduce (SPEC.md §1.0), as transcribed
// by CamCOPS (ucam-department-of-psychiatry/camcops server/camcops_server/extra_strings/phq9.xml) and checked word for
// word against the LHC-Forms FHIR Questionnaire for LOINC 44249-1 (LOINC's copy differs only in punctuation in items
// 6, 8 and 9, and leaves out the lead-in "If you checked off any problems," of item 10).
const itemText = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];
const difficultyText =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';

const scoredKeys = numberedKeys(9);

// Bands: Kroenke, Spitzer & Williams 2001 (cut-points 5, 10, 15, 20), as in CamCOPS phq9.py (SPEC.md §1.1).
const bands = [
  ['minimal', 0, 4],
  ['mild', 5, 9],
  ['moderate', 10, 14],
  ['moderately-severe', 15, 19],
  ['severe', 20, 27],
] as const;

/**
 * Major depressive syndrome as CamCOPS phq9.py `is_mds()` computes it (after DSM-IV-TR): a core symptom is item 1 or 2
 * scored ≥2; an other symptom is any of items 3–8 scored ≥2, or item 9 scored ≥1 (suicidality counts whenever present);
 * the syndrome needs ≥1 core symptom and ≥5 symptoms in all (SPEC.md §1.1).
 */
function hasMajorDepressiveSyndrome(answers: Answers): boolean {
  const at = (key: string, threshold: number) => ((answers[key] ?? 0) >= threshold ? 1 : 0);
  const core = at('1', 2) + at('2', 2);
  const other = at('3', 2) + at('4', 2) + at('5', 2) + at('6', 2) + at('7', 2) + at('8', 2) + at('9', 1);
  return core >= 1 && core + other >= 5;
}

export const phq9: InstrumentDefinition = {
  id: 'phq9',
  name: 'PHQ-9 (Patient Health Questionnaire-9)',
  version: '1',
  rater: 'self',
  recallPeriod: 'Over the last 2 weeks',
  licence: { status: 'public-domain', itemTextShipped: true, note: 'No permission required to reproduce, translate, display or distribute (SPEC.md §1.0).' },
  loinc: { panel: '44249-1', total: '44261-6' },
  source: 'Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med 2001;16:606–13. Diagnostic algorithm as in CamCOPS phq9.py.',
  items: [
    ...scoredKeys.map((key, index) => ({ key, label: itemText[index]!, allowedValues: [0, 1, 2, 3], valueLabels: frequency, scored: true })),
    // Item 10 is asked but not counted (SPEC.md §1.1); optional per SPEC.md §7.
    { key: '10', label: difficultyText, allowedValues: [0, 1, 2, 3], valueLabels: difficulty, scored: false, optional: true },
  ],
  totalBands: toTotalBands(bands),
  score(answers) {
    const total = sumItems(answers, scoredKeys);
    // Item 9 ≥1 raises the suicide-risk workflow whatever the total (SPEC.md §1.1: SPiER; ktc-questionnaire-starters).
    const flags = (answers['9'] ?? 0) >= 1 ? ['suicidal-ideation-item'] : [];
    return {
      instrument: 'phq9',
      version: '1',
      total,
      band: bandFor(total, bands),
      flags,
      subscales: {},
      findings: { majorDepressiveSyndrome: hasMajorDepressiveSyndrome(answers) },
    };
  },
};
