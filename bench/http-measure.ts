import autocannon from 'autocannon';
import { percentile } from './bare-query.js';
import type { HttpRequest, RateLimited } from './http-paths.js';

export interface HttpFigures {
  /** Requests in flight at once: the connection count, or fewer where a rate limit bounds the route. */
  concurrency: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** Answers other than the expected status, plus connection errors and timeouts. */
  unexpected: number;
  /** How a rate limit bounded the measurement, in words. */
  limitedBy?: string;
}

interface Target {
  url: string;
  requests: HttpRequest[];
  cookie: string | undefined;
  expectStatus: number;
}

const headersFor = (request: HttpRequest, cookie: string | undefined): Record<string, string> => ({
  ...(cookie ? { cookie } : {}),
  ...(request.body ? { 'content-type': 'application/json' } : {}),
});

/** `connections` autocannon connections for `seconds`, after a warm-up; each connection goes through `requests` in turn. */
export async function measureWithAutocannon(target: Target, options: { connections: number; seconds: number; warmUpSeconds: number }): Promise<HttpFigures> {
  const base = {
    url: target.url,
    connections: options.connections,
    requests: target.requests.map((request) => ({ method: request.method, path: request.path, headers: headersFor(request, target.cookie), ...(request.body ? { body: request.body } : {}) })),
  };
  await autocannon({ ...base, duration: options.warmUpSeconds });
  const result = await autocannon({ ...base, duration: options.seconds });
  const counts = Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => ({ status: Number(status), count: stats.count ?? 0 }));
  const wrongStatus = counts.filter((entry) => entry.status !== target.expectStatus).reduce((sum, entry) => sum + entry.count, 0);
  return {
    concurrency: options.connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    unexpected: wrongStatus + result.errors,
  };
}

interface Answer {
  status: number;
  ms: number;
  remaining: number;
  resetSeconds: number;
}

async function send(target: Target, request: HttpRequest): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(target.url + request.path, { method: request.method, headers: headersFor(request, target.cookie), ...(request.body ? { body: request.body } : {}) });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, remaining: Number(response.headers.get('x-ratelimit-remaining') ?? 0), resetSeconds: Number(response.headers.get('x-ratelimit-reset') ?? 60) };
}

/**
 * For routes whose rate limit is fixed in code: one probe request reads how many requests the current window has
 * left (waiting for the next window when too few are left), then sends that many, `concurrency` at a time, for at
 * most `seconds`.
 */
export async function measureWithinRateLimit(target: Target, limit: RateLimited, options: { connections: number; seconds: number }): Promise<HttpFigures> {
  const { connections } = options;
  const request = target.requests[0]!;
  const wantedConcurrency = Math.min(connections, limit.maxConcurrency ?? connections);
  const enough = Math.min(wantedConcurrency, limit.maxRequests ?? limit.perMinute, limit.perMinute - 1);
  let probe = await send(target, request);
  if (probe.status === 429 || probe.remaining < enough) {
    await new Promise((resolve) => setTimeout(resolve, probe.resetSeconds * 1000 + 500));
    probe = await send(target, request);
  }
  if (probe.status !== target.expectStatus) throw new Error(`${request.method} ${request.path} answered ${probe.status} to the rate-limit probe`);
  const total = Math.min(probe.remaining, limit.maxRequests ?? probe.remaining);
  const concurrency = Math.min(wantedConcurrency, total);
  const answers: Answer[] = [];
  let sent = 0;
  const started = performance.now();
  // Slow routes stop at the run's time per path, like the autocannon measurements.
  const until = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < total && (sent < concurrency || performance.now() < until)) {
        sent += 1;
        answers.push(await send(target, request));
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  const latencies = answers.map((answer) => answer.ms).sort((a, b) => a - b);
  return {
    concurrency,
    requests: answers.length,
    requestsPerSecond: answers.length / elapsedSeconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    non2xx: answers.filter((answer) => answer.status < 200 || answer.status > 299).length,
    unexpected: answers.filter((answer) => answer.status !== target.expectStatus).length,
    limitedBy: `${answers.length} requests, ${concurrency} at a time: limit ${limit.perMinute}/min per client address, fixed in ${limit.setIn}`,
  };
}
