import { type AnswerError, type Answers, type InstrumentDefinition, bandFor, numberedKeys, toTotalBands } from './instrument.js';

// No item text: © A. John Rush / UT Southwestern, no open-source redistribution licence found (SPEC.md §1.0).
// These labels are our own; a clinic loads the licensed wording from a file.
const labels = [
  'Item 1: difficulty falling asleep',
  'Item 2: waking during the night',
  'Item 3: waking too early',
  'Item 4: sleeping too much',
  'Item 5: sad mood',
  'Item 6: reduced appetite',
  'Item 7: increased appetite',
  'Item 8: weight loss',
  'Item 9: weight gain',
  'Item 10: concentration and decisions',
  'Item 11: view of self',
  'Item 12: thoughts of death or suicide',
  'Item 13: general interest',
  'Item 14: energy',
  'Item 15: feeling slowed down',
  'Item 16: feeling restless',
];

// Items 6/7 (appetite down / up) and 8/9 (weight down / up) are alternatives on the form: one of each pair is required,
// the other may be absent (SPEC.md §1.5, §7).
const alternativePairs = [
  ['6', '7'],
  ['8', '9'],
] as const;
const alternatives = new Set<string>(alternativePairs.flat());

// Nine DSM-IV domains; a domain of several items scores its highest item, and an absent alternative counts 0
// (Rush et al. 2003; ids-qids.org scoring; Millisecond QIDS-SR16 manual; SPEC.md §1.5 [C2]).
const domains = [
  ['1', '2', '3', '4'], // sleep
  ['5'], // sad mood
  ['6', '7', '8', '9'], // appetite / weight
  ['10'], // concentration
  ['11'], // self-view
  ['12'], // suicidal ideation
  ['13'], // interest
  ['14'], // energy
  ['15', '16'], // psychomotor
] as const;

// Bands: ids-qids.org interpretation table; Millisecond manual (SPEC.md §1.5 [C2]).
const bands = [
  ['none', 0, 5],
  ['mild', 6, 10],
  ['moderate', 11, 15],
  ['severe', 16, 20],
  ['very-severe', 21, 27],
] as const;

function checkAlternatives(answers: Answers): AnswerError[] {
  return alternativePairs
    .filter(([first, second]) => answers[first] === undefined && answers[second] === undefined)
    .map(([first, second]) => ({ item: first, problem: 'missing', detail: `qids-sr16: item "${first}" or item "${second}" is required (0–3)` }));
}

export const qidsSr16: InstrumentDefinition = {
  id: 'qids-sr16',
  name: 'QIDS-SR16 (Quick Inventory of Depressive Symptomatology, Self-Report)',
  version: '1',
  rater: 'self',
  recallPeriod: 'Over the last 7 days',
  licence: {
    status: 'ask-first',
    itemTextShipped: false,
    note: '© A. John Rush / UT Southwestern. Described as free for clinical use, but no open-source redistribution licence was found: scores only until permission is given (SPEC.md §1.0).',
  },
  // No LOINC codes found (SPEC.md §1.5 [X]): a local code system is used.
  source: 'Rush AJ, Trivedi MH, Ibrahim HM, et al. Biol Psychiatry 2003;54:573–83. Scoring and bands as at ids-qids.org.',
  items: numberedKeys(16).map((key, index) => ({
    key,
    label: labels[index]!,
    allowedValues: [0, 1, 2, 3],
    scored: true,
    ...(alternatives.has(key) ? { optional: true } : {}),
  })),
  checkAnswers: checkAlternatives,
  totalBands: toTotalBands(bands),
  score(answers) {
    const total = domains.reduce((sum, keys) => sum + Math.max(...keys.map((key) => answers[key] ?? 0)), 0);
    // Item 12 ≥1 raises the same suicide-risk workflow as PHQ-9 item 9 (SPEC.md §1.5: a design choice).
    const flags = (answers['12'] ?? 0) >= 1 ? ['suicidal-ideation-item'] : [];
    return { instrument: 'qids-sr16', version: '1', total, band: bandFor(total, bands), flags, subscales: {}, findings: {} };
  },
};
