import type { DatabaseHandle } from '../src/db/database.js';
import { type BareQueryFigures, driverOf, measureBareQuery } from './bare-query.js';
import { type HttpFigures, measureWithAutocannon, measureWithinRateLimit } from './http-measure.js';
import { type BenchTargets, bareConcurrency, type HotPath, hotPaths } from './http-paths.js';

/** Bare-query figures by path key, then by connection count. */
export type BareFigures = Record<string, Record<number, BareQueryFigures>>;

export interface PathResult {
  key: string;
  name: string;
  route: string;
  http: HttpFigures;
  bare: BareQueryFigures | null;
  ratioToHealth: number;
  ratioToBare: number | null;
}

export interface ConnectionResults {
  connections: number;
  paths: PathResult[];
}

/** Each path's main query straight on the driver, at each connection count, before the server opens the database. */
export async function measureBarePaths(handle: DatabaseHandle, targets: BenchTargets, options: { connections: number[]; seconds: number }): Promise<BareFigures> {
  const client = driverOf(handle);
  const figures: BareFigures = {};
  for (const path of hotPaths) {
    if (!path.bare) continue;
    const query = path.bare(targets);
    const byConnections: Record<number, BareQueryFigures> = {};
    for (const connections of options.connections) {
      byConnections[connections] = await measureBareQuery(client, query, { concurrency: bareConcurrency(path, connections), seconds: options.seconds });
    }
    figures[path.key] = byConnections;
  }
  return figures;
}

async function measurePath(path: HotPath, url: string, targets: BenchTargets, cookie: string, options: { connections: number; seconds: number; warmUpSeconds: number }): Promise<HttpFigures> {
  const target = { url, requests: path.requests(targets), cookie: path.signedIn ? cookie : undefined, expectStatus: path.expectStatus };
  const figures = path.rateLimited ? await measureWithinRateLimit(target, path.rateLimited, options) : await measureWithAutocannon(target, options);
  if (figures.requests === 0) throw new Error(`${path.route}: no request completed in ${options.seconds} s at ${options.connections} connections; raise BENCH_SECONDS`);
  if (figures.unexpected > 0) throw new Error(`${path.route}: ${figures.unexpected} of ${figures.requests} answers were not ${path.expectStatus} (or failed) at ${options.connections} connections`);
  return figures;
}

/** Every hot path over HTTP at each connection count, with its ratios to /api/health (same count, same run) and to its bare query. */
export async function measureHttpPaths(url: string, targets: BenchTargets, nurseCookie: string, bare: BareFigures, options: { connections: number[]; seconds: number; warmUpSeconds: number }): Promise<ConnectionResults[]> {
  const results: ConnectionResults[] = [];
  for (const connections of options.connections) {
    const paths: PathResult[] = [];
    let healthRps = Number.NaN;
    for (const path of hotPaths) {
      process.stderr.write(`  ${connections} connections: ${path.route}\n`);
      const http = await measurePath(path, url, targets, nurseCookie, { ...options, connections });
      if (path.key === 'health') healthRps = http.requestsPerSecond;
      const bareFigures = bare[path.key]?.[connections] ?? null;
      paths.push({ key: path.key, name: path.name, route: path.route, http, bare: bareFigures, ratioToHealth: http.requestsPerSecond / healthRps, ratioToBare: bareFigures ? http.requestsPerSecond / bareFigures.queriesPerSecond : null });
    }
    results.push({ connections, paths });
  }
  return results;
}
