import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Logger } from 'drizzle-orm/logger';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { Database, DatabaseHandle } from './database.js';
import { assertUpToDate, migrationConfig, readMigrationStatus } from './migrations.js';
import * as schema from './schema/index.js';

export interface DatabaseOptions {
  /** When set, PostgreSQL; otherwise the embedded PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

/**
 * Opens the database the configuration names. Embedded PGlite is migrated on open (it has one user and
 * no operator); PostgreSQL must already be migrated with `ketaclinic migrate`, so that schema changes on a
 * shared production database are a deliberate step.
 */
export async function createDb(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const handle = openPostgres(options.databaseUrl);
    try {
      assertUpToDate(await readMigrationStatus(handle.db));
    } catch (error) {
      await handle.close();
      throw error;
    }
    return handle;
  }
  return openEmbedded(options.dataDir);
}

export async function openEmbedded(dataDir: string): Promise<DatabaseHandle> {
  const absoluteDir = resolve(dataDir);
  const lock = acquireDataDirLock(absoluteDir);
  try {
    // relaxedDurability stays off: every acknowledged commit is flushed (SECURITY.md §4.1).
    const client = await PGlite.create({ dataDir: join(absoluteDir, 'pgdata') });
    const handle = wrapPglite(client, lock.release);
    await migrateDb(handle);
    return handle;
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Sees every statement the application sends (the query-plan checks EXPLAIN them); off in the server. */
export interface StatementLogger {
  logger?: Logger | undefined;
}

/** Wraps an open PGlite (tests clone one from a migrated image). */
export function wrapPglite(client: PGlite, onClose: () => void = () => {}, options: StatementLogger = {}): DatabaseHandle {
  const db = drizzlePglite({ client, schema, ...(options.logger ? { logger: options.logger } : {}) }) as unknown as Database;
  let closed = false;
  return {
    kind: 'pglite',
    db,
    listen: async (channel, onPayload) => client.listen(channel, onPayload),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.exec('CHECKPOINT');
        await client.close();
      } finally {
        onClose();
      }
    },
  };
}

export function openPostgres(databaseUrl: string, poolSize = 10, options: StatementLogger = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'ketaclinic' });
  // An idle client that loses its connection emits 'error'; without a listener that would crash the process.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema, ...(options.logger ? { logger: options.logger } : {}) }) as unknown as Database;
  let closed = false;
  // One connection per process holds every LISTEN; notifications fan out to the subscribers by channel.
  let listener: Promise<pg.PoolClient> | null = null;
  const subscribers = new Map<string, Set<(payload: string) => void>>();
  const listenerClient = () =>
    (listener ??= pool.connect().then((client) => {
      client.on('notification', (message) => {
        for (const subscriber of subscribers.get(message.channel) ?? []) subscriber(message.payload ?? '');
      });
      return client;
    }));
  return {
    kind: 'postgres',
    db,
    async listen(channel, onPayload) {
      const client = await listenerClient();
      const forChannel = subscribers.get(channel) ?? new Set();
      if (forChannel.size === 0) await client.query(`LISTEN "${channel.replaceAll('"', '')}"`);
      forChannel.add(onPayload);
      subscribers.set(channel, forChannel);
      return async () => {
        forChannel.delete(onPayload);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      if (listener) (await listener).release();
      await pool.end();
    },
  };
}

/** Applies pending migrations. On PostgreSQL an advisory lock keeps two migrators from racing. */
export async function migrateDb(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as never, migrationConfig);
    return;
  }
  const session = (handle.db as unknown as { $client: pg.Pool }).$client;
  const client = await session.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('ketaclinic:migrate'))");
    try {
      await migratePg(drizzlePg({ client, schema }), migrationConfig);
    } finally {
      await client.query("select pg_advisory_unlock(hashtext('ketaclinic:migrate'))");
    }
  } finally {
    client.release();
  }
}
