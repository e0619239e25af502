import { type InstrumentDefinition, type InstrumentItem, numberedKeys, range, sumItems } from './instrument.js';

// Item 1's text and answers: PhenX protocol 511702 (Penn Alcohol Craving Scale), checked word for word against
// the stored copy of https://www.phenxtoolkit.org/protocols/view/511702. PhenX: "freely available; permission not
// required for use" (SPEC.md §1.0). Items 2–5: we could not read the published wording in any public copy, so they
// carry short neutral labels of our own (the aspects SPEC.md §1.10 names) until someone checks them against PhenX.
const items: InstrumentItem[] = [
  {
    key: '1',
    label: 'During the past week how often have you thought about drinking or about how good a drink would make you feel?',
    allowedValues: range(0, 6),
    valueLabels: {
      0: 'Never (0 times during the past week)',
      1: 'Rarely (1 to 2 times during the past week)',
      2: 'Occasionally (3 to 4 times during the past week)',
      3: 'Sometimes (5 to 10 times during the past week or 1 to 2 times per day)',
      4: 'Often (11 to 20 times during the past week or 2 to 3 times per day)',
      5: 'Most of the time (20 to 40 times during the past week or 3 to 6 times per day)',
      6: 'Nearly all the time (more than 40 times during the past week or more than 6 times per day)',
    },
    scored: true,
  },
  ...['peak intensity of craving', 'time spent thinking about drinking', 'difficulty resisting a drink', 'overall average craving'].map(
    (aspect, index): InstrumentItem => ({ key: String(index + 2), label: `Item ${index + 2}: ${aspect} (past week)`, allowedValues: range(0, 6), scored: true }),
  ),
];

export const pacs: InstrumentDefinition = {
  id: 'pacs',
  name: 'PACS (Penn Alcohol Craving Scale)',
  version: '1',
  rater: 'self',
  recallPeriod: 'The past week',
  licence: {
    status: 'public-domain',
    // False until items 2–5 carry the published wording too: only item 1's text is here so far.
    itemTextShipped: false,
    note: 'PhenX protocol 511702: "freely available; permission not required for use" (SPEC.md §1.0). Item 1 carries the published text; items 2–5 carry neutral labels until their wording is verified against PhenX.',
  },
  // No LOINC codes: SPEC.md §1.10 could not confirm any [X].
  source: 'Flannery BA, Volpicelli JR, Pettinati HM. Psychometric properties of the Penn Alcohol Craving Scale. Alcohol Clin Exp Res 1999;23:1289–95.',
  items,
  score(answers) {
    // Sum of the five items, 0–30, and no band (SPEC.md §7). The proposed cut-offs (> 20 as a stand-in for the DSM-5
    // craving criterion; ≥ 15 in non-treatment-seekers, Hartwell 2019) are research thresholds, not applied here.
    // The divide-by-4 formula some calculator sites give is wrong (SPEC.md §1.10).
    const total = sumItems(answers, numberedKeys(5));
    return { instrument: 'pacs', version: '1', total, band: null, flags: [], subscales: {}, findings: {} };
  },
};
