import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import { type Database, type DatabaseHandle, queryRows } from '../../db/database.js';

export interface RateLimitCount {
  /** Requests counted in the current window, this one included. */
  current: number;
  /** Milliseconds until the window ends. */
  ttl: number;
}

/**
 * Counts one request for `key` in a fixed window of `timeWindowMs`, atomically across every process on the
 * database: the upsert takes the row lock, so two processes counting at once both see the other's request.
 * The database's clock decides when a window ends, so processes on machines with skewed clocks still agree.
 */
export async function countRateLimitHit(db: Database, key: string, timeWindowMs: number): Promise<RateLimitCount> {
  const [row] = await queryRows<{ hits: number; ttl_ms: number }>(
    db,
    sql`
      insert into rate_limit_counter as counter (key, hits, window_ends_at)
      values (${key}, 1, now() + ${timeWindowMs}::int * interval '1 millisecond')
      on conflict (key) do update set
        hits = case when counter.window_ends_at <= now() then 1 else counter.hits + 1 end,
        window_ends_at = case when counter.window_ends_at <= now() then excluded.window_ends_at else counter.window_ends_at end
      returning hits, greatest(0, ceil(extract(epoch from counter.window_ends_at - now()) * 1000))::int as ttl_ms`,
  );
  return { current: Number(row!.hits), ttl: Number(row!.ttl_ms) };
}

/** The count for `key` without counting: 0 when there is no live window. */
export async function readRateLimitCount(db: Database, key: string): Promise<RateLimitCount> {
  const [row] = await queryRows<{ hits: number; ttl_ms: number }>(
    db,
    sql`select hits, greatest(0, ceil(extract(epoch from window_ends_at - now()) * 1000))::int as ttl_ms
        from rate_limit_counter where key = ${key} and window_ends_at > now()`,
  );
  return row ? { current: Number(row.hits), ttl: Number(row.ttl_ms) } : { current: 0, ttl: 0 };
}

/** Deletes counters whose window ended: a client that never comes back leaves no row behind for long. */
export async function deleteEndedRateLimitWindows(db: Database): Promise<void> {
  await db.execute(sql`delete from rate_limit_counter where window_ends_at < now()`);
}

const sweepEveryMs = 60_000;

/** What the plugin hands a store: its merged options, and for a route's child the route itself. */
interface StoreOptions {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  routeInfo?: { method?: string | string[]; url?: string };
}

/**
 * @fastify/rate-limit's custom store (README, "store"), kept in the `rate_limit_counter` table so that
 * several server processes on one PostgreSQL enforce one combined limit instead of one each. Like the
 * built-in stores, each route gets a child whose keys are prefixed with its method and URL.
 * `continueExceeding` and `exponentialBackoff` are not implemented and are refused rather than ignored.
 */
export function databaseRateLimitStore(db: Database): FastifyRateLimitStoreCtor {
  let lastSweepMs = Date.now();
  const sweepNowAndThen = () => {
    if (Date.now() - lastSweepMs < sweepEveryMs) return;
    lastSweepMs = Date.now();
    void deleteEndedRateLimitWindows(db).catch(() => {});
  };

  // Not `implements FastifyRateLimitStore`: its typings say `child` gets the route's options, but at run time it
  // gets the merged limit options with the route under `routeInfo` (index.js, onRoute).
  class DatabaseRateLimitStore {
    constructor(
      options: StoreOptions,
      private readonly prefix = 'rate-limit-',
    ) {
      if (options.continueExceeding || options.exponentialBackoff) {
        throw new Error('The database rate-limit store does not implement continueExceeding or exponentialBackoff.');
      }
    }

    incr(key: string, callback: (error: Error | null, result?: RateLimitCount) => void, timeWindow: number): void {
      sweepNowAndThen();
      countRateLimitHit(db, this.prefix + key, timeWindow).then(
        (count) => callback(null, count),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    read(key: string, callback: (error: Error | null, result?: RateLimitCount) => void): void {
      readRateLimitCount(db, this.prefix + key).then(
        (count) => callback(null, count),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: StoreOptions): DatabaseRateLimitStore {
      const method = [routeOptions.routeInfo?.method ?? ''].flat().join(',');
      return new DatabaseRateLimitStore(routeOptions, `${this.prefix}${method}${routeOptions.routeInfo?.url ?? ''}-`);
    }
  }
  return DatabaseRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}

/**
 * The rate-limit store for this database: the shared table on PostgreSQL, where several processes may serve
 * one database; the plugin's in-memory store on PGlite, which is one process by construction.
 */
export function rateLimitStoreOptions(database: DatabaseHandle): { store?: FastifyRateLimitStoreCtor } {
  return database.kind === 'postgres' ? { store: databaseRateLimitStore(database.db) } : {};
}
