/**
 * Rounds half up to `decimals` places. Cleaning the scaled value to 12 significant digits first absorbs
 * binary floating-point error, so 1.005 → 1.01 and 7499.5 → 7500, as a clinician would round by hand.
 * Only for the positive, bounded values of the dose calculator.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(12))) / factor;
}
