import type { OutcomeRule, ReliabilityParameters } from './outcome-rules.js';

export interface ChangeFromBaseline {
  change: number;
  /** (baseline − current) / baseline: positive is improvement; null when the baseline is 0. */
  fractionImproved: number | null;
  response: boolean | null;
  remission: boolean | null;
  /** The baseline was below the instrument's elevated threshold: response is reported but means little. */
  lowBaseline: boolean;
  reliableChange: { index: number; reliable: boolean; direction: 'improved' | 'worsened' | 'unchanged' } | null;
}

// Jacobson & Truax 1991: RCI = (x2 − x1) / S_diff, S_diff = √2 · SD · √(1 − r); |RCI| > 1.96 is reliable at p < .05.
const reliableIndex = 1.96;

export function jacobsonTruaxRci(baseline: number, current: number, parameters: ReliabilityParameters): number {
  const standardError = parameters.standardDeviation * Math.sqrt(1 - parameters.reliability);
  const differenceError = Math.sqrt(2) * standardError;
  return (current - baseline) / differenceError;
}

/** Compares a later total with the baseline total of the same instrument (lower totals are better). */
export function compareToBaseline(baseline: number, current: number, rule: OutcomeRule, reliability?: ReliabilityParameters): ChangeFromBaseline {
  const fractionImproved = baseline > 0 ? (baseline - current) / baseline : null;
  const response = rule.responseFallFraction === null || fractionImproved === null ? null : fractionImproved >= rule.responseFallFraction;
  const remission = rule.remissionAtOrBelow === null ? null : current <= rule.remissionAtOrBelow;
  let reliableChange: ChangeFromBaseline['reliableChange'] = null;
  if (reliability && reliability.reliability < 1 && reliability.standardDeviation > 0) {
    const index = jacobsonTruaxRci(baseline, current, reliability);
    const reliable = Math.abs(index) > reliableIndex;
    reliableChange = { index, reliable, direction: !reliable ? 'unchanged' : index < 0 ? 'improved' : 'worsened' };
  }
  return {
    change: current - baseline,
    fractionImproved,
    response,
    remission,
    lowBaseline: rule.elevatedAtOrAbove !== null && baseline < rule.elevatedAtOrAbove,
    reliableChange,
  };
}

/** Days from the baseline to the first result that meets response, or null when none does. */
export function daysToFirstResponse(series: readonly { completedAt: Date; total: number }[], rule: OutcomeRule): number | null {
  const [baseline, ...later] = series;
  if (!baseline || rule.responseFallFraction === null) return null;
  const first = later.find((point) => compareToBaseline(baseline.total, point.total, rule).response === true);
  return first ? (first.completedAt.getTime() - baseline.completedAt.getTime()) / 86_400_000 : null;
}
