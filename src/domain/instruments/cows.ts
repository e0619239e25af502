import { type InstrumentDefinition, bandFor, numberedKeys, sumItems, toTotalBands } from './instrument.js';

/**
 * Generic severity words of our own for a COWS item's legal values, lowest first. They are not the published
 * anchors (SPEC.md §1.0: COWS text is "confirm first"); a clinic loads the anchors from a file.
 */
const grades: Record<number, readonly string[]> = {
  3: ['None', 'Moderate', 'Severe'],
  4: ['None', 'Mild', 'Moderate', 'Severe'],
  5: ['None', 'Mild', 'Moderate', 'Marked', 'Severe'],
};

function graded(values: readonly number[]): Record<number, string> {
  const words = grades[values.length]!;
  return Object.fromEntries(values.map((value, index) => [value, words[index]!]));
}

// Items and their legal values: SPEC.md §1.11 [C2: COWS review table; several implementations]. Not every
// integer is legal (gooseflesh accepts only 0, 3 or 5), so each item lists its own values.
const items: readonly { label: string; values: readonly number[]; valueLabels?: Record<number, string> }[] = [
  // Pulse bands in beats per minute: SPEC.md §1.11. Beta-blockers and stimulants confound it [S].
  { label: 'Item 1: resting pulse', values: [0, 1, 2, 4], valueLabels: { 0: '80 bpm or less', 1: '81–100 bpm', 2: '101–120 bpm', 4: 'Over 120 bpm' } },
  { label: 'Item 2: sweating', values: [0, 1, 2, 3, 4] },
  { label: 'Item 3: restlessness', values: [0, 1, 3, 5] },
  { label: 'Item 4: pupil size', values: [0, 1, 2, 5] },
  { label: 'Item 5: bone or joint aches', values: [0, 1, 2, 4] },
  { label: 'Item 6: runny nose or tearing', values: [0, 1, 2, 4] },
  { label: 'Item 7: gastrointestinal upset', values: [0, 1, 2, 3, 5] },
  { label: 'Item 8: tremor', values: [0, 1, 2, 4] },
  { label: 'Item 9: yawning', values: [0, 1, 2, 4] },
  { label: 'Item 10: anxiety or irritability', values: [0, 1, 2, 4] },
  { label: 'Item 11: gooseflesh', values: [0, 3, 5] },
];

// Bands: SPEC.md §1.11 [C2: Valant help; MDApp citing Wesson & Ling 2003]: 5–12 mild, 13–24 moderate,
// 25–36 moderately severe, >36 severe; 0–4 no meaningful withdrawal. Total 0–48.
const bands = [
  ['none', 0, 4],
  ['mild', 5, 12],
  ['moderate', 13, 24],
  ['moderately-severe', 25, 36],
  ['severe', 37, 48],
] as const;

// LOINC: none confirmed (SPEC.md §1.11, §5 [X]), so no `loinc`.
export const cows: InstrumentDefinition = {
  id: 'cows',
  name: 'COWS (Clinical Opiate Withdrawal Scale)',
  version: '1',
  rater: 'clinician',
  recallPeriod: 'Now (sweating and gastrointestinal upset: the past half hour)',
  licence: {
    status: 'ask-first',
    itemTextShipped: false,
    note: 'Wesson & Ling 2003; reproduced in SAMHSA materials [M], no formal licence confirmed [X]: "Probably yes. Confirm first." (SPEC.md §1.0). Neutral labels and generic grades only until confirmed.',
  },
  source: 'Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs 2003;35:253–9.',
  items: numberedKeys(11).map((key, index) => {
    const item = items[index]!;
    return { key, label: item.label, allowedValues: item.values, valueLabels: item.valueLabels ?? graded(item.values), scored: true };
  }),
  totalBands: toTotalBands(bands, { none: 'No meaningful withdrawal' }),
  score(answers) {
    const total = sumItems(answers, numberedKeys(11));
    return { instrument: 'cows', version: '1', total, band: bandFor(total, bands), flags: [], subscales: {}, findings: {} };
  },
};
