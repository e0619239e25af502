import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MeasurementPack } from '../../domain/measurement/measurement-packs.js';
import { users } from './accounts.js';
import { organisations } from './organisations.js';

/** A clinic's own measurement packs, replacing the defaults once written. */
export const measurementPackConfigs = pgTable('measurement_pack_config', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  packs: jsonb('packs').$type<MeasurementPack[]>().notNull(),
  updatedByUserId: uuid('updated_by_user_id')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
