import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { clinicLocations, organisationIdColumn, organisations } from './organisations.js';
import { patients } from './patients.js';
import { treatmentSessions } from './treatment-sessions.js';

/** A location's DEA registration (21 CFR 1301.12: one per place where controlled substances are stored). */
export const deaRegistrations = pgTable(
  'dea_registration',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => clinicLocations.id),
    number: text('number').notNull(),
    schedules: jsonb('schedules').$type<string[]>().notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
  },
  (table) => [unique('dea_registration_number').on(table.organisationId, table.number), check('dea_registration_format', sql`${table.number} ~ '^[A-Z]{2}[0-9]{7}$'`)],
);

/** A securely locked cabinet or safe (21 CFR 1301.75(b)). */
export const storageLocations = pgTable(
  'storage_location',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => clinicLocations.id),
    name: text('name').notNull(),
    kind: text('kind').$type<'safe' | 'cabinet'>().notNull(),
  },
  (table) => [unique('storage_location_name').on(table.organisationId, table.locationId, table.name), check('storage_location_kind', sql`${table.kind} in ('safe', 'cabinet')`)],
);

/** A product as supplied: name, NDC, strength and container size (21 CFR 1304.22(c)(1)–(2)). */
export const controlledProducts = pgTable(
  'controlled_product',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    genericName: text('generic_name').notNull(),
    ndc: text('ndc').notNull(),
    strengthMgPerMl: numeric('strength_mg_per_ml', { precision: 8, scale: 3, mode: 'number' }).notNull(),
    containerMl: numeric('container_ml', { precision: 8, scale: 3, mode: 'number' }).notNull(),
    form: text('form').$type<'vial' | 'nasal-device'>().notNull(),
    /** Low-stock alert when a location holds fewer full-container equivalents than this. */
    reorderAtContainers: integer('reorder_at_containers').notNull().default(2),
  },
  (table) => [
    unique('controlled_product_ndc').on(table.organisationId, table.ndc),
    check('controlled_product_ndc_format', sql`${table.ndc} ~ '^[0-9]{4,5}-[0-9]{3,4}-[0-9]{1,2}$'`),
    check('controlled_product_positive', sql`${table.strengthMgPerMl} > 0 and ${table.containerMl} > 0`),
    check('controlled_product_form', sql`${table.form} in ('vial', 'nasal-device')`),
  ],
);

export const stockLots = pgTable(
  'stock_lot',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    productId: uuid('product_id')
      .notNull()
      .references(() => controlledProducts.id),
    lotNumber: text('lot_number').notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
  },
  (table) => [unique('stock_lot_number').on(table.organisationId, table.productId, table.lotNumber)],
);

/**
 * Each vial or device. Its balance is the running sum of its ledger entries, kept here under the row lock of
 * the transaction that appends the entry; the CHECK is the database's last word that it never goes negative.
 */
export const stockContainers = pgTable(
  'stock_container',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => stockLots.id),
    locationId: uuid('location_id')
      .notNull()
      .references(() => clinicLocations.id),
    storageId: uuid('storage_id').references(() => storageLocations.id),
    label: text('label').notNull(),
    state: text('state').$type<'sealed' | 'in-use' | 'empty' | 'wasted' | 'destroyed' | 'returned' | 'lost' | 'transferred'>().notNull(),
    balanceMg: numeric('balance_mg', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    balanceMl: numeric('balance_ml', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** Esketamine shipped for one patient (a specialty-pharmacy shipment): alerted if not used in time. */
    reservedForPatientId: uuid('reserved_for_patient_id').references(() => patients.id),
  },
  (table) => [
    check('stock_container_balance_never_negative', sql`${table.balanceMg} >= 0 and ${table.balanceMl} >= 0`),
    check('stock_container_state', sql`${table.state} in ('sealed', 'in-use', 'empty', 'wasted', 'destroyed', 'returned', 'lost', 'transferred')`),
    unique('stock_container_label').on(table.organisationId, table.label),
    index('stock_container_location').on(table.organisationId, table.locationId, table.state),
  ],
);

