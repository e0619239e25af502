import { compareToBaseline } from '../../../domain/outcomes/compare-to-baseline';
import { defaultOutcomeRules } from '../../../domain/outcomes/outcome-rules';

interface Point {
  total: number | null;
  purpose: string;
}

/** The first result marked "baseline", or else the first result: what change is measured from. */
export function pickBaseline<T extends Point>(series: readonly T[]): T | undefined {
  return series.find((point) => point.purpose === 'baseline') ?? series[0];
}

const percent = (fraction: number) => Math.round(fraction * 100);

/**
 * "Baseline 20 → latest 9: response (≥ 50 % fall), no remission", with the published rule of each instrument
 * (outcome-rules.ts); instruments without a rule get the two totals only. Series are oldest first.
 */
export function summariseOutcome(instrumentId: string, series: readonly Point[]): string | null {
  const scored = series.filter((point): point is Point & { total: number } => point.total !== null);
  const baseline = pickBaseline(scored);
  const latest = scored.at(-1);
  if (!baseline || !latest) return null;
  if (latest === baseline) return `Baseline ${baseline.total}; no later result yet`;
  const head = `Baseline ${baseline.total} → latest ${latest.total}`;
  const rule = defaultOutcomeRules[instrumentId];
  if (!rule) return head;
  const change = compareToBaseline(baseline.total, latest.total, rule);
  const parts: string[] = [];
  if (change.response !== null && rule.responseFallFraction !== null) {
    const needed = `≥ ${percent(rule.responseFallFraction)} % fall`;
    const actual = change.fractionImproved! >= 0 ? `${percent(change.fractionImproved!)} % fall` : `${percent(-change.fractionImproved!)} % rise`;
    parts.push(change.response ? `response (${needed})` : `no response (${actual}; response is ${needed})`);
  }
  if (change.remission !== null) parts.push(change.remission ? `remission (≤ ${rule.remissionAtOrBelow})` : 'no remission');
  if (change.lowBaseline) parts.push(`low baseline (below ${rule.elevatedAtOrAbove}), so a response means little`);
  return parts.length > 0 ? `${head}: ${parts.join(', ')}` : head;
}
