import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisationIdColumn } from './organisations.js';

/**
 * Messages waiting to leave the building (e-mail today, text messages later). Written in the transaction of
 * the change that causes them, delivered after commit; the body is cleared once delivered, so links with
 * one-time tokens do not linger in the database.
 */
export const outboxMessages = pgTable(
  'outbox_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (table) => [
    check('outbox_message_channel', sql`${table.channel} in ('email')`),
    index('outbox_message_pending').on(table.createdAt).where(sql`${table.sentAt} is null`),
  ],
);
