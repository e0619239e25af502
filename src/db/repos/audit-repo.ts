import { and, asc, count, desc, eq, gt, gte, lt, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import {
  type AuditDetailValue,
  type AuditOutcome,
  type AuditRecord,
  type ChainVerdict,
  type StoredAuditRecord,
  auditHashTextAroundSeq,
  createChainVerifier,
  genesisHash,
} from '../../domain/audit/audit-chain.js';
import { type Database, queryRows } from '../database.js';
import { isoInstantSql, readChainInBatches } from './chain-batches.js';
import { auditChainHeads, auditEvents, organisations } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export interface AuditEventInput {
  action: string;
  outcome: AuditOutcome;
  actor?: { userId: string; role: string } | null;
  entity?: { type: string; id: string } | null;
  patientId?: string | null;
  requestId?: string | null;
  sourceIp?: string | null;
  breakGlass?: boolean;
  reason?: string | null;
  details?: Record<string, AuditDetailValue> | null;
}

// A plain boolean, not a type guard: narrowing would lose the schema's types.
const inTransaction = (db: Database): boolean => db instanceof PgTransaction;

/**
 * Appends one entry to the organisation's chain. Run it inside the transaction of the change it records, as its
 * last write: if the entry cannot be written the change rolls back. The chain head's row lock, held to commit,
 * serialises appenders, so sequence numbers are gap-free and the chain never forks. One statement locks the head,
 * takes the next number, hashes (the database hashes the text `auditHashTextAroundSeq` prepares, exactly as
 * `hashAuditRecord` would), writes the entry and moves the head: the lock is held for that statement and the
 * commit. Called outside a transaction it opens one of its own.
 */
export async function appendAuditEvent(db: Database, scope: OrganisationScope, input: AuditEventInput, now: Date): Promise<StoredAuditRecord> {
  if (!inTransaction(db)) return db.transaction((tx) => appendAuditEvent(tx, scope, input, now));
  const content: Omit<AuditRecord, 'seq'> = {
    organisationId: scope.organisationId,
    occurredAt: now.toISOString(),
    actorUserId: input.actor?.userId ?? null,
    actorRole: input.actor?.role ?? null,
    action: input.action,
    entityType: input.entity?.type ?? null,
    entityId: input.entity?.id ?? null,
    patientId: input.patientId ?? null,
    requestId: input.requestId ?? null,
    sourceIp: input.sourceIp ?? null,
    outcome: input.outcome,
    breakGlass: input.breakGlass ?? false,
    reason: input.reason ?? null,
    details: input.details ?? null,
  };
  const { before, after } = auditHashTextAroundSeq(content);
  const append = () =>
    queryRows<{ seq: number; prevHash: string; hash: string }>(
      db,
      sql`with head as (select last_seq, last_hash from audit_chain_head where organisation_id = ${content.organisationId} for update),
        entry as (
          select last_seq + 1 as seq, last_hash as prev_hash,
            encode(sha256(convert_to(last_hash || ${`\n${before}`}::text || (last_seq + 1)::text || ${after}::text, 'UTF8')), 'hex') as hash
          from head
        ),
        inserted as (
          insert into audit_event (organisation_id, seq, occurred_at, actor_user_id, actor_role, action, entity_type, entity_id, patient_id, request_id, source_ip,
            outcome, break_glass, reason, details, prev_hash, hash)
          select ${content.organisationId}::uuid, entry.seq, ${content.occurredAt}::timestamptz, ${content.actorUserId}::uuid, ${content.actorRole}::text, ${content.action}::text,
            ${content.entityType}::text, ${content.entityId}::text, ${content.patientId}::uuid, ${content.requestId}::text, ${content.sourceIp}::text, ${content.outcome}::text,
            ${content.breakGlass}::boolean, ${content.reason}::text, ${content.details === null ? null : JSON.stringify(content.details)}::jsonb, entry.prev_hash, entry.hash
          from entry
          returning seq, prev_hash, hash
        )
      update audit_chain_head set last_seq = inserted.seq, last_hash = inserted.hash from inserted where audit_chain_head.organisation_id = ${content.organisationId}
      returning inserted.seq::float8 as seq, inserted.prev_hash as "prevHash", inserted.hash`,
    );
  let [appended] = await append();
  if (!appended) {
    // The organisation's first entry: its chain head does not exist yet.
    await db.insert(auditChainHeads).values({ organisationId: scope.organisationId, lastSeq: 0, lastHash: genesisHash }).onConflictDoNothing({ target: auditChainHeads.organisationId });
    [appended] = await append();
  }
  if (!appended) throw new Error('audit chain head missing after insert');
  return { ...content, seq: appended.seq, prevHash: appended.prevHash, hash: appended.hash };
}

type AuditRow = typeof auditEvents.$inferSelect;

function toStoredRecord(row: AuditRow): StoredAuditRecord {
  return { ...row, outcome: row.outcome as AuditOutcome, occurredAt: row.occurredAt.toISOString(), details: row.details ?? null };
}

/**
 * Reads one organisation's chain in seq order up to `throughSeq`. Raw SQL, with the instant formatted by the
 * database, because verify reads millions of rows and the ORM's mapping and date parsing cost more than hashing.
 */
export function readAuditChain(db: Database, scope: OrganisationScope, throughSeq: number, batchSize = 10_000): AsyncGenerator<StoredAuditRecord> {
  return readChainInBatches(
    (afterSeq) =>
      queryRows<StoredAuditRecord>(
        db,
        sql`select organisation_id as "organisationId", seq::float8 as seq, ${sql.raw(isoInstantSql('occurred_at'))} as "occurredAt", actor_user_id as "actorUserId",
            actor_role as "actorRole", action, entity_type as "entityType", entity_id as "entityId", patient_id as "patientId", request_id as "requestId",
            source_ip as "sourceIp", outcome, break_glass as "breakGlass", reason, details, prev_hash as "prevHash", hash
          from audit_event where organisation_id = ${scope.organisationId} and seq > ${afterSeq} and seq <= ${throughSeq} order by audit_event.seq limit ${batchSize}`,
      ),
    batchSize,
  );
}

export interface OrganisationChainVerdict {
  organisation: { id: string; slug: string };
  verdict: ChainVerdict;
  /** The entry at the break, for the report (null when intact or when the entry is gone). */
  brokenEntry: { occurredAt: string; action: string } | null;
}

/** Verifies every organisation's chain (or one), from the first entry to the recorded head. */
export async function verifyAuditTrail(db: Database, onlySlug?: string): Promise<OrganisationChainVerdict[]> {
  const orgs = await db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .where(onlySlug ? eq(organisations.slug, onlySlug) : sql`true`)
    .orderBy(asc(organisations.slug));
  const results: OrganisationChainVerdict[] = [];
  for (const organisation of orgs) results.push(await verifyOrganisationChain(db, organisation));
  return results;
}

async function readChainHead(db: Database, organisationId: string) {
  const [head] = await db
    .select({ lastSeq: auditChainHeads.lastSeq, lastHash: auditChainHeads.lastHash })
    .from(auditChainHeads)
    .where(eq(auditChainHeads.organisationId, organisationId));
  return head ?? null;
}

/**
 * Verifies up to the head read at the start, so entries appended while it runs do not look like tampering;
 * entries beyond a head that has not moved were added outside the application.
 */
async function verifyOrganisationChain(db: Database, organisation: { id: string; slug: string }): Promise<OrganisationChainVerdict> {
  const scope = { organisationId: organisation.id };
  const head = await readChainHead(db, organisation.id);
  const verifier = createChainVerifier();
  for await (const record of readAuditChain(db, scope, head?.lastSeq ?? 0)) {
    const verdict = verifier.check(record);
    if (verdict) return { organisation, verdict, brokenEntry: { occurredAt: record.occurredAt, action: record.action } };
  }
  const verdict = verifier.finish(head);
  if (verdict.kind === 'broken') return { organisation, verdict, brokenEntry: null };
  const [beyond] = await db
    .select({ entries: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisation.id), gt(auditEvents.seq, verdict.lastSeq)));
  const headNow = await readChainHead(db, organisation.id);
  if ((beyond?.entries ?? 0) > 0 && (headNow?.lastSeq ?? 0) === verdict.lastSeq) {
    return { organisation, verdict: { kind: 'broken', seq: verdict.lastSeq + 1, problem: 'head-mismatch', count: verdict.count }, brokenEntry: null };
  }
  return { organisation, verdict, brokenEntry: null };
}