/** The ledger: append-only and hash-chained per organisation, like the audit trail. */
export const ledgerEntries = pgTable(
  'ledger_entry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    kind: text('kind').notNull(),
    containerId: uuid('container_id')
      .notNull()
      .references(() => stockContainers.id),
    quantityMg: numeric('quantity_mg', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    quantityMl: numeric('quantity_ml', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    witnessUserIds: jsonb('witness_user_ids').$type<string[]>().notNull(),
    sessionId: uuid('session_id').references(() => treatmentSessions.id),
    patientId: uuid('patient_id').references(() => patients.id),
    correctsEntryId: uuid('corrects_entry_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    /** The workstation the entry came from (SPEC.md §3.2: user, timestamp and device). */
    device: text('device').notNull().default(''),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    uniqueIndex('ledger_entry_seq').on(table.organisationId, table.seq),
    check('ledger_entry_positive', sql`${table.quantityMg} > 0 and ${table.quantityMl} > 0`),
    check(
      'ledger_entry_kind',
      sql`${table.kind} in ('receipt', 'administration', 'waste', 'transfer-out', 'transfer-in', 'return-to-reverse-distributor', 'destruction', 'theft-loss', 'count-adjustment', 'correction')`,
    ),
    check('ledger_entry_administration_session', sql`${table.kind} <> 'administration' or (${table.sessionId} is not null and ${table.patientId} is not null)`),
    check('ledger_entry_waste_witnessed', sql`${table.kind} <> 'waste' or jsonb_array_length(${table.witnessUserIds}) >= 1`),
    check('ledger_entry_destruction_witnessed', sql`${table.kind} <> 'destruction' or jsonb_array_length(${table.witnessUserIds}) >= 2`),
    index('ledger_entry_container').on(table.organisationId, table.containerId, table.seq),
    index('ledger_entry_session').on(table.organisationId, table.sessionId),
  ],
);

export const ledgerChainHeads = pgTable('ledger_chain_head', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});

/** A physical count at a location against the ledger (append-only; differences open a case). */
export const inventoryCounts = pgTable(
  'inventory_count',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => clinicLocations.id),
    countedByUserId: uuid('counted_by_user_id')
      .notNull()
      .references(() => users.id),
    countedAt: timestamp('counted_at', { withTimezone: true }).notNull(),
    /** A routine count, or the initial and biennial inventories of 21 CFR 1304.11 (SPEC.md §3.3). */
    kind: text('kind').$type<'daily' | 'initial' | 'biennial'>().notNull().default('daily'),
    /** Inventories record whether they were taken at the opening or the close of business. */
    timing: text('timing').$type<'opening' | 'close'>(),
    lines: jsonb('lines').$type<unknown[]>().notNull(),
    discrepancies: jsonb('discrepancies').$type<unknown[]>().notNull(),
  },
  (table) => [
    index('inventory_count_location').on(table.organisationId, table.locationId, table.countedAt),
    check('inventory_count_kind', sql`${table.kind} in ('daily', 'initial', 'biennial')`),
    check('inventory_count_timing', sql`${table.kind} = 'daily' or ${table.timing} in ('opening', 'close')`),
  ],
);

/** A discrepancy under investigation: closed as not significant with a rationale, or reported with its clocks. */
export const discrepancyCases = pgTable(
  'discrepancy_case',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => clinicLocations.id),
    countId: uuid('count_id').references(() => inventoryCounts.id),
    state: text('state').$type<'open' | 'investigating' | 'closed-not-significant' | 'reported'>().notNull(),
    discoveredAt: timestamp('discovered_at', { withTimezone: true }).notNull(),
    details: jsonb('details').$type<unknown>().notNull(),
    cause: text('cause'),
    rationale: text('rationale'),
    writtenNoticeBy: timestamp('written_notice_by', { withTimezone: true }),
    form106By: timestamp('form106_by', { withTimezone: true }),
    writtenNoticeSentAt: timestamp('written_notice_sent_at', { withTimezone: true }),
    form106FiledAt: timestamp('form106_filed_at', { withTimezone: true }),
    /** The written notice and the Form 106 as recorded: when, and where they went or their confirmation number. */
    filings: jsonb('filings').$type<{ kind: string; at: string; reference: string; recordedAt: string }[]>().notNull().default([]),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check('discrepancy_case_state', sql`${table.state} in ('open', 'investigating', 'closed-not-significant', 'reported')`),
    check('discrepancy_case_rationale', sql`${table.state} <> 'closed-not-significant' or length(btrim(coalesce(${table.rationale}, ''))) >= 20`),
    check('discrepancy_case_clocks', sql`${table.state} <> 'reported' or (${table.writtenNoticeBy} is not null and ${table.form106By} is not null)`),
    index('discrepancy_case_open').on(table.organisationId, table.state),
  ],
);

/** Per organisation: how long records are kept and when the ledger raises an alert (SPEC.md §3.2–3.3). */
export const ledgerSettings = pgTable(
  'ledger_settings',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id),
    /** 21 U.S.C. 827(b), 21 CFR 1304.04(a): at least two years; a state may ask for more. */
    retentionYears: integer('retention_years').notNull().default(2),
    countIntervalHours: integer('count_interval_hours').notNull().default(24),
    expiryWarningDays: integer('expiry_warning_days').notNull().default(60),
    patientShipmentDays: integer('patient_shipment_days').notNull().default(14),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check('ledger_settings_retention_minimum', sql`${table.retentionYears} >= 2 and ${table.retentionYears} <= 50`),
    check('ledger_settings_positive', sql`${table.countIntervalHours} between 1 and 24 * 31 and ${table.expiryWarningDays} between 1 and 730 and ${table.patientShipmentDays} between 1 and 90`),
  ],
);
