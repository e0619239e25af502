import { sql } from 'drizzle-orm';
import { type AuditRecord, genesisHash, hashAuditRecord } from '../../domain/audit/audit-chain.js';
import { queryRows } from '../database.js';
import type { GenerationContext } from './generation-context.js';
import { locationStaffSql } from './synthetic-sql.js';
import { writeHashedChain } from './write-hashed-chain.js';

/**
 * The audit trail the generated care would have left, as the application writes it: each PHQ-9 recorded, each
 * vital sign, each session opened, dosed, discharged and signed, and each administration and waste on the
 * ledger, in time order as one hash chain, so `audit verify` checks all of it. Runs after the ledger.
 */
export async function generateAuditTrail(context: GenerationContext): Promise<void> {
  const { tx, record, organisationId } = context;
  const org = sql`${organisationId}::uuid`;
  let started = performance.now();
  // Times are cut to whole seconds: the trail stores milliseconds and hashes exactly what it stores.
  await tx.execute(sql`create temporary table synthetic_audit on commit drop as
    with staff as (${locationStaffSql(org)}), events as (
      select date_trunc('second', a.recorded_at) as occurred_at, s.nurse_id as actor_user_id, 'nurse' as actor_role, 'assessment.record' as action, 'assessment' as entity_type,
        a.id::text as entity_id, a.patient_id, jsonb_build_object('instrument', a.instrument_id) as details
      from assessment a join patient p on p.id = a.patient_id join staff s on s.location_id = p.home_location_id where a.organisation_id = ${org}
      union all
      select date_trunc('second', v.recorded_at), v.recorded_by_user_id, 'nurse', 'session.vitals', 'treatment-session', ts.id::text, ts.patient_id, '{"readings": 1, "crossings": 0}'::jsonb
      from session_vital v join treatment_session ts on ts.id = v.session_id where v.organisation_id = ${org}
      union all
      select date_trunc('second', e.at), case when e.role = 'nurse' then s.nurse_id else s.prescriber_id end, e.role, e.action, 'treatment-session', ts.id::text, ts.patient_id, e.details
      from treatment_session ts join staff s on s.location_id = ts.location_id join synthetic_draw d on d.session_id = ts.id
      cross join lateral (values
        (ts.checked_in_at, 'nurse', 'session.read', null::jsonb),
        (ts.dosing_started_at - interval '1 minute', 'prescriber', 'session.dose', jsonb_build_object('doseMg', d.dose_mg, 'blocked', false)),
        (ts.discharged_at, 'nurse', 'session.discharge-checklist', null::jsonb),
        (ts.signed_at, 'prescriber', 'session.sign', null::jsonb)) e(at, role, action, details)
      where ts.organisation_id = ${org}
      union all
      select date_trunc('second', l.occurred_at) + interval '1 second', l.author_user_id, 'nurse', 'ledger.' || l.kind, 'ledger-entry', l.entry_id::text,
        d.patient_id, jsonb_build_object('quantityMg', l.quantity_mg)
      from synthetic_ledger l join synthetic_draw d on d.session_id = l.session_id where l.kind in ('administration', 'waste')
    )
    select row_number() over (order by occurred_at, action, entity_id)::int as seq, events.* from events`);
  await tx.execute(sql`create index on synthetic_audit (seq)`);
  const [events] = await queryRows<{ rows: number }>(tx, sql`select count(*)::int as rows from synthetic_audit`);
  record('synthetic_audit (temporary)', events!.rows, started);

  started = performance.now();
  const head = await writeHashedChain<Omit<AuditRecord, 'organisationId'>>(tx, events!.rows, genesisHash, {
    read: (after, through) => sql`select seq, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurredAt", actor_user_id as "actorUserId",
        actor_role as "actorRole", action, entity_type as "entityType", entity_id as "entityId", patient_id as "patientId", details
      from synthetic_audit where seq > ${after} and seq <= ${through} order by seq`,
    hash: (prevHash, row) =>
      hashAuditRecord(prevHash, { ...row, organisationId, requestId: null, sourceIp: null, outcome: 'success', breakGlass: false, reason: null, details: row.details ?? null }),
    insert: (links) => sql`insert into audit_event (organisation_id, seq, occurred_at, actor_user_id, actor_role, action, entity_type, entity_id, patient_id, outcome, break_glass, details, prev_hash, hash)
      select ${org}, e.seq, e.occurred_at, e.actor_user_id, e.actor_role, e.action, e.entity_type, e.entity_id, e.patient_id, 'success', false, e.details, h.prev_hash, h.hash
      from jsonb_to_recordset(${links}) as h(seq int, prev_hash text, hash text) join synthetic_audit e on e.seq = h.seq`,
  });
  if (head) await tx.execute(sql`insert into audit_chain_head (organisation_id, last_seq, last_hash) values (${org}, ${head.seq}, ${head.hash})`);
  record('audit_event', events!.rows, started);
}
