import type { Answers, InstrumentDefinition, InstrumentItem } from './instrument.js';

// Yes 1 / No 0 (SPEC.md §7); LOINC LA33-6 / LA32-8 (LHC Questionnaire 93373-9, SPEC.md §1.4).
const yesNo = { 0: 'No', 1: 'Yes' } as const;

// Skip logic: 3–5 only when 2 = Yes; 6a only when 6 = Yes (LHC Questionnaire 93373-9 enableWhen; SPEC.md §1.4).
const askedWhenActiveThoughts = (answers: Answers) => answers['2'] === 1;
const askedWhenBehaviour = (answers: Answers) => answers['6'] === 1;

// No item text: Columbia's wording is not shipped until the Columbia Lighthouse Project confirms in writing that it may
// be redistributed in open-source software (SPEC.md §1.0). These labels are our own.
const items: InstrumentItem[] = [
  { key: '1', label: 'Item 1: wish to be dead (past month)', allowedValues: [0, 1], valueLabels: yesNo, scored: true },
  { key: '2', label: 'Item 2: non-specific active suicidal thoughts (past month)', allowedValues: [0, 1], valueLabels: yesNo, scored: true },
  { key: '3', label: 'Item 3: suicidal thoughts with a method, without intent (past month)', allowedValues: [0, 1], valueLabels: yesNo, scored: true, askedWhen: askedWhenActiveThoughts },
  { key: '4', label: 'Item 4: suicidal thoughts with some intent, without a specific plan (past month)', allowedValues: [0, 1], valueLabels: yesNo, scored: true, askedWhen: askedWhenActiveThoughts },
  { key: '5', label: 'Item 5: suicidal thoughts with a specific plan and intent (past month)', allowedValues: [0, 1], valueLabels: yesNo, scored: true, askedWhen: askedWhenActiveThoughts },
  { key: '6', label: 'Item 6: suicidal behaviour or preparatory acts (lifetime)', allowedValues: [0, 1], valueLabels: yesNo, scored: true },
  { key: '6a', label: 'Item 6a: that behaviour within the past 3 months', allowedValues: [0, 1], valueLabels: yesNo, scored: true, askedWhen: askedWhenBehaviour },
];

export type CssrsRiskLevel = 'none' | 'low' | 'moderate' | 'high';

/**
 * Triage tier of the Columbia "Screen Version – Recent" colour-coded form and "Screen with Triage Points for Primary
 * Care" (SPEC.md §1.4 [C2]), evaluated from the top: High = 4 or 5 Yes, or 6 and 6a Yes; Moderate = 3 Yes, or 6 Yes with
 * 6a No (lifetime behaviour only); Low = only 1 and/or 2 Yes; None = all No. Unasked items count as No.
 * SPEC.md marks these tiers as the usual implementation, to be signed off clinically by each clinic.
 */
function riskLevel(answers: Answers): CssrsRiskLevel {
  const yes = (key: string) => answers[key] === 1;
  if (yes('4') || yes('5') || (yes('6') && yes('6a'))) return 'high';
  if (yes('3') || (yes('6') && !yes('6a'))) return 'moderate';
  if (yes('1') || yes('2')) return 'low';
  return 'none';
}

export const cssrsScreener: InstrumentDefinition = {
  id: 'cssrs-screener',
  name: 'C-SSRS Screener (Columbia Suicide Severity Rating Scale, Screen Version – Recent)',
  version: '1',
  // An interview, which may be lay-administered (SPEC.md §1.4): not a self-report form.
  rater: 'clinician',
  recallPeriod: 'Ideation: past month; behaviour: lifetime, with a past-3-months follow-up (6a)',
  licence: {
    status: 'ask-first',
    itemTextShipped: false,
    note: '© Research Foundation for Mental Hygiene (Posner et al.). Free for healthcare providers, including in an EHR; redistribution in open-source software is not addressed, so the text is not shipped until Columbia confirms in writing (SPEC.md §1.0).',
  },
  // Panel 93373-9 (SPEC.md §1.4). There is no total; the derived risk level is LOINC 93374-7 (Low LA9194-7, Moderate
  // LA6751-7, High LA9193-9; no code for "none"), which this definition has no field for.
  loinc: { panel: '93373-9' },
  source: 'Posner K, et al. Columbia–Suicide Severity Rating Scale, Screen Version – Recent, with the Columbia triage points (cssrs.columbia.edu).',
  items,
  score(answers) {
    const level = riskLevel(answers);
    return {
      instrument: 'cssrs-screener',
      version: '1',
      total: null,
      band: level,
      flags: level === 'high' ? ['suicide-risk-high'] : [],
      subscales: {},
      findings: { riskLevel: level },
    };
  },
};
