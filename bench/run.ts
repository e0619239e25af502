/**
 * `npm run bench`: issue 9's hot paths on the synthetic clinic network. PGlite at the small scale by default,
 * PostgreSQL (DATABASE_URL) at the network scale; BENCH_SCALE, BENCH_SEED, BENCH_SECONDS, BENCH_CONNECTIONS
 * ("10,50"), BENCH_DATA_DIR (PGlite, to reuse a directory) and BENCH_LATENCY_READINGS override. Runs in three
 * phases because PGlite is single-process: set-up and the measurements straight on the database first, then the
 * built server under autocannon, then the repo-level ledger draws once the server has closed the database.
 */
import { cpus } from 'node:os';
import { formatGenerateReport } from '../src/cli/commands/generate.js';
import { migrateDb, openEmbedded, openPostgres } from '../src/db/create-db.js';
import { startServerProcess } from '../tests/helpers/cli-process.js';
import { measureAuditVerify } from './audit-verify.js';
import { type BenchOptions, readBenchOptions } from './bench-options.js';
import { prepareBenchStaff, signInOverHttp } from './bench-staff.js';
import { ensureBenchStock } from './bench-stock.js';
import { timeAuditVerify, timeLedgerVerify } from './chain-verify.js';
import { measureVitalToBoard, seedBenchFloor } from './floor.js';
import { checkGoals } from './goals.js';
import { type BenchTargets, hotPaths } from './http-paths.js';
import { measureLedgerDraws } from './ledger-draws.js';
import { measureBarePaths, measureHttpPaths } from './measure-paths.js';
import { timeOutcomeSummary } from './outcome-summary.js';
import { type RunRecord, formatReport, writeResults } from './report.js';
import { measureScoringThroughput } from './scoring-throughput.js';
import { benchLocationName, findOrGenerateSyntheticOrganisation, outcomeWindowMonths, prepareBenchPatients, publishOutcomePage, trajectoryPoints } from './synthetic-clinic.js';

const floorChairs = 20;
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Phase 1, before any server: the organisation, the bench's users and data, and everything measured straight on the database. */
async function prepareAndMeasureDirect(options: BenchOptions) {
  const handle = options.databaseUrl ? openPostgres(options.databaseUrl, Math.max(...options.connections)) : await openEmbedded(options.dataDir);
  try {
    if (options.databaseUrl) await migrateDb(handle);
    const { db } = handle;
    const organisation = await findOrGenerateSyntheticOrganisation(db, options);
    log(organisation.reused ? `Reused the synthetic organisation ${organisation.slug} (${organisation.locationCount} locations).` : formatGenerateReport(organisation.report!));
    const scope = { organisationId: organisation.organisationId };
    const staff = await prepareBenchStaff(db, scope, organisation.locationId);
    const containerId = await ensureBenchStock(db, scope, { locationId: organisation.locationId, nurseUserId: staff.nurse.id });
    const floor = await seedBenchFloor(db, scope, { locationId: organisation.locationId, nurseUserId: staff.nurse.id, chairs: floorChairs });
    const patients = await prepareBenchPatients(db, scope, organisation.locationId, staff.nurse.id);
    await publishOutcomePage(db, scope);
    const targets: BenchTargets = {
      organisationId: organisation.organisationId,
      slug: organisation.slug,
      locationId: organisation.locationId,
      nurseUserId: staff.nurse.id,
      frontDeskEmail: staff.frontDesk.email,
      searchPrefix: patients.searchPrefix,
      mrn: patients.mrn,
      chartPatientId: patients.chartPatientId,
      submitPatientId: patients.submitPatientId,
      trajectoryPatientId: patients.trajectoryPatientId,
      floorSessionIds: floor.sessionIds,
      offFloorSession: floor.offFloorSession,
      containerId,
    };
    log('Timing the outcome summary…');
    const outcomes = await timeOutcomeSummary(db, organisation.organisationId, options.outcomeRuns);
    log('Measuring the bare queries…');
    const bare = await measureBarePaths(handle, targets, options);
    const setUp = [
      `Signed in over HTTP as ${staff.nurse.email} (password and authenticator code) and ${staff.frontDesk.email}, both assigned to ${benchLocationName}; passwords set by the bench through setPassword.`,
      `Floor: ${floor.activeChairs} active chairs at ${benchLocationName} (${floor.sessionIds.length} bench sessions in monitoring; a vital-sign request goes to each in turn).`,
      `Trajectory patient: exactly ${trajectoryPoints} PHQ-9s (${patients.trajectoryPointsAdded} added by this run); PHQ-9 submissions (and the bare PHQ-9 inserts) go to a bench patient with no treatment course, so they stay out of the outcome figures.`,
      `Public page switched on for ${organisation.slug} with a ${outcomeWindowMonths}-month window, so the outcome figures cover every generated course.`,
    ];
    return { organisation, staff, targets, outcomes, bare, setUp, floor };
  } finally {
    await handle.close();
  }
}

type Prepared = Awaited<ReturnType<typeof prepareAndMeasureDirect>>;

