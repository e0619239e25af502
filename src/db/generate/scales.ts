/** The sizes `ketaclinic generate` can write. `network` is issue 9's clinic network; `small` runs on PGlite in seconds. */
export const scaleNames = ['small', 'network'] as const;
export type ScaleName = (typeof scaleNames)[number];

export interface Scale {
  locations: number;
  patients: number;
  /** Each patient has 0 … this many PHQ-9s (uniform), so about half this many on average. */
  maxAssessmentsPerPatient: number;
  /** Each patient has 0 … this many dosing sessions (uniform). */
  maxSessionsPerPatient: number;
  vitalsPerSession: number;
}

// network: 100 locations, 50,000 patients, ≈1,000,000 assessments (mean 20), ≈300,000 sessions (mean 6),
// ≈3,000,000 vital signs (10 per session) — the figures of issue 9.
export const scales: Record<ScaleName, Scale> = {
  small: { locations: 3, patients: 500, maxAssessmentsPerPatient: 12, maxSessionsPerPatient: 12, vitalsPerSession: 4 },
  network: { locations: 100, patients: 50_000, maxAssessmentsPerPatient: 40, maxSessionsPerPatient: 12, vitalsPerSession: 10 },
};

/**
 * Trajectory classes, as shares of patients. Response = ≥50% fall of PHQ-9 from baseline; remission = PHQ-9 < 5
 * (SPEC.md §4). McInnes 2022: response 53.6%, remission 28.9%; Oliver 2022: response 50%, remission 20% at 6 weeks.
 * Remitters are responders too (baseline ≥ 14, so a final score < 5 is always a ≥50% fall).
 */
export const trajectoryShares = { remitter: 0.27, responderNotRemitted: 0.27 } as const;
