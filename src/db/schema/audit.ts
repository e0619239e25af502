import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuditDetailValue } from '../../domain/audit/audit-chain.js';
import { organisationIdColumn, organisations } from './organisations.js';

/**
 * The audit trail: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained per
 * organisation. No foreign key to users or patients: an entry must outlive whatever it names.
 */
export const auditEvents = pgTable(
  'audit_event',
  {
    organisationId: organisationIdColumn(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    patientId: uuid('patient_id'),
    requestId: text('request_id'),
    sourceIp: text('source_ip'),
    outcome: text('outcome').notNull(),
    breakGlass: boolean('break_glass').notNull().default(false),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, AuditDetailValue>>(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    primaryKey({ name: 'audit_event_pkey', columns: [table.organisationId, table.seq] }),
    check('audit_event_seq_positive', sql`${table.seq} > 0`),
    check('audit_event_outcome', sql`${table.outcome} in ('success', 'failure', 'denied')`),
    check('audit_event_hashes', sql`${table.hash} ~ '^[0-9a-f]{64}$' and ${table.prevHash} ~ '^[0-9a-f]{64}$'`),
    index('audit_event_patient').on(table.organisationId, table.patientId, table.seq),
    index('audit_event_actor').on(table.organisationId, table.actorUserId, table.seq),
    index('audit_event_time').on(table.organisationId, table.occurredAt),
  ],
);

/** The end of each organisation's chain. Its row lock serialises appends, so the chain never forks. */
export const auditChainHeads = pgTable('audit_chain_head', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});
