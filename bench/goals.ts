import type { ChainVerifyFigures } from './chain-verify.js';
import { hotPaths } from './http-paths.js';
import type { ConnectionResults, PathResult } from './measure-paths.js';
import type { OutcomeSummaryFigures } from './outcome-summary.js';

export interface GoalCheck {
  goal: string;
  figure: string;
  verdict: 'met' | 'missed' | 'not measured';
}

// Issue 9's goals, "for the benchmark (not a timed test)", set for the network scale on PostgreSQL.
const submitPhq9RequestsPerSecond = 2_250;
const trajectoryRequestsPerSecond = 3_400;
const interactiveP99Ms = 50;
const interactiveShareOfHealth = 0.25;
const outcomeSummaryMs = 1_000;
const verifyEntriesPerSecond = 100_000;
// Below this many entries a rate is mostly the fixed cost of starting, not verification.
const fewestEntriesForRate = 10_000;

const rounded = (value: number) => Math.round(value).toLocaleString('en-US');
const verdict = (met: boolean): GoalCheck['verdict'] => (met ? 'met' : 'missed');

function find(results: ConnectionResults[], connections: number, key: string): PathResult | undefined {
  return results.find((table) => table.connections === connections)?.paths.find((path) => path.key === key);
}

function throughputGoal(results: ConnectionResults[], key: string, goalRps: number, what: string): GoalCheck {
  const goal = `${what} ≥ ${rounded(goalRps)} req/s at 10 connections`;
  const result = find(results, 10, key);
  if (!result) return { goal, figure: 'BENCH_CONNECTIONS has no 10', verdict: 'not measured' };
  return { goal, figure: `${rounded(result.http.requestsPerSecond)} req/s (p99 ${result.http.p99Ms} ms)`, verdict: verdict(result.http.requestsPerSecond >= goalRps) };
}

function interactiveGoals(results: ConnectionResults[]): GoalCheck[] {
  return hotPaths
    .filter((path) => path.interactive)
    .map((path) => {
      const goal = `${path.name}: p99 < ${interactiveP99Ms} ms and ≥ ${interactiveShareOfHealth} × health at 50 connections`;
      const result = find(results, 50, path.key);
      if (!result) return { goal, figure: 'BENCH_CONNECTIONS has no 50', verdict: 'not measured' as const };
      const p99Met = result.http.p99Ms < interactiveP99Ms;
      const shareMet = result.ratioToHealth >= interactiveShareOfHealth;
      return { goal, figure: `p99 ${result.http.p99Ms} ms, ${result.ratioToHealth.toFixed(2)} × health`, verdict: verdict(p99Met && shareMet) };
    });
}

function verifyGoal(what: string, figures: ChainVerifyFigures): GoalCheck {
  const goal = `${what} ≥ ${rounded(verifyEntriesPerSecond)} entries/s over the full chain`;
  if (figures.entries < fewestEntriesForRate) return { goal, figure: `only ${rounded(figures.entries)} entries: too few for a rate`, verdict: 'not measured' };
  return { goal, figure: `${rounded(figures.entriesPerSecond)} entries/s over ${rounded(figures.entries)} entries (${figures.verdict})`, verdict: verdict(figures.entriesPerSecond >= verifyEntriesPerSecond) };
}

/** Each of issue 9's goals with this run's figure. */
export function checkGoals(input: { results: ConnectionResults[]; outcomes: OutcomeSummaryFigures; auditVerify: ChainVerifyFigures; ledgerVerify: ChainVerifyFigures }): GoalCheck[] {
  return [
    throughputGoal(input.results, 'submit-phq9', submitPhq9RequestsPerSecond, 'Submitting a PHQ-9'),
    throughputGoal(input.results, 'trajectory', trajectoryRequestsPerSecond, 'Reading a 50-point PHQ-9 trajectory'),
    ...interactiveGoals(input.results),
    { goal: `Outcome summary of the whole network < ${rounded(outcomeSummaryMs)} ms`, figure: `median ${input.outcomes.medianMs} ms, max ${input.outcomes.maxMs} ms over ${input.outcomes.runs} runs`, verdict: verdict(input.outcomes.medianMs < outcomeSummaryMs) },
    verifyGoal('audit verify', input.auditVerify),
    verifyGoal('ledger verify', input.ledgerVerify),
  ];
}
