/**
 * Response and remission per instrument (SPEC.md §1 and §4 "analysis conventions"). Every value is a
 * published default a clinic may change; `null` means the instrument has no accepted definition.
 */
export interface OutcomeRule {
  /** Response: a fall from baseline of at least this fraction. */
  responseFallFraction: number | null;
  /** Remission: a total at or below this. */
  remissionAtOrBelow: number | null;
  /** Below this baseline, a "response" means little: the result is flagged (SPEC.md §0). */
  elevatedAtOrAbove: number | null;
  source: string;
}

export const defaultOutcomeRules: Readonly<Record<string, OutcomeRule>> = {
  // Remission PHQ-9 < 5 (HEDIS DRR-E, McInnes 2022); response ≥ 50 % fall; elevated ≥ 10 (moderate band, Kroenke 2001).
  phq9: { responseFallFraction: 0.5, remissionAtOrBelow: 4, elevatedAtOrAbove: 10, source: 'SPEC.md §1.1; McInnes 2022' },
  // No official definition; common practice ≥ 50 % fall and < 5 (SPEC.md §1.2).
  gad7: { responseFallFraction: 0.5, remissionAtOrBelow: 4, elevatedAtOrAbove: 10, source: 'SPEC.md §1.2 (common practice)' },
  // Remission ≤ 5 (STAR*D, Trivedi 2006); response ≥ 50 % fall.
  'qids-sr16': { responseFallFraction: 0.5, remissionAtOrBelow: 5, elevatedAtOrAbove: 11, source: 'SPEC.md §1.5; Trivedi 2006' },
  // Remission ≤ 10 in general use, ≤ 12 in the esketamine trials: a clinic parameter (SPEC.md §1.6).
  madrs: { responseFallFraction: 0.5, remissionAtOrBelow: 10, elevatedAtOrAbove: 20, source: 'SPEC.md §1.6; Talati 2019' },
  // Response ≥ 35 % fall (Rodriguez 2013); remission ≤ 12 (Mataix-Cols 2016, which also asks for CGI-S ≤ 2).
  ybocs: { responseFallFraction: 0.35, remissionAtOrBelow: 12, elevatedAtOrAbove: 16, source: 'SPEC.md §1.7; Rodriguez 2013; Mataix-Cols 2016' },
  // No ketamine-specific definition: reliable change per NCPTSD guidance instead (see reliable change); cut-off 33.
  pcl5: { responseFallFraction: null, remissionAtOrBelow: null, elevatedAtOrAbove: 33, source: 'SPEC.md §1.3' },
};

/** Reliability and SD for the Jacobson–Truax reliable change index: clinic-supplied, no default is asserted. */
export interface ReliabilityParameters {
  /** Test–retest (or internal-consistency) reliability of the instrument, 0–1. */
  reliability: number;
  /** Standard deviation of the reference population's baseline totals. */
  standardDeviation: number;
}
