import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, type StatementLogger, wrapPglite } from '../../src/db/create-db.js';
import type { DatabaseHandle, DatabaseKind } from '../../src/db/database.js';
import { databaseUrlFor } from './postgres-url.js';

/** The engine this run tests: PostgreSQL when DATABASE_URL is set, PGlite otherwise. */
export const engine: DatabaseKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase extends DatabaseHandle {
  /** For PostgreSQL runs, the URL of this copy (to hand to a child process). */
  url: string | undefined;
}

/** A fresh, migrated database of its own for one test file: nothing to clean, nothing shared. */
export async function createTestDatabase(options: StatementLogger = {}): Promise<TestDatabase> {
  const template = inject('postgresTemplate');
  const serverUrl = process.env.DATABASE_URL;
  if (template && serverUrl) {
    const name = await createEmptyPostgresDatabase(serverUrl, template);
    const url = databaseUrlFor(serverUrl, name);
    const handle = openPostgres(url, 4, options);
    return {
      ...handle,
      url,
      async close() {
        await handle.close();
        await dropPostgresDatabase(serverUrl, name);
      },
    };
  }
  const imagePath = inject('pgliteImagePath');
  if (!imagePath) throw new Error('the golden database was not prepared: is tests/setup/golden-database.ts the globalSetup?');
  const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(imagePath)]) });
  return { ...wrapPglite(client, undefined, options), url: undefined };
}

/** A new PostgreSQL database, copied from `template` or empty; answers its name. */
export async function createEmptyPostgresDatabase(serverUrl: string, template = 'template0'): Promise<string> {
  const name = `ketaclinic_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return name;
}

export async function dropPostgresDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
