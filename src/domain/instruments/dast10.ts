import { type InstrumentDefinition, bandFor, numberedKeys, toTotalBands } from './instrument.js';

// Answers are the raw responses, yes = 1 and no = 0 (SPEC.md §7). Each "yes" scores 1, except item 3 (being able
// to stop when wanted), where "no" scores 1: SPEC.md §1.9 [C2: comorbidityguidelines.org.au; primecalcpro]. Some
// published copies reword item 3 the other way round ("unable to stop"); this definition assumes Skinner's wording.
const reversedKey = '3';

// Labels are our own topic words, not Skinner's wording: SPEC.md §1.0 allows the text for non-commercial use only,
// so it is not shipped here and a clinic loads it from a file.
const topics = [
  'drug use other than for medical reasons',
  'more than one drug at a time',
  'able to stop using when wanted (a "no" scores 1)',
  'blackouts or flashbacks',
  'feeling bad or guilty about drug use',
  'complaints from spouse or parents',
  'neglecting family',
  'illegal activities to obtain drugs',
  'withdrawal symptoms',
  'medical problems from drug use',
];

// Bands: SPEC.md §1.9 [C2: comorbidityguidelines.org.au; NIDA CDE value list].
const bands = [
  ['none', 0, 0],
  ['low', 1, 2],
  ['moderate', 3, 5],
  ['substantial', 6, 8],
  ['severe', 9, 10],
] as const;

export const dast10: InstrumentDefinition = {
  id: 'dast10',
  name: 'DAST-10 (Drug Abuse Screening Test, 10 items)',
  version: '1',
  rater: 'self',
  recallPeriod: 'The past 12 months',
  licence: {
    status: 'free-with-conditions',
    itemTextShipped: false,
    note: '© 1982 Harvey A. Skinner / CAMH. May be reproduced for non-commercial use (clinical, research, training) with credit to Dr Skinner (SPEC.md §1.0, CamCOPS dast.rst); commercial use needs permission. Item text not shipped: labels here are our own.',
  },
  // 82667-7 is the total; 82666-9 is the panel, which some code wrongly uses as the score (SPEC.md §1.9 [C2]).
  loinc: { panel: '82666-9', total: '82667-7' },
  source: 'Skinner HA. The Drug Abuse Screening Test. Addict Behav 1982;7:363–71.',
  items: numberedKeys(10).map((key, index) => ({ key, label: `Item ${key}: ${topics[index]!}`, allowedValues: [0, 1], valueLabels: { 0: 'No', 1: 'Yes' }, scored: true })),
  totalBands: toTotalBands(bands),
  score(answers) {
    const total = numberedKeys(10).reduce((sum, key) => sum + (key === reversedKey ? 1 - answers[key]! : answers[key]!), 0);
    return { instrument: 'dast10', version: '1', total, band: bandFor(total, bands), flags: [], subscales: {}, findings: {} };
  },
};
