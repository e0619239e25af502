import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** A tenant: one clinic business. Every tenant-owned table carries `organisation_id`. */
export const organisations = pgTable(
  'organisation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('organisation_slug_format', sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(${table.slug}) <= 63`),
    check('organisation_name_present', sql`length(btrim(${table.name})) between 1 and 200`),
  ],
);

/** A physical site where patients are seen; its time zone drives every clinic-local time shown. */
export const clinicLocations = pgTable(
  'clinic_location',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    name: text('name').notNull(),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    city: text('city').notNull(),
    region: text('region').notNull(),
    postalCode: text('postal_code').notNull(),
    country: text('country').notNull().default('US'),
    timeZone: text('time_zone').notNull(),
    /** Days and hours the chairs are open (weekday → opens/closes, or null when closed); null means the default week. */
    openingHours: jsonb('opening_hours').$type<Record<string, { opens: string; closes: string } | null>>(),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('clinic_location_organisation_name').on(table.organisationId, table.name),
    check('clinic_location_name_present', sql`length(btrim(${table.name})) between 1 and 200`),
    check('clinic_location_country_format', sql`${table.country} ~ '^[A-Z]{2}$'`),
    check('clinic_location_time_zone_present', sql`length(${table.timeZone}) > 0`),
  ],
);

/** The tenant column every organisation-owned table starts with (HOUSE-STYLE: NOT NULL, leading its keys). */
export function organisationIdColumn() {
  return uuid('organisation_id')
    .notNull()
    .references(() => organisations.id);
}
