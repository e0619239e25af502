import { mkdirSync, writeFileSync } from 'node:fs';
import type { GenerateReport } from '../src/db/generate/generate-network.js';
import type { AuditVerifyFigures } from './audit-verify.js';
import type { Engine } from './bench-options.js';
import type { ChainVerifyFigures } from './chain-verify.js';
import type { LatencyFigures } from './floor.js';
import type { GoalCheck } from './goals.js';
import type { BareQuery } from './bare-query.js';
import type { BenchTargets } from './http-paths.js';
import type { LedgerDrawFigures, LedgerDrawScenario } from './ledger-draws.js';
import type { ConnectionResults } from './measure-paths.js';
import type { OutcomeSummaryFigures } from './outcome-summary.js';

export interface RunRecord {
  at: string;
  engine: Engine;
  scale: string;
  seed: number;
  slug: string;
  reused: boolean;
  generatorReport: GenerateReport | null;
  cores: number;
  node: string;
  secondsPerPath: number;
  warmUpSeconds: number;
  /** Facts about the set-up the figures depend on, in words. */
  setUp: string[];
  targets: BenchTargets;
  /** Each path's bare query as measured, by path key. */
  bareQueries: Record<string, BareQuery>;
  results: ConnectionResults[];
  ledgerDraws: { connections: number; figures: LedgerDrawFigures }[];
  outcomes: OutcomeSummaryFigures;
  auditVerify: ChainVerifyFigures;
  ledgerVerify: ChainVerifyFigures;
  /** The 100,000-entry chain bench/audit-verify.ts builds, run only while the organisation's own chain is shorter. */
  builtAuditChain: AuditVerifyFigures | null;
  scoring: { instrument: string; scoresPerSecond: number }[];
  vitalToBoard: LatencyFigures;
  notes: string[];
  goals: GoalCheck[];
}

const whole = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => (value < 10 ? value.toFixed(1) : String(Math.round(value)));
const ratio = (value: number | null) => (value === null || !Number.isFinite(value) ? '–' : value.toFixed(2));

function connectionTable(table: ConnectionResults): string[] {
  const marks: string[] = [];
  const rows = table.paths.map((path) => {
    let name = path.name;
    if (path.http.limitedBy) {
      marks.push(`${'†'.repeat(marks.length + 1)} ${path.route}: ${path.http.limitedBy}.`);
      name += ` ${'†'.repeat(marks.length)}`;
    }
    const bare = path.bare ? `${whole(path.bare.queriesPerSecond)}${path.bare.concurrency === table.connections ? '' : ` (${path.bare.concurrency} loops)`}` : '–';
    return `| ${name} | ${path.route} | ${whole(path.http.requestsPerSecond)} | ${ms(path.http.p50Ms)} | ${ms(path.http.p99Ms)} | ${path.http.non2xx} | ${ratio(path.ratioToHealth)} | ${ratio(path.ratioToBare)} | ${bare} |`;
  });
  return [
    `## ${table.connections} connections`,
    '',
    '| hot path | route | req/s | p50 ms | p99 ms | non-2xx | vs health | vs bare SQL | bare SQL q/s |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    ...marks,
  ];
}

const drawLine = (label: string, figure: LedgerDrawScenario) => `- ${label}: ${whole(figure.drawsPerSecond)} draws/s, p50 ${figure.p50Ms} ms, p99 ${figure.p99Ms} ms`;

function ledgerDrawLines(entry: RunRecord['ledgerDraws'][number]): string[] {
  const { figures } = entry;
  return [
    `Ledger draws below HTTP (appendLedgerEntry, ${figures.workers} workers, ${figures.seconds} s each):`,
    drawLine(`${figures.contended.containers} shared containers`, figures.contended),
    drawLine('one container per worker', figures.containerPerWorker),
    drawLine('one organisation per worker', figures.organisationPerWorker),
  ];
}

function otherLines(record: RunRecord): string[] {
  const { outcomes, auditVerify, ledgerVerify, builtAuditChain, vitalToBoard } = record;
  const verifyLine = (what: string, figures: ChainVerifyFigures) => `- ${what} over the organisation's full chain: ${whole(figures.entries)} entries in ${figures.seconds.toFixed(2)} s = ${whole(figures.entriesPerSecond)} entries/s (${figures.verdict})`;
  return [
    '## Not over HTTP',
    '',
    `- outcome summary of the whole organisation (public page figures, ${outcomes.courses} courses, ${outcomes.dosingSessions} dosing sessions, ${outcomes.phq9Totals} PHQ-9 totals): median ${outcomes.medianMs} ms, max ${outcomes.maxMs} ms over ${outcomes.runs} runs`,
    verifyLine('audit verify', auditVerify),
    verifyLine('ledger verify', ledgerVerify),
    ...(builtAuditChain ? [`- audit verify over a bench-built chain of ${whole(builtAuditChain.entries)} entries: ${builtAuditChain.seconds.toFixed(2)} s = ${whole(builtAuditChain.entriesPerSecond)} entries/s`] : []),
    ...record.scoring.map((figure) => `- pure scoring, ${figure.instrument}: ${whole(figure.scoresPerSecond)} scores/s on one core`),
    `- vital sign to another client's board (POST, NOTIFY, stream event, board GET): p50 ${vitalToBoard.p50Ms} ms, p99 ${vitalToBoard.p99Ms} ms over ${vitalToBoard.readings} readings`,
    '',
    ...record.ledgerDraws.flatMap((entry) => [...ledgerDrawLines(entry), '']),
  ];
}

/** The markdown the run prints and keeps as bench/results/latest-<engine>.md. */
export function formatReport(record: RunRecord): string {
  const organisation = record.reused ? `${record.slug}, reused` : `${record.slug}, generated in this run (${whole(record.generatorReport?.totalMilliseconds ?? 0)} ms)`;
  return [
    `# Ketaclinic bench: ${record.engine}, ${organisation}`,
    '',
    `${record.at}; ${record.cores} cores, Node ${record.node}; ${record.secondsPerPath} s per path after a ${record.warmUpSeconds} s warm-up; ratios to /api/health and to the bare query are from this run at the same connection count.`,
    '',
    ...record.setUp.map((line) => `- ${line}`),
    '',
    ...record.results.flatMap((table) => [...connectionTable(table), '']),
    ...otherLines(record),
    '## Notes',
    '',
    ...record.notes.map((line) => `- ${line}`),
    '',
    `## Goals of issue 9 (set for the network scale on PostgreSQL; this run: ${record.engine}, ${record.scale})`,
    '',
    '| goal | this run | |',
    '|---|---|---|',
    ...record.goals.map((check) => `| ${check.goal} | ${check.figure} | ${check.verdict} |`),
    '',
  ].join('\n');
}

/** bench/results/<timestamp>-<engine>-<scale>.json (everything) and bench/results/latest-<engine>.md (the tables). */
export function writeResults(record: RunRecord, markdown: string): { json: string; markdown: string } {
  const resultsDir = new URL('./results/', import.meta.url);
  mkdirSync(resultsDir, { recursive: true });
  const stamp = record.at.slice(0, 19).replaceAll(':', '-');
  const json = new URL(`${stamp}-${record.engine}-${record.scale}.json`, resultsDir);
  const latest = new URL(`latest-${record.engine}.md`, resultsDir);
  writeFileSync(json, `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(latest, markdown);
  return { json: json.pathname, markdown: latest.pathname };
}
