import { type InstrumentDefinition, type Answers, numberedKeys, range, sumItems } from './instrument.js';

// 18 items, each 0–4 ("Not at all" to "Extremely"; SPEC.md §1.14 [C2] confirms only the two ends, so only they
// are labelled). P1–P6 PTSD symptoms, P7–P9 PTSD functional impairment, C1–C6 DSO symptoms, C7–C9 DSO
// functional impairment [C2: psypack; NovoPsych; pubcompare].
const ends = { 0: 'Not at all', 4: 'Extremely' } as const;

// Our own labels, not item text (SPEC.md §1.0: "confirm with the ITQ authors"): the ICD-11 cluster, then the
// topic [M].
const labels: Record<string, string> = {
  P1: 'P1: re-experiencing (dreams)',
  P2: 'P2: re-experiencing (images or memories)',
  P3: 'P3: avoidance (internal reminders)',
  P4: 'P4: avoidance (external reminders)',
  P5: 'P5: sense of threat (on guard)',
  P6: 'P6: sense of threat (startle)',
  P7: 'P7: PTSD impairment (relationships, social life)',
  P8: 'P8: PTSD impairment (work)',
  P9: 'P9: PTSD impairment (other important areas)',
  C1: 'C1: affective dysregulation (slow to calm down)',
  C2: 'C2: affective dysregulation (numbness)',
  C3: 'C3: negative self-concept (failure)',
  C4: 'C4: negative self-concept (worthlessness)',
  C5: 'C5: disturbed relationships (feeling cut off)',
  C6: 'C6: disturbed relationships (hard to stay close)',
  C7: 'C7: DSO impairment (relationships, social life)',
  C8: 'C8: DSO impairment (work)',
  C9: 'C9: DSO impairment (other important areas)',
};

// An item counts as endorsed at ≥ 2 (SPEC.md §1.14 [C2]).
const endorsedAtLeast = 2;

/**
 * PTSD = (P1 or P2) AND (P3 or P4) AND (P5 or P6) AND any of P7–P9, each endorsed; DSO the same over C1–C9:
 * SPEC.md §1.14 [C: psypack scoring table].
 */
function meetsCriteria(answers: Answers, prefix: 'P' | 'C'): boolean {
  const endorsed = (...numbers: number[]) => numbers.some((number) => (answers[`${prefix}${number}`] ?? 0) >= endorsedAtLeast);
  return endorsed(1, 2) && endorsed(3, 4) && endorsed(5, 6) && endorsed(7, 8, 9);
}

// LOINC: none confirmed (SPEC.md §5 [X]), so no `loinc`. Reference details [M]; SPEC.md names Cloitre et al. 2018.
export const itq: InstrumentDefinition = {
  id: 'itq',
  name: 'ITQ (International Trauma Questionnaire)',
  version: '1',
  rater: 'self',
  // SPEC.md §1.14 gives the PTSD part's recall period only.
  recallPeriod: 'PTSD items: the past month',
  licence: {
    status: 'ask-first',
    itemTextShipped: false,
    note: 'Cloitre et al. 2018; described as "free and open to anyone interested" [S]: "Probably yes. Confirm with the ITQ authors." (SPEC.md §1.0).',
  },
  source: 'Cloitre M, Shevlin M, Brewin CR, et al. The International Trauma Questionnaire: development of a self-report measure of ICD-11 PTSD and complex PTSD. Acta Psychiatr Scand 2018;138:536–46.',
  items: [...numberedKeys(9, 'P'), ...numberedKeys(9, 'C')].map((key) => ({ key, label: labels[key]!, allowedValues: range(0, 4), valueLabels: ends, scored: true })),
  score(answers) {
    // CPTSD = PTSD criteria AND DSO criteria; a person gets either PTSD or CPTSD, never both; DSO without PTSD
    // is neither (SPEC.md §1.14 [C: coconote ITQ summary]).
    const ptsd = meetsCriteria(answers, 'P');
    const band = !ptsd ? 'none' : meetsCriteria(answers, 'C') ? 'cptsd' : 'ptsd';
    // Dimensional scores: sums of the six symptom items, 0–24 each (SPEC.md §1.14 [M]); impairment items excluded.
    const subscales = { ptsd: sumItems(answers, numberedKeys(6, 'P')), dso: sumItems(answers, numberedKeys(6, 'C')) };
    return { instrument: 'itq', version: '1', total: null, band, flags: [], subscales, findings: {} };
  },
};
