import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { organisationIdColumn } from './organisations.js';

/** Licensed item text a clinic has loaded for its own use (`ketaclinic instruments load-text`); never shipped. */
export const instrumentItemTexts = pgTable(
  'instrument_item_text',
  {
    organisationId: organisationIdColumn(),
    instrumentId: text('instrument_id').notNull(),
    itemKey: text('item_key').notNull(),
    text: text('text').notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ name: 'instrument_item_text_pkey', columns: [table.organisationId, table.instrumentId, table.itemKey] })],
);
