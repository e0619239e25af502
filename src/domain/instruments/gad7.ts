import { type InstrumentDefinition, bandFor, numberedKeys, sumItems, toTotalBands } from './instrument.js';

const frequency = { 0: 'Not at all', 1: 'Several days', 2: 'More than half the days', 3: 'Nearly every day' } as const;

// Item text: Spitzer, Kroenke, Williams & Löwe 2006 (Arch Intern Med 166:1092), free to reproduce (SPEC.md §1.0, §1.2).
const itemText = [
  'Feeling nervous, anxious, or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
];

// Bands: Spitzer et al. 2006 (cut-points 5, 10, 15).
const bands = [
  ['minimal', 0, 4],
  ['mild', 5, 9],
  ['moderate', 10, 14],
  ['severe', 15, 21],
] as const;

export const gad7: InstrumentDefinition = {
  id: 'gad7',
  name: 'GAD-7 (Generalized Anxiety Disorder 7-item scale)',
  version: '1',
  rater: 'self',
  recallPeriod: 'Over the last 2 weeks',
  licence: { status: 'public-domain', itemTextShipped: true, note: 'No permission required to reproduce, translate, display or distribute (SPEC.md §1.0).' },
  loinc: { panel: '69737-5', total: '70274-6' },
  source: 'Spitzer RL, Kroenke K, Williams JBW, Löwe B. Arch Intern Med 2006;166:1092–7.',
  items: numberedKeys(7).map((key, index) => ({ key, label: itemText[index]!, allowedValues: [0, 1, 2, 3], valueLabels: frequency, scored: true })),
  totalBands: toTotalBands(bands),
  score(answers) {
    const total = sumItems(answers, numberedKeys(7));
    return { instrument: 'gad7', version: '1', total, band: bandFor(total, bands), flags: [], subscales: {}, findings: {} };
  },
};