/** Phase 2: the built server, signed in over HTTP, under autocannon. */
async function measureServer(options: BenchOptions, prepared: Prepared) {
  const env = {
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { KETACLINIC_DATA_DIR: options.dataDir }),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    KETACLINIC_ORGANISATION: prepared.organisation.slug,
    // Sessions outlive a long run's pauses (the default 15 idle minutes could end the watcher's mid-run).
    KETACLINIC_SESSION_IDLE_MINUTES: '240',
  };
  const server = await startServerProcess([], env);
  try {
    const nurseCookie = await signInOverHttp(server.url, prepared.organisation.slug, prepared.staff.nurse);
    const watcherCookie = await signInOverHttp(server.url, prepared.organisation.slug, prepared.staff.frontDesk);
    log('Measuring the hot paths over HTTP…');
    const results = await measureHttpPaths(server.url, prepared.targets, nurseCookie, prepared.bare, options);
    const vitalToBoard = await measureVitalToBoard(server.url, nurseCookie, watcherCookie, prepared.floor.sessionIds[0]!, options.latencyReadings);
    return { results, vitalToBoard };
  } finally {
    await server.stop();
  }
}

/** `audit verify` and `ledger verify` over the organisation's chains as the run left them. */
async function verifyChains(options: BenchOptions, organisation: { organisationId: string; slug: string }) {
  const handle = options.databaseUrl ? openPostgres(options.databaseUrl) : await openEmbedded(options.dataDir);
  try {
    log('Verifying the audit trail and the ledger…');
    return { auditVerify: await timeAuditVerify(handle.db, organisation.slug), ledgerVerify: await timeLedgerVerify(handle.db, organisation.organisationId) };
  } finally {
    await handle.close();
  }
}

/** Phase 3, once the server has closed the database: the chain verifications, then repo-level draws. */
async function measureAfterServer(options: BenchOptions, organisation: { organisationId: string; slug: string }) {
  const verified = await verifyChains(options, organisation);
  log('Measuring ledger draws below HTTP…');
  const ledgerDraws: RunRecord['ledgerDraws'] = [];
  for (const connections of options.connections) {
    ledgerDraws.push({ connections, figures: await measureLedgerDraws({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, workers: connections, seconds: Math.min(options.seconds, 5) }) });
  }
  const builtAuditChain = verified.auditVerify.entries < options.auditChainEntries ? await measureAuditVerify({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, entries: options.auditChainEntries }) : null;
  return { ...verified, ledgerDraws, builtAuditChain };
}

const notes = [
  'The bench server runs with KETACLINIC_SESSION_IDLE_MINUTES=240 so the two signed-in sessions outlast a long run; nothing else in its configuration differs from the defaults.',
  'Sign-in and the public clinic page are rate-limited per client address with limits fixed in code (not in src/server/config.ts), so they are measured with the requests one window allows, fewer at a time than the table\'s connection count (marked †); every other row used the full connection count.',
  'The draw over HTTP is POST /api/controlled-substances/entries (a 1 mg administration from a bulk bench container against an off-floor bench session): the same recordMovement, credential check, ledger append and audit entry as the clinical route. POST /api/controlled-substances/sessions/:sessionId/account cannot be repeated: a session can account for no more than was drawn for it (MORE_ACCOUNTED_THAN_DRAWN), and its waste needs a witness signing in with a password on every request.',
  'Bare SQL is each route\'s main query (from its repo code; the text is in bench/http-paths.ts and in the JSON as bareQueries) sent straight to the driver with the same number of concurrent loops, before the server opens the database; the PostgreSQL pool is as wide as the loops, while the server\'s own pool is 10 connections (openPostgres in src/db/create-db.ts).',
  'Writes measured as bare SQL (PHQ-9 and vital-sign inserts) commit one row each, as the routes do; the vital-sign inserts go to the off-floor session so no measured chart grows.',
];

async function main() {
  const options = readBenchOptions();
  log(`Ketaclinic bench on ${options.engine}, scale ${options.scale}, seed ${options.seed}${options.engine === 'pglite' ? `, data in ${options.dataDir}` : ''}`);
  const prepared = await prepareAndMeasureDirect(options);
  const { results, vitalToBoard } = await measureServer(options, prepared);
  const { auditVerify, ledgerVerify, ledgerDraws, builtAuditChain } = await measureAfterServer(options, prepared.organisation);
  const { outcomes } = prepared;
  const record: RunRecord = {
    at: new Date().toISOString(),
    engine: options.engine,
    scale: options.scale,
    seed: options.seed,
    slug: prepared.organisation.slug,
    reused: prepared.organisation.reused,
    generatorReport: prepared.organisation.report,
    cores: cpus().length,
    node: process.version,
    secondsPerPath: options.seconds,
    warmUpSeconds: options.warmUpSeconds,
    setUp: prepared.setUp,
    targets: prepared.targets,
    bareQueries: Object.fromEntries(hotPaths.flatMap((path) => (path.bare ? [[path.key, path.bare(prepared.targets)]] : []))),
    results,
    ledgerDraws,
    outcomes,
    auditVerify,
    ledgerVerify,
    builtAuditChain,
    scoring: measureScoringThroughput(Math.min(options.seconds, 3)),
    vitalToBoard,
    notes,
    goals: checkGoals({ results, outcomes, auditVerify, ledgerVerify }),
  };
  const markdown = formatReport(record);
  console.log(markdown);
  const written = writeResults(record, markdown);
  log(`Wrote ${written.json} and ${written.markdown}`);
}

await main();
