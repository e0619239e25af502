import { type InstrumentDefinition, type InstrumentItem, numberedKeys, sumItems } from './instrument.js';

const yesNo = { 0: 'No', 1: 'Yes' } as const;
const part1Keys = numberedKeys(13);

// Our own topic labels for the 13 lifetime symptom items [M], not item text (SPEC.md §1.0: "ask first").
const topics = [
  'elevated mood',
  'irritability',
  'self-confidence',
  'less sleep',
  'talkativeness',
  'racing thoughts',
  'distractibility',
  'energy',
  'activity',
  'sociability',
  'sexual interest',
  'unusual or risky behaviour',
  'spending',
];

/**
 * Positive screen = part 1 ≥ 7 AND part 2 (co-occurrence) = yes AND part 3 (problem) moderate or serious:
 * SPEC.md §1.13 [C2: NINDS CDE; measurely; droracle] (Hirschfeld 2000: sensitivity 0.73, specificity 0.90).
 * Some later studies use other cut-offs; a change here is a new `version`.
 */
const positiveRule = { part1AtLeast: 7, cooccurrence: 1, problemAtLeast: 2 } as const;

/**
 * Parts 2 and 3 are always required: SPEC.md §7 gives the MDQ no skip rule. (The paper form asks them only after
 * more than one "yes" in part 1 [M]; with fewer than 7 "yes" answers they cannot change the result.)
 * They drive the band, not the total, and are marked scored because they change the result.
 */
const items: InstrumentItem[] = [
  ...part1Keys.map((key, index) => ({ key, label: `Item ${key}: ${topics[index]!}`, allowedValues: [0, 1], valueLabels: yesNo, scored: true })),
  { key: 'cooccurrence', label: 'Part 2: several of these happened in the same period', allowedValues: [0, 1], valueLabels: yesNo, scored: true },
  // Part 3 values: SPEC.md §7 (0 none, 1 minor, 2 moderate, 3 serious).
  { key: 'problem', label: 'Part 3: how much of a problem they caused', allowedValues: [0, 1, 2, 3], valueLabels: { 0: 'No problem', 1: 'Minor problem', 2: 'Moderate problem', 3: 'Serious problem' }, scored: true },
];

// LOINC: none confirmed (SPEC.md §5 [X]), so no `loinc`. Reference details [M]; SPEC.md names Hirschfeld / UTMB.
export const mdq: InstrumentDefinition = {
  id: 'mdq',
  name: 'MDQ (Mood Disorder Questionnaire)',
  version: '1',
  rater: 'self',
  recallPeriod: 'Lifetime',
  licence: {
    status: 'ask-first',
    itemTextShipped: false,
    note: '© 2000 UTMB (Hirschfeld) [M]; scoring described by the NINDS common data element page [C]: "Ask first." (SPEC.md §1.0).',
  },
  source: 'Hirschfeld RMA, Williams JBW, Spitzer RL, et al. Development and validation of a screening instrument for bipolar spectrum disorder: the Mood Disorder Questionnaire. Am J Psychiatry 2000;157:1873–5.',
  items,
  score(answers) {
    // Total = part 1, 0–13 (SPEC.md §7).
    const total = sumItems(answers, part1Keys);
    const positiveScreen =
      total >= positiveRule.part1AtLeast && answers['cooccurrence'] === positiveRule.cooccurrence && (answers['problem'] ?? 0) >= positiveRule.problemAtLeast;
    return { instrument: 'mdq', version: '1', total, band: positiveScreen ? 'positive' : 'negative', flags: [], subscales: {}, findings: { positiveScreen } };
  },
};
