import { compareToBaseline } from '../outcomes/compare-to-baseline.js';
import type { OutcomeRule } from '../outcomes/outcome-rules.js';

export interface OutcomeAtReEvaluation {
  instrumentId: string;
  baseline: number;
  latest: number;
  change: number;
  fractionImproved: number | null;
  response: boolean | null;
  remission: boolean | null;
}

export interface ReEvaluation {
  due: boolean;
  /** The last induction session's date: re-evaluation is due after it. */
  afterDate: string | null;
  outcomes: OutcomeAtReEvaluation[];
}

/**
 * The prompt after the induction series (issue 5; "check for benefit at the end of induction", Spravato label;
 * "re-evaluate after about 2–4 infusions", Sanacora 2017 [M]): due once the last planned induction session has
 * passed, with each measured instrument's baseline (the newest total on or before the course start), latest
 * total, and response and remission by the clinic's outcome rules.
 */
export function reEvaluateAfterInduction(args: {
  status: string;
  startDate: string;
  inductionDates: readonly string[];
  today: string;
  totals: Readonly<Record<string, readonly { completedOn: string; total: number }[]>>;
  rules: Readonly<Record<string, OutcomeRule>>;
}): ReEvaluation | null {
  if (args.status !== 'active' && args.status !== 'completed') return null;
  const afterDate = [...args.inductionDates].sort().at(-1) ?? null;
  const outcomes: OutcomeAtReEvaluation[] = [];
  for (const [instrumentId, rule] of Object.entries(args.rules)) {
    const series = [...(args.totals[instrumentId] ?? [])].sort((a, b) => a.completedOn.localeCompare(b.completedOn));
    const baseline = series.filter((point) => point.completedOn <= args.startDate).at(-1);
    const latest = series.at(-1);
    if (!baseline || !latest || latest === baseline) continue;
    const compared = compareToBaseline(baseline.total, latest.total, rule);
    outcomes.push({ instrumentId, baseline: baseline.total, latest: latest.total, change: compared.change, fractionImproved: compared.fractionImproved, response: compared.response, remission: compared.remission });
  }
  return { due: afterDate !== null && args.today > afterDate, afterDate, outcomes };
}
