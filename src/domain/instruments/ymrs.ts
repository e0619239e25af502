import { type InstrumentDefinition, numberedKeys, range, sumItems } from './instrument.js';

// Items 5, 6, 8 and 9 are scored 0–8 (double weight, odd values are between anchors and allowed); the others
// 0–4; total 0–60: SPEC.md §1.13 [C2: Young's scoring guide; blank form].
const doubleWeighted = new Set(['5', '6', '8', '9']);

// Our own topic labels, not item text (SPEC.md §1.0: "ask first", scores only). Topics of items 5, 6, 8 and 9
// are named by SPEC.md §1.13; the others are the scale's usual domain names [M].
const topics = [
  'elevated mood',
  'motor activity and energy',
  'sexual interest',
  'sleep',
  'irritability',
  'speech (rate and amount)',
  'language and thought disorder',
  'content',
  'disruptive or aggressive behaviour',
  'appearance',
  'insight',
];

/**
 * Published thresholds for comparing YMRS results, for the outcomes layer (not part of `score`; SPEC.md §7 gives
 * the YMRS no band). Clinic configuration with these defaults:
 * - remission: total ≤ 12, the "standard" criterion (stricter ≤ 7) [C: PubMed 18668014; PMC3570370];
 * - manic switch: no ketamine-specific definition confirmed [X]; SPEC.md §1.13 suggests ≥ 13 as the default,
 *   for the medical director to sign off.
 */
export const ymrsThresholds = { remissionAtMost: 12, manicSwitchAtLeast: 13 } as const;

// LOINC: none confirmed (SPEC.md §5 [X]), so no `loinc`.
export const ymrs: InstrumentDefinition = {
  id: 'ymrs',
  name: 'YMRS (Young Mania Rating Scale)',
  version: '1',
  rater: 'clinician',
  recallPeriod: 'Past 48 hours, with observation at interview',
  licence: {
    status: 'ask-first',
    itemTextShipped: false,
    note: 'Young et al. 1978, Br J Psychiatry (RCPsych journal); "published by the authors and widely distributed" [S]; RCPsych status unclear [X]: "Treat as ask first. Scores only." (SPEC.md §1.0).',
  },
  source: 'Young RC, Biggs JT, Ziegler VE, Meyer DA. A rating scale for mania: reliability, validity and sensitivity. Br J Psychiatry 1978;133:429–35.',
  items: numberedKeys(11).map((key, index) => ({
    key,
    label: `Item ${key}: ${topics[index]!}`,
    allowedValues: range(0, doubleWeighted.has(key) ? 8 : 4),
    scored: true,
  })),
  score(answers) {
    return { instrument: 'ymrs', version: '1', total: sumItems(answers, numberedKeys(11)), band: null, flags: [], subscales: {}, findings: {} };
  },
};
