import type { DatabaseHandle } from '../src/db/database.js';

/** One SQL statement with its parameters ($1, $2, …), sent to the driver as it is. */
export interface BareQuery {
  text: string;
  params: unknown[];
}

/** The query /api/health runs: the floor under any endpoint that reads the database. */
export const healthQuery: BareQuery = { text: 'select max(created_at) as newest from drizzle.__drizzle_migrations', params: [] };

export interface BareQueryFigures {
  concurrency: number;
  queriesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

interface QueryClient {
  query(text: string, params: unknown[]): Promise<unknown>;
}

/** The driver under drizzle: PGlite's single connection, or the pg pool (as wide as the handle was opened). */
export function driverOf(handle: DatabaseHandle): QueryClient {
  return (handle.db as unknown as { $client: QueryClient }).$client;
}

export function percentile(sortedMs: readonly number[], fraction: number): number {
  return Number((sortedMs[Math.min(sortedMs.length - 1, Math.floor(sortedMs.length * fraction))] ?? 0).toFixed(2));
}

/**
 * Runs `query` from `concurrency` loops for `seconds` (after a 1 s warm-up) straight on the driver: no HTTP, no
 * ORM, no transaction, no audit. On PGlite it must run while no other process has the database open.
 */
export async function measureBareQuery(client: QueryClient, query: BareQuery, options: { concurrency: number; seconds: number }): Promise<BareQueryFigures> {
  const latencies: number[] = [];
  const run = async (until: number, record: boolean) => {
    while (performance.now() < until) {
      const started = performance.now();
      await client.query(query.text, query.params);
      if (record) latencies.push(performance.now() - started);
    }
  };
  const warmUntil = performance.now() + 1000;
  await Promise.all(Array.from({ length: options.concurrency }, () => run(warmUntil, false)));
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await Promise.all(Array.from({ length: options.concurrency }, () => run(until, true)));
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { concurrency: options.concurrency, queriesPerSecond: latencies.length / elapsedSeconds, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) };
}
