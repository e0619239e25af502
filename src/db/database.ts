import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** The drizzle database the rest of the code sees, whichever engine is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  readonly kind: DatabaseKind;
  readonly db: Database;
  /** Flushes and closes the engine; for PGlite also releases the data-directory lock. */
  close(): Promise<void>;
  /**
   * Calls `onPayload` for each NOTIFY on `channel` (sent with `pg_notify` inside a transaction, delivered at
   * commit), from this process or any other on the same database. Answers the function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
}

/** Raw SQL returning rows; both drivers answer `{ rows }`. Use for what the query builder cannot say. */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as { rows: Row[] };
  return result.rows;
}
