import { z } from 'zod';

/**
 * Observer ratings charted during a session (SPEC.md §2.6: record dissociation at peak, about 40 min, and
 * watch sedation). CADSS, the full dissociation scale, is an instrument of its own (SPEC.md §1.12).
 */
export const observationKinds = ['dissociation-0-4', 'moaas'] as const;
export type ObservationKind = (typeof observationKinds)[number];

export type ObservationConcern = 'none' | 'slow' | 'stop';

export interface ObservationLevel {
  value: number;
  label: string;
}

/**
 * The brief dissociation rating SPEC.md §2.6 allows in place of the CADSS ("a simpler 0–4 observer rating",
 * [M]). The labels are our design; no published scale stands behind them. They echo the CADSS item anchors
 * (not at all … extremely, SPEC.md §1.12) so the two read alike.
 */
export const dissociationLevels: readonly ObservationLevel[] = Object.freeze([
  { value: 0, label: 'None' },
  { value: 1, label: 'Mild' },
  { value: 2, label: 'Moderate' },
  { value: 3, label: 'Marked' },
  { value: 4, label: 'Severe' },
]);

/**
 * Modified Observer's Assessment of Alertness/Sedation, the responsiveness scale of Chernik DA et al., J Clin
 * Psychopharmacol 1990;10(4):244–51, as commonly tabulated (e.g. BMC Anesthesiology 2022, table 2). The
 * Spravato label reports loss of consciousness as MOAA/S 0 (SPEC.md §2.3).
 */
export const moaasLevels: readonly ObservationLevel[] = Object.freeze([
  { value: 5, label: 'Responds readily to name spoken in normal tone' },
  { value: 4, label: 'Lethargic response to name spoken in normal tone' },
  { value: 3, label: 'Responds only after name is called loudly and/or repeatedly' },
  { value: 2, label: 'Responds only after mild prodding or shaking' },
  { value: 1, label: 'Responds only after painful trapezius squeeze' },
  { value: 0, label: 'No response to painful stimulus' },
]);

export const observationLevels: Readonly<Record<ObservationKind, readonly ObservationLevel[]>> = Object.freeze({
  'dissociation-0-4': dissociationLevels,
  moaas: moaasLevels,
});

/** One observation as entered: the kind, and a whole score on that kind's scale. */
export const observationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dissociation-0-4'), value: z.number().int().min(0).max(4) }),
  z.strictObject({ kind: z.literal('moaas'), value: z.number().int().min(0).max(5) }),
]);
export type Observation = z.infer<typeof observationSchema>;

export function observationLabel(kind: ObservationKind, value: number): string | null {
  return observationLevels[kind].find((level) => level.value === value)?.label ?? null;
}

/**
 * How worrying one rating is, in the columns of the thresholds table (SPEC.md §2.6):
 * - MOAA/S ≤1: stop (SPEC §2.6 "unresponsive, or MOAA/s ≤1"). MOAA/S 2–3: slow, our reading of "excessive
 *   sedation" [M]. MOAA/S 4–5: none.
 * - Dissociation 4 (severe): slow [M, our design]; 0–3: none. Dissociation is expected with ketamine
 *   (61–75% with esketamine, SPEC §2.3), so only the top of the scale asks for action.
 * Throws a RangeError for a value not on the scale: parse with `observationSchema` first.
 */
export function observationConcern(kind: ObservationKind, value: number): ObservationConcern {
  if (observationLabel(kind, value) === null) throw new RangeError(`${value} is not a score on the ${kind} scale`);
  if (kind === 'moaas') return value <= 1 ? 'stop' : value <= 3 ? 'slow' : 'none';
  return value >= 4 ? 'slow' : 'none';
}
