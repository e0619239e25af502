import { openEmbedded, openPostgres } from '../src/db/create-db.js';
import type { Database } from '../src/db/database.js';
import { appendLedgerEntry } from '../src/db/repos/ledger-repo.js';
import { ensureClinicLocation, ensureOrganisation, listClinicLocations, type OrganisationScope } from '../src/db/repos/organisations-repo.js';
import { insertUser } from '../src/db/repos/users-repo.js';
import { controlledProducts, stockContainers, stockLots } from '../src/db/schema/index.js';
import type { LedgerEntryInput } from '../src/domain/ledger/ledger-entry.js';
import { AppError } from '../src/domain/shared/app-error.js';

export interface LedgerDrawScenario {
  /** Containers drawn from, and organisations (hash chains) they belong to. */
  containers: number;
  organisations: number;
  draws: number;
  refused: number;
  drawsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LedgerDrawFigures {
  workers: number;
  seconds: number;
  /** All workers on a few containers of one organisation: they queue on the container rows (and the chain head). */
  contended: LedgerDrawScenario;
  /** One container per worker, one organisation: no container is shared, the organisation's chain head still is. */
  containerPerWorker: LedgerDrawScenario;
  /** One organisation (so one chain) and one container per worker: nothing shared but the engine. */
  organisationPerWorker: LedgerDrawScenario;
}

// A bulk bench container: 10,000 mL at 100 mg/mL (1,000,000 mg), drawn 1 mg (0.01 mL) at a time, so it never runs dry.
const strengthMgPerMl = 100;
const containerMl = 10_000;
// Synthetic supplier; the DEA check digit holds: (1+3+5) + 2×(2+4+6) = 33 → 3.
const supplier = { name: 'Bench Wholesaler (synthetic)', address: '1 Sample Way, Benchville ZZ 00000', deaNumber: 'AB1234563' };

interface BenchStock {
  scope: OrganisationScope;
  authorUserId: string;
  containerIds: string[];
}

/** A bench-only organisation with a location, a nurse, a product and `containers` full containers, received through the real append. */
async function createBenchStock(db: Database, name: string, containers: number): Promise<BenchStock> {
  const now = new Date();
  const organisation = await ensureOrganisation(db, { slug: `bench-ledger-${name}-${Date.now()}`, name: 'Bench Ledger Organisation (synthetic)' });
  const scope = { organisationId: organisation.id };
  await ensureClinicLocation(db, scope, { name: 'Bench Location', address: { line1: '1 Bench Street', city: 'Benchville', region: 'ZZ', postalCode: '00000', country: 'US' }, timeZone: 'America/Chicago' });
  const locationId = (await listClinicLocations(db, scope))[0]!.id;
  const authorUserId = await insertUser(db, scope, { email: `bench-nurse-${organisation.id}@example.test`, displayName: 'Bench Nurse', kind: 'staff', roles: ['nurse'], passwordHash: null }, now);
  const [product] = await db.insert(controlledProducts).values({ organisationId: scope.organisationId, genericName: 'ketamine hydrochloride (bench bulk, synthetic)', ndc: '42023-113-99', strengthMgPerMl, containerMl, form: 'vial' }).returning({ id: controlledProducts.id });
  const [lot] = await db.insert(stockLots).values({ organisationId: scope.organisationId, productId: product!.id, lotNumber: 'BENCH-LOT', expiresOn: '2099-12-31' }).returning({ id: stockLots.id });
  const containerIds: string[] = [];
  for (let index = 1; index <= containers; index += 1) {
    const values = { organisationId: scope.organisationId, lotId: lot!.id, locationId, label: `bench #${index}`, state: 'sealed' as const, balanceMg: 0, balanceMl: 0, receivedAt: now };
    const [container] = await db.insert(stockContainers).values(values).returning({ id: stockContainers.id });
    const receipt: LedgerEntryInput = { kind: 'receipt', containerId: container!.id, quantityMg: strengthMgPerMl * containerMl, quantityMl: containerMl, occurredAt: now.toISOString(), supplier, invoiceNumber: 'BENCH-INV', lotNumber: 'BENCH-LOT', expiresOn: '2099-12-31' };
    await db.transaction((tx) => appendLedgerEntry(tx, scope, receipt, { authorUserId, witnessUserIds: [] }, now));
    containerIds.push(container!.id);
  }
  return { scope, authorUserId, containerIds };
}

/** `workers` loops, each drawing 1 mg in its own transaction from the container `pick` gives it, for `seconds` (after a 1 s warm-up). */
async function drawFor(db: Database, workers: number, seconds: number, pick: (worker: number) => { stock: BenchStock; containerId: string }): Promise<Omit<LedgerDrawScenario, 'containers' | 'organisations'>> {
  const latencies: number[] = [];
  let refused = 0;
  const run = async (worker: number, until: number, record: boolean) => {
    const { stock, containerId } = pick(worker);
    while (performance.now() < until) {
      const now = new Date();
      const entry: LedgerEntryInput = { kind: 'count-adjustment', containerId, quantityMg: 1, quantityMl: 1 / strengthMgPerMl, occurredAt: now.toISOString(), reason: 'Bench draw (synthetic)', direction: 'decrease' };
      const started = performance.now();
      try {
        await db.transaction((tx) => appendLedgerEntry(tx, stock.scope, entry, { authorUserId: stock.authorUserId, witnessUserIds: [] }, now));
        if (record) latencies.push(performance.now() - started);
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'LEDGER_NEGATIVE_BALANCE')) throw error;
        if (record) refused += 1;
      }
    }
  };
  const warmUntil = performance.now() + 1000;
  await Promise.all(Array.from({ length: workers }, (_, worker) => run(worker, warmUntil, false)));
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(Array.from({ length: workers }, (_, worker) => run(worker, until, true)));
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? 0).toFixed(2));
  return { draws: latencies.length, refused, drawsPerSecond: latencies.length / elapsedSeconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}

