import { type InstrumentDefinition, type InstrumentItem, bandFor, numberedKeys, range, sumItems, toTotalBands } from './instrument.js';

// Item text and answer wording: WHO AUDIT (Babor et al. 2001, WHO/MSD/MSB/01.6a), checked word for word against
// CamCOPS server/camcops_server/extra_strings/audit.xml (ucam-department-of-psychiatry/camcops, commit 3718b0e6).
// Shipped under the WHO's non-commercial permission (SPEC.md §1.0; see licence.note).
const howOften = { 0: 'Never', 1: 'Monthly or less', 2: '2 to 4 times a month', 3: '2 to 3 times a week', 4: '4 or more times a week' } as const;
const howMany = { 0: '1 or 2', 1: '3 or 4', 2: '5 or 6', 3: '7, 8, or 9', 4: '10 or more' } as const;
const frequency = { 0: 'Never', 1: 'Less than monthly', 2: 'Monthly', 3: 'Weekly', 4: 'Daily or almost daily' } as const;
// Items 9 and 10 take only 0, 2 or 4: SPEC.md §1.8 [C2: CamCOPS audit.cpp; auditscreen.org].
const injuryOrConcern = { 0: 'No', 2: 'Yes, but not in the last year', 4: 'Yes, during the last year' } as const;

const itemText: readonly (readonly [string, Readonly<Record<number, string>>])[] = [
  ['How often do you have a drink containing alcohol?', howOften],
  ['How many drinks containing alcohol do you have on a typical day when you are drinking?', howMany],
  ['How often do you have six or more drinks on one occasion?', frequency],
  ['How often during the last year have you found that you were not able to stop drinking once you had started?', frequency],
  ['How often during the last year have you failed to do what was normally expected from you because of drinking?', frequency],
  ['How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?', frequency],
  ['How often during the last year have you had a feeling of guilt or remorse after drinking?', frequency],
  ['How often during the last year have you been unable to remember what happened the night before because you had been drinking?', frequency],
  ['Have you or someone else been injured as a result of your drinking?', injuryOrConcern],
  ['Has a relative or friend or a doctor or another health worker been concerned about your drinking or suggested you cut down?', injuryOrConcern],
];

const items: InstrumentItem[] = numberedKeys(10).map((key, index) => {
  const [label, valueLabels] = itemText[index]!;
  return { key, label, allowedValues: index < 8 ? range(0, 4) : [0, 2, 4], valueLabels, scored: true };
});

// WHO risk zones I–IV: Babor et al. 2001, SPEC.md §1.8 [C2]. Zone II starts at the standard positive screen (≥ 8).
const bands = [
  ['low-risk', 0, 7],
  ['hazardous', 8, 15],
  ['harmful', 16, 19],
  ['possible-dependence', 20, 40],
] as const;

export const audit: InstrumentDefinition = {
  id: 'audit',
  name: 'AUDIT (Alcohol Use Disorders Identification Test)',
  version: '1',
  rater: 'self',
  recallPeriod: 'The past year',
  licence: {
    status: 'free-with-conditions',
    itemTextShipped: true,
    note: '© World Health Organization 2001. May be freely reproduced and translated, but not for sale or for use in conjunction with commercial purposes (WHO/MSD/MSB/01.6a; SPEC.md §1.0). Use by a for-profit clinic may count as commercial: the legal team decides before such a clinic uses this text.',
  },
  // 75624-7 is the full-AUDIT total; the AUDIT-C total is 75626-2 (SPEC.md §1.8 [C2]).
  loinc: { panel: '72110-0', total: '75624-7' },
  source: 'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: The Alcohol Use Disorders Identification Test. Guidelines for Use in Primary Care, 2nd ed. WHO 2001 (WHO/MSD/MSB/01.6a).',
  items,
  totalBands: toTotalBands(bands),
  score(answers) {
    const total = sumItems(answers, numberedKeys(10));
    return { instrument: 'audit', version: '1', total, band: bandFor(total, bands), flags: [], subscales: {}, findings: {} };
  },
};
