import { type InstrumentDefinition, range } from './instrument.js';

// A generic single-item craving analogue scale: SPEC.md §1.10 (design spec, our own wording, no proprietary text).
// One integer 0–100 from a 100-mm line or slider. The substance comes from the context and is recorded in the
// findings, so that scores for different substances are never compared with each other unknowingly.
export const cravingVas: InstrumentDefinition = {
  id: 'craving-vas',
  name: 'Craving visual analogue scale (0–100)',
  version: '1',
  rater: 'self',
  recallPeriod: 'Right now',
  licence: { status: 'public-domain', itemTextShipped: true, note: 'Generic single-item scale in Ketaclinic\'s own words; no proprietary text (SPEC.md §1.0).' },
  // No LOINC code: none is confirmed for a generic craving VAS (SPEC.md §1.10).
  source: 'Ketaclinic design (SPEC.md §1.10): a generic 0–100 craving visual analogue scale.',
  items: [
    {
      key: '1',
      // Our own wording; a form may name the substance from the context in place of "the substance".
      label: 'How strong is your craving for the substance right now?',
      allowedValues: range(0, 100),
      valueLabels: { 0: 'No craving', 100: 'Strongest craving imaginable' },
      scored: true,
    },
  ],
  score(answers, context) {
    // Total is the rating itself; no band (SPEC.md §7).
    return {
      instrument: 'craving-vas',
      version: '1',
      total: answers['1']!,
      band: null,
      flags: [],
      subscales: {},
      findings: { substance: context.substance ?? null },
    };
  },
};
