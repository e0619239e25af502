/** The two-sided 95 % normal quantile, Φ⁻¹(0.975). */
export const z95 = 1.959963984540054;

export interface ProportionInterval {
  /** x / n, 0–1. */
  proportion: number;
  lower: number;
  upper: number;
}

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927, JASA 22:209–212), recommended over the
 * Wald interval for small samples and proportions near 0 or 1 (Brown, Cai & DasGupta 2001, Stat Sci 16:101–133):
 *
 *   centre = (p̂ + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
 *
 * It never leaves [0, 1] and is not degenerate at x = 0 or x = n.
 */
export function wilsonInterval(successes: number, trials: number, z: number = z95): ProportionInterval {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || trials <= 0 || successes < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval needs whole numbers 0 ≤ successes ≤ trials and trials > 0 (got ${successes} of ${trials})`);
  }
  const proportion = successes / trials;
  const zSquared = z * z;
  const denominator = 1 + zSquared / trials;
  const centre = (proportion + zSquared / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((proportion * (1 - proportion)) / trials + zSquared / (4 * trials * trials));
  return { proportion, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** A proportion as a percentage with one decimal (45.0, 25.8). */
export const toPercent1dp = (proportion: number): number => Math.round(proportion * 1000) / 10;
