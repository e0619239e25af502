import { createDb } from '../src/db/create-db.js';

/** The query /api/health runs, sent straight to the driver: the floor under any endpoint that reads the database. */
export const healthQuery = 'select max(created_at) as newest from drizzle.__drizzle_migrations';

export interface BareQueryFigures {
  queriesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Runs `healthQuery` from `concurrency` loops for `seconds`, in this process, before the server opens the database. */
export async function measureBareQuery(options: { databaseUrl?: string; dataDir: string; concurrency: number; seconds: number }): Promise<BareQueryFigures> {
  const handle = await createDb({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const client = (handle.db as unknown as { $client: { query(text: string): Promise<unknown> } }).$client;
  try {
    const latencies: number[] = [];
    const run = async (until: number, record: boolean) => {
      while (performance.now() < until) {
        const started = performance.now();
        await client.query(healthQuery);
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
    const at = (fraction: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? 0).toFixed(2));
    return { queriesPerSecond: latencies.length / elapsedSeconds, p50Ms: at(0.5), p99Ms: at(0.99) };
  } finally {
    await handle.close();
  }
}
