import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDb, openPostgres, wrapPglite } from '../../src/db/create-db.js';
import { databaseUrlFor } from '../helpers/postgres-url.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite runs: a migrated data directory image that each test file clones. */
    pgliteImagePath: string | null;
    /** PostgreSQL runs: a migrated database each test file copies with CREATE DATABASE … TEMPLATE. */
    postgresTemplate: string | null;
  }
}

/**
 * Migrates one database for the whole run, so each test file starts from a fresh copy in about a second
 * instead of paying PGlite's cold initdb or re-running migrations (STACK.md).
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = `ketaclinic_golden_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const handle = openPostgres(databaseUrlFor(serverUrl, template), 1);
    await migrateDb(handle);
    await handle.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteImagePath', null);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${template}`);
      await admin.end();
    };
  }
  const directory = mkdtempSync(join(tmpdir(), 'ketaclinic-golden-'));
  const handle = wrapPglite(await PGlite.create());
  await migrateDb(handle);
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  const image = await client.dumpDataDir('none');
  await handle.close();
  const imagePath = join(directory, 'golden.tar');
  writeFileSync(imagePath, Buffer.from(await image.arrayBuffer()));
  project.provide('pgliteImagePath', imagePath);
  project.provide('postgresTemplate', null);
  return () => rmSync(directory, { recursive: true, force: true });
}
