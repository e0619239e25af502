import { type InstrumentDefinition, type InstrumentItem, bandFor, numberedKeys, range, sumItems, toTotalBands } from './instrument.js';

// Structure: SPEC.md §1.7 [C: CamCOPS ybocs.py]. Severity items 1–10 each 0–4; obsessions = items 1–5, compulsions
// = items 6–10; items 1b and 6b (obsession-free and compulsion-free interval, also 0–4 in CamCOPS) are recorded but
// not scored. This is the 1989 Y-BOCS, not the Y-BOCS-II (items 0–5, total 0–50): keep them apart.
const scoredKeys = numberedKeys(10);
const obsessionKeys = scoredKeys.slice(0, 5);
const compulsionKeys = scoredKeys.slice(5);

// Labels are our own topic words (CamCOPS ybocs.py field comments), not the copyrighted probes or anchors:
// SPEC.md §1.0 says the Y-BOCS text may not be distributed, so a clinic loads it from its own licensed copy.
const aspects = ['time occupied', 'interference', 'distress', 'resistance', 'degree of control'];
const intervals: Record<string, InstrumentItem> = {
  '1': { key: '1b', label: 'Item 1b: obsession-free interval (not scored)', allowedValues: range(0, 4), scored: false, optional: true },
  '6': { key: '6b', label: 'Item 6b: compulsion-free interval (not scored)', allowedValues: range(0, 4), scored: false, optional: true },
};

// In form order: 1, 1b, 2 … 6, 6b, 7 … 10.
const items: InstrumentItem[] = scoredKeys.flatMap((key, index) => {
  const severity: InstrumentItem = {
    key,
    label: `Item ${key}: ${aspects[index % 5]!} (${index < 5 ? 'obsessions' : 'compulsions'})`,
    allowedValues: range(0, 4),
    scored: true,
  };
  const interval = intervals[key];
  return interval ? [severity, interval] : [severity];
});

// Bands: the traditional Y-BOCS severity ranges, SPEC.md §1.7 [C2]. Storch 2015's empirical bands (0–13, 14–25,
// 26–34, 35–40) are an alternative a clinic may prefer; they are not used here.
const bands = [
  ['subclinical', 0, 7],
  ['mild', 8, 15],
  ['moderate', 16, 23],
  ['severe', 24, 31],
  ['extreme', 32, 40],
] as const;

export const ybocs: InstrumentDefinition = {
  id: 'ybocs',
  name: 'Y-BOCS (Yale–Brown Obsessive Compulsive Scale)',
  version: '1',
  rater: 'clinician',
  // "Rate … during the prior week up until and including the time of the interview" (Y-BOCS general instructions).
  recallPeriod: 'The past week, up to and including the interview',
  licence: {
    status: 'licence-required',
    itemTextShipped: false,
    note: '© Goodman et al. 1986; distribution is not permitted without specific authorization (SPEC.md §1.0, CamCOPS ybocs.rst). Scores only: load the probes and anchors from a licensed copy.',
  },
  // No LOINC codes: SPEC.md §1.7 could not confirm any [X].
  source: 'Goodman WK, Price LH, Rasmussen SA, et al. The Yale-Brown Obsessive Compulsive Scale. Arch Gen Psychiatry 1989;46:1006–16.',
  items,
  totalBands: toTotalBands(bands),
  score(answers) {
    const total = sumItems(answers, scoredKeys);
    return {
      instrument: 'ybocs',
      version: '1',
      total,
      band: bandFor(total, bands),
      flags: [],
      subscales: { obsessions: sumItems(answers, obsessionKeys), compulsions: sumItems(answers, compulsionKeys) },
      findings: {},
    };
  },
};
