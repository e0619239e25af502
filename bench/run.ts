/**
 * `npm run bench`: starts the built server on a fresh embedded database with the demo clinic (or on
 * DATABASE_URL, migrated first) and measures each endpoint with autocannon on loopback. Every figure is also
 * given as a ratio to /api/health measured in the same run, because these machines are noisy: compare
 * ratios, not absolute numbers, across runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { freshDataDir, runCli, startServerProcess } from '../tests/helpers/cli-process.js';
import { measureAuditVerify } from './audit-verify.js';
import { measureBareQuery } from './bare-query.js';
import { measureLedgerDraws } from './ledger-draws.js';
import { measureScoringThroughput } from './scoring-throughput.js';
import { signInAsDemoUser } from '../tests/helpers/demo-session.js';
import { endpoints } from './endpoints.js';
import { measureVitalToBoard, seedBenchFloor } from './floor.js';

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Measurement {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  unexpected: number;
  ratioToHealth: number;
  ratioToBareQuery: number;
}

async function measure(url: string, path: string, expectStatus: number, headers: Record<string, string>, request: { method?: 'GET' | 'POST'; body?: string } = {}): Promise<Omit<Measurement, 'name' | 'ratioToHealth' | 'ratioToBareQuery'>> {
  const options = { url: url + path, connections, headers, ...(request.body ? { method: request.method ?? 'POST', body: request.body } : {}) };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const result = await autocannon({ ...options, duration: durationSeconds });
  const statusCount = (result as unknown as Record<string, number>)[`${Math.floor(expectStatus / 100)}xx`] ?? 0;
  return {
    path,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    unexpected: result.requests.total - statusCount,
  };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = freshDataDir();
  const logLevel = process.env.LOG_LEVEL ?? 'info';
  const env = databaseUrl ? { DATABASE_URL: databaseUrl, LOG_LEVEL: logLevel } : { KETACLINIC_DATA_DIR: dataDir, LOG_LEVEL: logLevel };
  for (const command of databaseUrl ? ['migrate', 'demo'] : ['demo']) {
    const result = await runCli([command], env);
    if (result.code !== 0) throw new Error(`ketaclinic ${command} failed:\n${result.stderr}`);
  }
  await seedBenchFloor({ databaseUrl, dataDir, chairs: 20 });
  const bare = await measureBareQuery({ databaseUrl, dataDir, concurrency: connections, seconds: durationSeconds });
  const server = await startServerProcess(['--with-demo'], env);
  const measurements: Measurement[] = [];
  let latency: Awaited<ReturnType<typeof measureVitalToBoard>> | undefined;
  try {
    let healthRps = 0;
    const cookie = await signInAsDemoUser(server.url, 'nurse@ketaclinic-demo.example');
    const found = (await (await fetch(`${server.url}/api/patients?q=DEMO-0001`, { headers: { cookie } })).json()) as { patients: { id: string }[] };
    const patientId = found.patients[0]!.id;
    const board = (await (await fetch(`${server.url}/api/floor`, { headers: { cookie } })).json()) as { chairs: { sessionId: string; state: string }[] };
    const sessionId = board.chairs.find((chair) => chair.state === 'monitoring')!.sessionId;
    for (const endpoint of endpoints) {
      const path = endpoint.path.replace('{patientId}', patientId).replace('{sessionId}', sessionId);
      const headers: Record<string, string> = { ...(endpoint.signedIn ? { cookie } : {}), ...(endpoint.body ? { 'content-type': 'application/json' } : {}) };
      const figures = await measure(server.url, path, endpoint.expectStatus, headers, endpoint);
      if (figures.unexpected > 0) throw new Error(`${endpoint.path}: ${figures.unexpected} responses were not ${endpoint.expectStatus}`);
      if (endpoint.name === 'health') healthRps = figures.requestsPerSecond;
      measurements.push({
        name: endpoint.name,
        ...figures,
        path: endpoint.path,
        ratioToHealth: figures.requestsPerSecond / healthRps,
        ratioToBareQuery: figures.requestsPerSecond / bare.queriesPerSecond,
      });
    }
    const watcher = await signInAsDemoUser(server.url, 'frontdesk@ketaclinic-demo.example');
    latency = await measureVitalToBoard(server.url, cookie, watcher, sessionId, Number(process.env.BENCH_LATENCY_READINGS ?? 1000));
  } finally {
    await server.stop();
  }

  const scoring = measureScoringThroughput(Math.min(durationSeconds, 3));
  const auditVerify = await measureAuditVerify({ databaseUrl, dataDir, entries: Number(process.env.BENCH_AUDIT_ENTRIES ?? 100_000) });
  const ledgerDraws = await measureLedgerDraws({ databaseUrl, dataDir, workers: connections, seconds: Math.min(durationSeconds, 5) });
  const drawLine = (label: string, figure: typeof ledgerDraws.contended) => `ledger draws, ${label}: ${Math.round(figure.drawsPerSecond)} draws/s, p50 ${figure.p50Ms} ms, p99 ${figure.p99Ms} ms`;
  const engine = databaseUrl ? 'postgres' : 'pglite';
  const table = [
    `Ketaclinic bench, ${engine}, ${connections} connections, ${durationSeconds} s per endpoint, ${cpus().length} cores (${new Date().toISOString()})`,
    '',
    '| endpoint | path | req/s | p50 ms | p99 ms | vs /api/health | vs bare SQL |',
    '|---|---|---:|---:|---:|---:|---:|',
    `| bare SQL (driver, no HTTP) | health's query | ${Math.round(bare.queriesPerSecond)} | ${bare.p50Ms} | ${bare.p99Ms} | | 1.00 |`,
    ...measurements.map(
      (m) => `| ${m.name} | ${m.path} | ${Math.round(m.requestsPerSecond)} | ${m.p50Ms} | ${m.p99Ms} | ${m.ratioToHealth.toFixed(2)} | ${m.ratioToBareQuery.toFixed(2)} |`,
    ),
    '',
    ...scoring.map((figure) => `pure scoring, ${figure.instrument}: ${Math.round(figure.scoresPerSecond)} scores/s on one core (target > 200,000/s)`),
    `vital sign to another client's board (POST, NOTIFY, stream event, board GET): p50 ${latency?.p50Ms} ms, p99 ${latency?.p99Ms} ms over ${latency?.readings} readings`,
    `audit verify: ${auditVerify.entries} entries in ${auditVerify.seconds.toFixed(2)} s = ${Math.round(auditVerify.entriesPerSecond)} entries/s (target ≥ 50,000/s, SECURITY.md T12)`,
    drawLine(`${ledgerDraws.workers} workers on ${ledgerDraws.contended.containers} containers`, ledgerDraws.contended),
    drawLine('one container per worker', ledgerDraws.containerPerWorker),
    drawLine('one organisation per worker', ledgerDraws.organisationPerWorker),
    `ledger draws, ratios: ${ledgerDraws.contended.containers} shared containers vs one container each ${(ledgerDraws.contended.drawsPerSecond / ledgerDraws.containerPerWorker.drawsPerSecond).toFixed(2)}; one organisation's chain vs a chain each ${(ledgerDraws.containerPerWorker.drawsPerSecond / ledgerDraws.organisationPerWorker.drawsPerSecond).toFixed(2)}`,
  ].join('\n');
  console.log(table);

  const resultsDir = new URL('./results/', import.meta.url);
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
  const record = { engine, connections, durationSeconds, cores: cpus().length, node: process.version, at: new Date().toISOString(), bareQuery: bare, measurements, vitalToBoard: latency, scoring, auditVerify, ledgerDraws };
  writeFileSync(new URL(`${stamp}-${engine}.json`, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(new URL(`latest-${engine}.md`, resultsDir), `${table}\n`);
}

await main();
