import { type InstrumentDefinition, bandFor, numberedKeys, range, sumItems, toTotalBands } from './instrument.js';

// No item text and no anchor wording: © Royal College of Psychiatrists, which refused CamCOPS permission (SPEC.md §1.0).
// These labels are our own; the clinician rates from the licensed scale.
const labels = [
  'Item 1: observed sadness',
  'Item 2: reported sadness',
  'Item 3: inner tension',
  'Item 4: reduced sleep',
  'Item 5: reduced appetite',
  'Item 6: difficulty concentrating',
  'Item 7: difficulty getting started',
  'Item 8: reduced ability to feel',
  'Item 9: pessimistic thoughts',
  'Item 10: suicidal thoughts',
];

// Bands: Snaith's grades as given by McDowell (SPEC.md §1.6 [C]). Other published edges exist (moderate/severe at 35 in
// Müller 2000, at 31 in Müller 2003); response and remission (≤10, or ≤12 in the esketamine trials) are computed
// elsewhere from two results and are configuration there.
const bands = [
  ['normal', 0, 6],
  ['mild', 7, 19],
  ['moderate', 20, 34],
  ['severe', 35, 60],
] as const;

export const madrs: InstrumentDefinition = {
  id: 'madrs',
  name: 'MADRS (Montgomery–Åsberg Depression Rating Scale)',
  version: '1',
  rater: 'clinician',
  // [M] SPEC.md §1.6 gives no recall period; the past week is the usual convention at interview. Confirm before use.
  recallPeriod: 'The past week, as rated at interview',
  licence: { status: 'licence-required', itemTextShipped: false, note: '© Royal College of Psychiatrists; permission refused to CamCOPS in 2013. Item scores only (SPEC.md §1.0).' },
  // No LOINC codes found (SPEC.md §1.6 [X]): a local code system is used.
  source: 'Montgomery SA, Åsberg M. Br J Psychiatry 1979;134:382–9. Bands: Snaith grades, as given by McDowell.',
  // Ten items, each 0–6 with anchors at the even numbers; total 0–60, no weights (SPEC.md §1.6 [C2]).
  items: numberedKeys(10).map((key, index) => ({ key, label: labels[index]!, allowedValues: range(0, 6), scored: true })),
  totalBands: toTotalBands(bands),
  score(answers) {
    const total = sumItems(answers, numberedKeys(10));
    return { instrument: 'madrs', version: '1', total, band: bandFor(total, bands), flags: [], subscales: {}, findings: {} };
  },
};
