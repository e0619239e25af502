import { type InstrumentDefinition, numberedKeys, range, sumItems } from './instrument.js';

/**
 * The 23-item CADSS used in the ketamine and esketamine literature: SPEC.md §1.12 [C: researcher.life abstract],
 * each item 0–4, total 0–92, one factor (α 0.91). The anchors (not at all … extremely) are [M], and the item
 * text is not shipped (SPEC.md §1.0), so items carry only their number and no value labels.
 *
 * Not modelled, on purpose:
 * - Subjective/observer split and subscales: the 2014 guide's 28 items and the 1998 paper's 19 subjective items
 *   plus observer items [C] are other versions; SPEC.md names no split or subscale for the 23-item form, and §7
 *   lists none.
 * - "Dissociation = total > 4" (esketamine trials) is [M] and not in the §7 contract; if a clinic wants it, make
 *   it configuration of the outcomes/session layer, not a band here.
 */
const keys = numberedKeys(23);

// LOINC: none confirmed (SPEC.md §1.12, §5 [X]), so no `loinc`.
export const cadss: InstrumentDefinition = {
  id: 'cadss',
  name: 'CADSS (Clinician-Administered Dissociative States Scale), 23-item',
  version: '1',
  // The clinician administers and records it (the scale's name); SPEC.md §1.12 calls the 23-item form
  // patient-rated because the patient answers the subjective items.
  rater: 'clinician',
  // Timing: baseline, about 40 minutes after dosing (peak) and at discharge (SPEC.md §1.12).
  recallPeriod: 'Now (at the time of rating: baseline, about 40 minutes after dosing, discharge)',
  licence: {
    status: 'ask-first',
    itemTextShipped: false,
    note: 'Bremner et al. 1998; 2014 administration guide distributed by Bremner [C]; licence not confirmed [X]: "No, until the author gives permission. Scores only." (SPEC.md §1.0).',
  },
  source: 'Bremner JD, Krystal JH, Putnam FW, et al. Measurement of dissociative states with the CADSS. J Trauma Stress 1998;11:125–36. 23-item form as used in ketamine and esketamine studies (SPEC.md §1.12).',
  items: keys.map((key) => ({ key, label: `Item ${key}`, allowedValues: range(0, 4), scored: true })),
  score(answers) {
    // Total 0–92, no band (SPEC.md §7).
    return { instrument: 'cadss', version: '1', total: sumItems(answers, keys), band: null, flags: [], subscales: {}, findings: {} };
  },
};
