import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from './database.js';

// Resolves to src/db/migrations from both src/db (tsx, tests) and dist/db (built): the SQL files are
// read from source so the build never has to copy them.
export const migrationsFolder = fileURLToPath(new URL('../../src/db/migrations', import.meta.url));

export const migrationConfig = { migrationsFolder, migrationsSchema: 'drizzle', migrationsTable: '__drizzle_migrations' } as const;

export interface JournalEntry {
  tag: string;
  when: number;
}

export interface MigrationStatus {
  /** Tags of the migrations this code ships, oldest first. */
  known: string[];
  applied: string[];
  pending: string[];
  /** The newest applied migration, or null on an empty database. */
  current: string | null;
  /** Applied migrations this code does not know: the database is newer than the code. */
  unknownApplied: number;
}

export function readJournal(): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return journal.entries;
}

export async function readMigrationStatus(db: Database, journal: JournalEntry[] = readJournal()): Promise<MigrationStatus> {
  const appliedMillis = await readAppliedMillis(db);
  const known = journal.map((entry) => entry.tag);
  // Drizzle applies every migration newer than the newest applied one, so that is what is pending.
  const newestApplied = appliedMillis.length > 0 ? Math.max(...appliedMillis) : -Infinity;
  const applied = journal.filter((entry) => entry.when <= newestApplied).map((entry) => entry.tag);
  const pending = journal.filter((entry) => entry.when > newestApplied).map((entry) => entry.tag);
  const knownMillis = new Set(journal.map((entry) => entry.when));
  const unknownApplied = appliedMillis.filter((millis) => !knownMillis.has(millis)).length;
  return { known, applied, pending, current: applied.at(-1) ?? null, unknownApplied };
}

async function readAppliedMillis(db: Database): Promise<number[]> {
  const [exists] = await queryRows<{ name: string | null }>(db, sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`);
  if (!exists?.name) return [];
  const rows = await queryRows<{ created_at: string | number }>(db, sql`select created_at from drizzle.__drizzle_migrations`);
  return rows.map((row) => Number(row.created_at));
}

export class PendingMigrationsError extends Error {
  constructor(readonly status: MigrationStatus) {
    super(
      status.unknownApplied > 0
        ? `The database has ${status.unknownApplied} migration(s) this version of Ketaclinic does not know: it was migrated by a newer version. Run that version, or restore a backup taken before the upgrade.`
        : `The database has ${status.pending.length} pending migration(s): ${status.pending.join(', ')}. Run \`npx ketaclinic migrate\` first.`,
    );
    this.name = 'PendingMigrationsError';
  }
}

export function assertUpToDate(status: MigrationStatus): void {
  if (status.pending.length > 0 || status.unknownApplied > 0) throw new PendingMigrationsError(status);
}

/** The newest applied migration's tag in one query: what the health check reports. */
export async function readCurrentMigration(db: Database, journal: JournalEntry[]): Promise<string | null> {
  const [row] = await queryRows<{ newest: string | number | null }>(db, sql`select max(created_at) as newest from drizzle.__drizzle_migrations`);
  if (row?.newest === null || row?.newest === undefined) return null;
  const newest = Number(row.newest);
  return journal.find((entry) => entry.when === newest)?.tag ?? `unknown-${newest}`;
}
