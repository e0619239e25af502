import { type InstrumentDefinition, range } from './instrument.js';

// A single 0–10 rating in our own words: not a published instrument, so there are no bands or cut-offs to cite
// (SPEC.md §7: band null).
export const dailyMood: InstrumentDefinition = {
  id: 'daily-mood',
  name: 'Daily mood rating (0–10)',
  version: '1',
  rater: 'self',
  recallPeriod: 'Today',
  licence: { status: 'public-domain', itemTextShipped: true, note: "Ketaclinic's own wording; no third-party rights." },
  source: 'Ketaclinic single-item daily mood rating (SPEC.md §7).',
  items: [
    {
      key: '1',
      label: 'Overall, how has your mood been today? Choose a number from 0 (the worst it could be) to 10 (the best it could be).',
      allowedValues: range(0, 10),
      valueLabels: { 0: 'Worst possible mood', 10: 'Best possible mood' },
      scored: true,
    },
  ],
  score(answers) {
    return { instrument: 'daily-mood', version: '1', total: answers['1'] ?? 0, band: null, flags: [], subscales: {}, findings: {} };
  },
};
