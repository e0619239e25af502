import { type ScaleName, scaleNames } from '../src/db/generate/scales.js';
import { freshDataDir } from '../tests/helpers/cli-process.js';

export type Engine = 'pglite' | 'postgres';

export interface BenchOptions {
  engine: Engine;
  databaseUrl: string | undefined;
  /** PGlite only: a fresh directory unless BENCH_DATA_DIR names one to reuse. */
  dataDir: string;
  scale: ScaleName;
  seed: number;
  seconds: number;
  /** Each HTTP hot path and each bare query is measured once per entry. */
  connections: number[];
  warmUpSeconds: number;
  latencyReadings: number;
  outcomeRuns: number;
  auditChainEntries: number;
}

function wholeNumber(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of ${min} or more, not "${raw}"`);
  return value;
}

/** Reads the BENCH_* variables; PGlite runs the small scale by default, PostgreSQL the network scale. */
export function readBenchOptions(): BenchOptions {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const engine: Engine = databaseUrl ? 'postgres' : 'pglite';
  const scale = process.env.BENCH_SCALE || (engine === 'postgres' ? 'network' : 'small');
  if (!(scaleNames as readonly string[]).includes(scale)) throw new Error(`BENCH_SCALE must be one of ${scaleNames.join(', ')}, not "${scale}"`);
  const connections = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map((part) => Number(part.trim()));
  if (connections.some((count) => !Number.isInteger(count) || count < 1)) throw new Error(`BENCH_CONNECTIONS must list whole numbers, such as "10,50"`);
  return {
    engine,
    databaseUrl,
    dataDir: process.env.BENCH_DATA_DIR || freshDataDir(),
    scale: scale as ScaleName,
    seed: wholeNumber('BENCH_SEED', 1, 0),
    seconds: wholeNumber('BENCH_SECONDS', 10),
    connections,
    warmUpSeconds: 2,
    latencyReadings: wholeNumber('BENCH_LATENCY_READINGS', 1000),
    outcomeRuns: wholeNumber('BENCH_OUTCOME_RUNS', 5),
    auditChainEntries: wholeNumber('BENCH_AUDIT_ENTRIES', 100_000),
  };
}
