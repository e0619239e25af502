import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, createTestDatabase, dropPostgresDatabase, engine, type TestDatabase } from '../../tests/helpers/test-database.js';
import { databaseUrlFor } from '../../tests/helpers/postgres-url.js';
import { createDb, migrateDb, openPostgres, wrapPglite } from './create-db.js';
import { type DatabaseHandle, queryRows } from './database.js';
import { PendingMigrationsError, readJournal, readMigrationStatus } from './migrations.js';

const tags = readJournal().map((entry) => entry.tag);

describe('migration status', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('reports a migrated database as up to date at the newest migration', async () => {
    expect(await readMigrationStatus(database.db)).toEqual({ known: tags, applied: tags, pending: [], current: tags.at(-1), unknownApplied: 0 });
  });

  it('notices a database migrated by a newer version', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', 9999999999999)`);
      const status = await readMigrationStatus(tx);
      expect(status.unknownApplied).toBe(1);
      expect(() => {
        throw new PendingMigrationsError(status);
      }).toThrow('migrated by a newer version');
      tx.rollback();
    }).catch((error: unknown) => {
      if (!(error instanceof Error && error.message.includes('Rollback'))) throw error;
    });
  });
});

/** An empty database of the engine under test. */
async function openEmptyDatabase(): Promise<{ handle: DatabaseHandle; url: string | undefined; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (engine === 'postgres' && serverUrl) {
    const name = await createEmptyPostgresDatabase(serverUrl);
    const url = databaseUrlFor(serverUrl, name);
    const handle = openPostgres(url, 4);
    return { handle, url, drop: async () => { await handle.close(); await dropPostgresDatabase(serverUrl, name); } };
  }
  const handle = wrapPglite(await PGlite.create());
  return { handle, url: undefined, drop: () => handle.close() };
}

describe('migrating an empty database', () => {
  // Concurrent migrators exist only on PostgreSQL (several app servers); PGlite is one process that migrates on open.
  it('lists every migration as pending, applies them all, and is idempotent (concurrently so on PostgreSQL)', async () => {
    const empty = await openEmptyDatabase();
    try {
      expect(await readMigrationStatus(empty.handle.db)).toMatchObject({ applied: [], pending: tags, current: null });
      if (engine === 'postgres') await Promise.all([migrateDb(empty.handle), migrateDb(empty.handle)]);
      else await migrateDb(empty.handle);
      await migrateDb(empty.handle);
      expect(await readMigrationStatus(empty.handle.db)).toMatchObject({ applied: tags, pending: [] });
      const rows = await queryRows<{ count: number }>(empty.handle.db, sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
      expect(rows[0]?.count).toBe(tags.length);
    } finally {
      await empty.drop();
    }
  });
});

describe.runIf(engine === 'postgres')('PostgreSQL start-up', () => {
  it('refuses to open a database with pending migrations and says which command to run', async () => {
    const empty = await openEmptyDatabase();
    try {
      await expect(createDb({ databaseUrl: empty.url, dataDir: '/nonexistent' })).rejects.toThrow(
        `The database has ${tags.length} pending migration(s): ${tags.join(', ')}. Run \`npx ketaclinic migrate\` first.`,
      );
      await migrateDb(empty.handle);
      const opened = await createDb({ databaseUrl: empty.url, dataDir: '/nonexistent' });
      expect(opened.kind).toBe('postgres');
      await opened.close();
    } finally {
      await empty.drop();
    }
  });

  it('runs with the durability settings that keep acknowledged commits (SECURITY.md §4.1)', async () => {
    const database = await createTestDatabase();
    try {
      for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) {
        const [row] = await queryRows<Record<string, string>>(database.db, sql.raw(`show ${setting}`));
        expect(row?.[setting]).toBe('on');
      }
    } finally {
      await database.close();
    }
  });
});
