/**
 * Instruments that measure substance use or withdrawal. In a clinic that treats substance-use disorders
 * their results are treatment records under 42 CFR Part 2 (INTEROP.md §3), so they are labelled from the
 * moment they are stored and disclosed only with the patient's consent.
 */
const substanceUseInstruments = new Set(['audit', 'audit-c', 'dast10', 'pacs', 'craving-vas', 'cows']);

export function assessmentConfidentiality(instrumentId: string): 'normal' | 'part2' {
  return substanceUseInstruments.has(instrumentId) ? 'part2' : 'normal';
}
