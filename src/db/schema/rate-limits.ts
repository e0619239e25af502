import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request counters of the rate limits, shared by every server process on one PostgreSQL: one row per
 * route and client address, reset when its window has ended. Not tenant data (no organisation: the limits
 * guard the public sign-in and link routes before anyone is known), and disposable: losing it only resets
 * the counts.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counter',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('rate_limit_counter_window_ends_at').on(table.windowEndsAt)],
);
