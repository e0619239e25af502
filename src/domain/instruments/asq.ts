import { type Answers, type InstrumentDefinition, numberedKeys } from './instrument.js';

// Items 1–4: yes 1 / no 0 / declined to answer 9 (SPEC.md §7). Item 5: yes 1 / no 0.
const declined = 9;
const screenKeys = numberedKeys(4);

// Our own topic labels, not item text (SPEC.md §1.0: "probably yes", unconfirmed). Topics of items 1–4 [M];
// item 5 is named by SPEC.md §1.15.
const topics = ['wishing to be dead', 'others better off without you', 'thoughts of suicide', 'past suicide attempt'];

/** Any yes, or a refusal to answer any of items 1–4, is a positive screen: SPEC.md §1.15 [C2: NIMH ASQ via psypack; SPiER]. */
function screensPositive(answers: Answers): boolean {
  return screenKeys.some((key) => answers[key] === 1 || answers[key] === declined);
}

/**
 * Item 5 is asked only when the screen is positive: yes → acute positive (imminent risk), no → non-acute
 * positive (SPEC.md §1.15). SPEC.md names no "declined" value for item 5 and no rule for its absence, so an
 * unanswered item 5 after a positive screen is refused as missing (§7: nothing is guessed).
 */
export const asq: InstrumentDefinition = {
  id: 'asq',
  name: 'ASQ (Ask Suicide-Screening Questions, NIMH)',
  version: '1',
  rater: 'self',
  // Per-item recall periods [M]; SPEC.md §1.15 names only item 5's "right now".
  recallPeriod: 'Items 1–2: the past few weeks; item 3: the past week; item 4: ever; item 5: right now',
  licence: {
    status: 'ask-first',
    itemTextShipped: false,
    note: 'NIMH toolkit, public domain [M]: "Probably yes" (SPEC.md §1.0), not confirmed; neutral labels until confirmed.',
  },
  // LOINC: SPEC.md lists the SPiER dictionary as a source of ASQ codes but confirms none, so no `loinc`.
  source: 'NIMH Ask Suicide-Screening Questions (ASQ) toolkit; Horowitz LM, et al. Arch Pediatr Adolesc Med 2012;166:1170–6 [M]. Scoring: SPEC.md §1.15.',
  items: [
    ...screenKeys.map((key, index) => ({
      key,
      label: `Item ${key}: ${topics[index]!}`,
      allowedValues: [0, 1, declined],
      valueLabels: { 0: 'No', 1: 'Yes', [declined]: 'Declined to answer' },
      scored: true,
    })),
    { key: '5', label: 'Item 5: thoughts of suicide right now', allowedValues: [0, 1], valueLabels: { 0: 'No', 1: 'Yes' }, scored: true, askedWhen: screensPositive },
  ],
  score(answers) {
    const band = !screensPositive(answers) ? 'negative' : answers['5'] === 1 ? 'acute-positive' : 'non-acute-positive';
    return { instrument: 'asq', version: '1', total: null, band, flags: band === 'acute-positive' ? ['suicide-risk-acute'] : [], subscales: {}, findings: {} };
  },
};