/**
 * Ledger draws per second under contention, straight through appendLedgerEntry (no HTTP, no audit event): all
 * workers on `contendedContainers` containers, then one container each, then one organisation each. On
 * PostgreSQL the pool is as wide as the workers so every draw's transaction is open at once; PGlite runs one
 * transaction at a time whatever the scenario. Expects a migrated database (run.ts migrates PostgreSQL first).
 */
export async function measureLedgerDraws(options: { databaseUrl?: string | undefined; dataDir: string; workers: number; seconds: number; contendedContainers?: number }): Promise<LedgerDrawFigures> {
  const { workers, seconds } = options;
  const contendedContainers = options.contendedContainers ?? 2;
  const handle = options.databaseUrl ? openPostgres(options.databaseUrl, workers) : await openEmbedded(options.dataDir);
  try {
    const db = handle.db;
    const shared = await createBenchStock(db, 'contended', contendedContainers);
    const contended = await drawFor(db, workers, seconds, (worker) => ({ stock: shared, containerId: shared.containerIds[worker % contendedContainers]! }));
    const oneOrganisation = await createBenchStock(db, 'per-container', workers);
    const containerPerWorker = await drawFor(db, workers, seconds, (worker) => ({ stock: oneOrganisation, containerId: oneOrganisation.containerIds[worker]! }));
    const organisations: BenchStock[] = [];
    for (let worker = 0; worker < workers; worker += 1) organisations.push(await createBenchStock(db, `per-org-${worker}`, 1));
    const organisationPerWorker = await drawFor(db, workers, seconds, (worker) => ({ stock: organisations[worker]!, containerId: organisations[worker]!.containerIds[0]! }));
    return {
      workers,
      seconds,
      contended: { containers: contendedContainers, organisations: 1, ...contended },
      containerPerWorker: { containers: workers, organisations: 1, ...containerPerWorker },
      organisationPerWorker: { containers: workers, organisations: workers, ...organisationPerWorker },
    };
  } finally {
    await handle.close();
  }
}