export const auditSortFields = ['occurredAt', 'action', 'actorRole', 'outcome', 'patientId', 'actorUserId'] as const;
export type AuditSortField = (typeof auditSortFields)[number];

export interface AuditSearch {
  from?: Date | undefined;
  to?: Date | undefined;
  patientId?: string | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  sort: AuditSortField;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

// Sort columns come from this allow-list only, never from the request text.
const sortColumns = {
  occurredAt: auditEvents.seq,
  action: auditEvents.action,
  actorRole: auditEvents.actorRole,
  outcome: auditEvents.outcome,
  patientId: auditEvents.patientId,
  actorUserId: auditEvents.actorUserId,
} as const;

/** The audit report (ONC 170.315(d)(3)): filter by time range, patient, user and action; sort by any field. */
export async function searchAuditEvents(db: Database, scope: OrganisationScope, search: AuditSearch): Promise<{ entries: StoredAuditRecord[]; total: number }> {
  const where = and(
    eq(auditEvents.organisationId, scope.organisationId),
    search.from ? gte(auditEvents.occurredAt, search.from) : undefined,
    search.to ? lt(auditEvents.occurredAt, search.to) : undefined,
    search.patientId ? eq(auditEvents.patientId, search.patientId) : undefined,
    search.actorUserId ? eq(auditEvents.actorUserId, search.actorUserId) : undefined,
    search.action ? eq(auditEvents.action, search.action) : undefined,
  );
  const column = sortColumns[search.sort];
  const rows = await db
    .select({ event: auditEvents, total: sql<number>`count(*) over ()::int` })
    .from(auditEvents)
    .where(where)
    .orderBy(search.order === 'asc' ? asc(column) : desc(column), search.order === 'asc' ? asc(auditEvents.seq) : desc(auditEvents.seq))
    .limit(search.limit)
    .offset(search.offset);
  return { entries: rows.map((row) => toStoredRecord(row.event)), total: rows[0]?.total ?? 0 };
}
