import { type InstrumentDefinition, bandFor, numberedKeys, range, sumItems } from './instrument.js';

// Item text and answer wording: the LOINC AUDIT-C form 72109-2 (items 68518-0, 68519-8, 68520-6), checked word for
// word against its FHIR Questionnaire (http://loinc.org/q/72109-2, as stored in jmandel/ktc-questionnaire-starters
// fhir-loinc/72109-2.json). Public domain (SAMHSA; SPEC.md §1.0).
const howOften = { 0: 'Never', 1: 'Monthly or less', 2: '2-4 times a month', 3: '2-3 times a week', 4: '4 or more times a week' } as const;
const howMany = { 0: '1 or 2', 1: '3 or 4', 2: '5 or 6', 3: '7 to 9', 4: '10 or more' } as const;
const frequency = { 0: 'Never', 1: 'Less than monthly', 2: 'Monthly', 3: 'Weekly', 4: 'Daily or almost daily' } as const;
const itemText = [
  ['How often do you have a drink containing alcohol?', howOften],
  ['How many standard drinks containing alcohol do you have on a typical day?', howMany],
  ['How often do you have 6 or more drinks on 1 occasion?', frequency],
] as const;

/**
 * Positive screen at a total of 4 or more for men and 3 or more for women: SPEC.md §1.8 [C: generate.py]
 * (Bush et al. 1998; Bradley et al. 2007). Local thresholds vary; a clinic that wants others needs a new version.
 */
export const auditCPositiveFrom = { male: 4, female: 3 } as const;

// No `totalBands`: the cut-off depends on the sex, so no one set of bands fits every patient's chart.
export const auditC: InstrumentDefinition = {
  id: 'audit-c',
  name: 'AUDIT-C (AUDIT alcohol consumption questions)',
  version: '1',
  rater: 'self',
  // The AUDIT's first three questions; the AUDIT asks about the past year (SPEC.md §1.8).
  recallPeriod: 'The past year',
  licence: { status: 'public-domain', itemTextShipped: true, note: 'Available for use in the public domain (SAMHSA; SPEC.md §1.0, CamCOPS audit.rst).' },
  // 75626-2 is the AUDIT-C total; 75624-7 is the full AUDIT's, which some code wrongly uses (SPEC.md §1.8 [C2]).
  loinc: { panel: '72109-2', total: '75626-2' },
  source: 'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med 1998;158:1789–95.',
  items: numberedKeys(3).map((key, index) => ({ key, label: itemText[index]![0], allowedValues: range(0, 4), valueLabels: itemText[index]![1], scored: true })),
  score(answers, context) {
    const total = sumItems(answers, numberedKeys(3));
    // The cut-off depends on sex, so without it there is no band (SPEC.md §7).
    const band = context.sex
      ? bandFor(total, [
          ['negative', 0, auditCPositiveFrom[context.sex] - 1],
          ['positive', auditCPositiveFrom[context.sex], 12],
        ])
      : null;
    return { instrument: 'audit-c', version: '1', total, band, flags: [], subscales: {}, findings: {} };
  },
};
