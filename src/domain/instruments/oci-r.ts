import { type InstrumentDefinition, bandFor, numberedKeys, range, sumItems, toTotalBands } from './instrument.js';

// Response anchors: SPEC.md §1.7 [C2: CDS/Cambio CKM; NovoPsych].
const extent = { 0: 'Not at all', 1: 'A little', 2: 'Moderately', 3: 'A lot', 4: 'Extremely' } as const;

// Six 3-item subscales, each item n, n + 6, n + 12: SPEC.md §1.7 [C2: CKM; NovoPsych]. At least one open
// implementation swaps them, so the test pins every item to its subscale.
const subscaleKeys = {
  hoarding: ['1', '7', '13'],
  checking: ['2', '8', '14'],
  ordering: ['3', '9', '15'],
  neutralizing: ['4', '10', '16'],
  washing: ['5', '11', '17'],
  obsessing: ['6', '12', '18'],
} as const;
type Subscale = keyof typeof subscaleKeys;
const subscales = Object.keys(subscaleKeys) as Subscale[];
const subscaleOf = (key: string): Subscale => subscales.find((name) => (subscaleKeys[name] as readonly string[]).includes(key))!;

// Cut-off: a total of 21 or more suggests OCD (Foa et al. 2002; SPEC.md §1.7). Wootton 2015's alternative (the
// 15 non-hoarding items with cut-off 12, hoarding with cut-off 6) is not used here.
const bands = [
  ['below-cutoff', 0, 20],
  ['likely-ocd', 21, 72],
] as const;

export const ociR: InstrumentDefinition = {
  id: 'oci-r',
  name: 'OCI-R (Obsessive-Compulsive Inventory – Revised)',
  version: '1',
  rater: 'self',
  recallPeriod: 'The past month',
  licence: {
    status: 'ask-first',
    itemTextShipped: false,
    note: 'Foa et al. 2002. Described by third parties as free for clinical and research use with attribution [S], not confirmed (SPEC.md §1.0): ask the authors before shipping the item text. Labels here are our own.',
  },
  // No LOINC codes: SPEC.md §5 could not confirm any [X].
  source: 'Foa EB, Huppert JD, Leiberg S, et al. The Obsessive-Compulsive Inventory: development and validation of a short version. Psychol Assess 2002;14:485–96.',
  items: numberedKeys(18).map((key) => ({ key, label: `Item ${key} (${subscaleOf(key)})`, allowedValues: range(0, 4), valueLabels: extent, scored: true })),
  totalBands: toTotalBands(bands, { 'below-cutoff': 'Below the cut-off', 'likely-ocd': 'Likely OCD' }),
  score(answers) {
    const total = sumItems(answers, numberedKeys(18));
    return {
      instrument: 'oci-r',
      version: '1',
      total,
      band: bandFor(total, bands),
      flags: [],
      subscales: Object.fromEntries(subscales.map((name) => [name, sumItems(answers, subscaleKeys[name])])),
      findings: {},
    };
  },
};
