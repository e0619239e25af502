import { sql } from 'drizzle-orm';
import { hashLedgerRecord, ledgerGenesisHash, type LedgerRecord } from '../../domain/ledger/ledger-chain.js';
import { queryRows } from '../database.js';
import type { GenerationContext } from './generation-context.js';
import { locationStaffSql, randomSql } from './synthetic-sql.js';
import { writeHashedChain } from './write-hashed-chain.js';

/** Ketalar as the demo stocks it: 10 mg/mL, 20 mL vials (200 mg). The NDC's labeler 99999 is not a real one. */
const vial = { mg: 200, ml: 20, mgPerMl: 10, ndc: '99999-113-10' };
/** A valid-looking DEA number for the synthetic supplier (check digit computed as 21 CFR 1301 numbers are). */
const supplier = { name: 'Synthetic Wholesale (not a real supplier)', address: '1 Synthetic Way, Synthville ZZ 00000', deaNumber: 'RS1234563' };
const wasteMethod = 'Drawn remainder wasted into a drug-disposal container before a witness (synthetic)';

/** `Synth Location 007` → 7. */
const locationNumber = (nameColumn: string) => `substring(${nameColumn} from '[0-9]+$')::int`;

/**
 * The stock and the controlled-substance ledger behind the generated sessions: a registration and a safe per
 * location, 200 mg vials received the day before they are first needed, and per session the dose given (0.5
 * mg/kg, the induction dose of SPEC.md §2) with the rest of the 10 mg drawn wasted before the prescriber. A
 * dose that empties a vial continues from the next, as a second administration line. Every container's
 * balance is the sum of its entries, and the entries form the organisation's hash chain, so `ledger verify`
 * checks all of it.
 */
export async function generateLedger(context: GenerationContext): Promise<void> {
  const { tx, step, record, organisationId } = context;
  const org = sql`${organisationId}::uuid`;
  const { between } = randomSql(context.seed);

  // The registration number's last digit is its check digit: (d1 + d3 + d5) + 2 × (d2 + d4 + d6), last digit.
  const digit = (position: number) => `substr(lpad(${locationNumber('l.name')}::text, 6, '0'), ${position}, 1)::int`;
  await step(
    'dea_registration',
    sql`insert into dea_registration (organisation_id, location_id, number, schedules, expires_on)
      select ${org}, l.id, 'FS' || lpad(${sql.raw(locationNumber('l.name'))}::text, 6, '0')
          || ((${sql.raw(digit(1))} + ${sql.raw(digit(3))} + ${sql.raw(digit(5))} + 2 * (${sql.raw(digit(2))} + ${sql.raw(digit(4))} + ${sql.raw(digit(6))})) % 10)::text,
        '["3", "3N", "4", "5"]'::jsonb, date '2028-12-31'
      from clinic_location l where l.organisation_id = ${org}`,
  );
  await step('storage_location', sql`insert into storage_location (organisation_id, location_id, name, kind) select ${org}, l.id, 'Synthetic safe', 'safe' from clinic_location l where l.organisation_id = ${org}`);
  await step(
    'controlled_product',
    sql`insert into controlled_product (organisation_id, generic_name, ndc, strength_mg_per_ml, container_ml, form, reorder_at_containers)
      values (${org}, 'ketamine hydrochloride (synthetic product)', ${vial.ndc}, ${vial.mgPerMl}, ${vial.ml}, 'vial', 4)`,
  );

  // Each session's dose and where it falls in its location's running total of mg drawn.
  let started = performance.now();
  await tx.execute(sql`create temporary table synthetic_draw on commit drop as
    with staff as (${locationStaffSql(org)}), dose as (
      select ts.id as session_id, ts.patient_id, ts.location_id, ts.dosing_started_at, ts.administration_ended_at, s.nurse_id, s.prescriber_id, p.mrn, ts.plan_sequence,
        (${sql.raw(between(55, 110, 'weight', 'p.mrn'))} * 0.5)::numeric as dose_mg
      from treatment_session ts join patient p on p.id = ts.patient_id join staff s on s.location_id = ts.location_id
      where ts.organisation_id = ${org}
    )
    select d.*, ceil(d.dose_mg / 10) * 10 as drawn_mg,
      sum(ceil(d.dose_mg / 10) * 10) over (partition by d.location_id order by d.dosing_started_at, d.mrn, d.plan_sequence) - ceil(d.dose_mg / 10) * 10 as start_mg
    from dose d`);
  await tx.execute(sql`create index on synthetic_draw (location_id, start_mg)`);
  await tx.execute(sql`analyze synthetic_draw`);
  const [draws] = await queryRows<{ rows: number }>(tx, sql`select count(*)::int as rows from synthetic_draw`);
  record('synthetic_draw (temporary)', draws!.rows, started);

  // Vial i of a location holds mg [200·i, 200·(i+1)) of its running total; it arrives the day before its first use.
  started = performance.now();
  await tx.execute(sql`create temporary table synthetic_container on commit drop as
    select t.location_id, lpad(${sql.raw(locationNumber('l.name'))}::text, 3, '0') as location_number, i as container_index,
      f.dosing_started_at - interval '1 day' as received_at
    from (select location_id, ceil(max(start_mg + drawn_mg) / ${vial.mg})::int as containers from synthetic_draw group by location_id) t
    join clinic_location l on l.id = t.location_id
    cross join lateral generate_series(0, t.containers - 1) i
    cross join lateral (select d.dosing_started_at from synthetic_draw d where d.location_id = t.location_id and d.start_mg + d.drawn_mg > i * ${vial.mg} order by d.start_mg limit 1) f`);
  record('synthetic_container (temporary)', (await queryRows<{ rows: number }>(tx, sql`select count(*)::int as rows from synthetic_container`))[0]!.rows, started);

  // One lot per 25 vials of a location.
  await step(
    'stock_lot',
    sql`insert into stock_lot (organisation_id, product_id, lot_number, expires_on)
      select ${org}, (select id from controlled_product where organisation_id = ${org}), 'SYN-' || location_number || '-' || lpad((container_index / 25)::text, 4, '0'),
        (min(received_at) + interval '3 years')::date
      from synthetic_container group by location_number, container_index / 25`,
  );
  await step(
    'stock_container',
    sql`insert into stock_container (organisation_id, lot_id, location_id, storage_id, label, state, balance_mg, balance_ml, received_at)
      select ${org}, lot.id, c.location_id, safe.id, 'SYN-' || c.location_number || '-' || lpad(c.container_index::text, 5, '0'), 'sealed', ${vial.mg}, ${vial.ml}, c.received_at
      from synthetic_container c
      join stock_lot lot on lot.organisation_id = ${org} and lot.lot_number = 'SYN-' || c.location_number || '-' || lpad((c.container_index / 25)::text, 4, '0')
      join storage_location safe on safe.organisation_id = ${org} and safe.location_id = c.location_id`,
  );
  await tx.execute(sql`alter table synthetic_container add column id uuid`);
  await tx.execute(
    sql`update synthetic_container c set id = sc.id from stock_container sc where sc.organisation_id = ${org} and sc.label = 'SYN-' || c.location_number || '-' || lpad(c.container_index::text, 5, '0')`,
  );
  await tx.execute(sql`create index on synthetic_container (location_id, container_index)`);

  // The entries in the order they happened: receipts, then each session's administration lines, then its waste.
  started = performance.now();
  const portion = (from: string, to: string) => `generate_series(floor((${from}) / ${vial.mg})::int, ceil((${to}) / ${vial.mg})::int - 1)`;
  const overlap = (from: string, to: string) => `(least(${to}, (i + 1) * ${vial.mg}) - greatest(${from}, i * ${vial.mg}))`;
  await tx.execute(sql`create temporary table synthetic_ledger on commit drop as
    select row_number() over (order by e.occurred_at, e.kind_rank, e.container_index, e.mrn, e.plan_sequence)::int as seq, gen_random_uuid() as entry_id, e.*
    from (
      select c.received_at as occurred_at, 0 as kind_rank, c.container_index, '' as mrn, 0 as plan_sequence, 'receipt' as kind, c.id as container_id,
        ${vial.mg}::numeric as quantity_mg, ${vial.ml}::numeric as quantity_ml, s.nurse_id as author_user_id, '[]'::jsonb as witness_user_ids,
        null::uuid as session_id, null::uuid as patient_id,
        jsonb_build_object('supplier', ${JSON.stringify(supplier)}::jsonb, 'invoiceNumber', 'SYN-INV-' || c.location_number || '-' || lpad(c.container_index::text, 5, '0'),
          'lotNumber', lot.lot_number, 'expiresOn', lot.expires_on::text) as payload
      from synthetic_container c
      join stock_container sc on sc.id = c.id join stock_lot lot on lot.id = sc.lot_id
      join (select distinct location_id, nurse_id from synthetic_draw) s on s.location_id = c.location_id
      union all
      select d.dosing_started_at, 1, i, d.mrn, d.plan_sequence, 'administration', c.id, ${sql.raw(overlap('d.start_mg', 'd.start_mg + d.dose_mg'))}, ${sql.raw(overlap('d.start_mg', 'd.start_mg + d.dose_mg'))} / ${vial.mgPerMl},
        d.nurse_id, '[]'::jsonb, d.session_id, d.patient_id, jsonb_build_object('sessionId', d.session_id, 'patientId', d.patient_id)
      from synthetic_draw d cross join lateral ${sql.raw(portion('d.start_mg', 'd.start_mg + d.dose_mg'))} i
      join synthetic_container c on c.location_id = d.location_id and c.container_index = i
      union all
      select d.administration_ended_at, 2, i, d.mrn, d.plan_sequence, 'waste', c.id, ${sql.raw(overlap('d.start_mg + d.dose_mg', 'd.start_mg + d.drawn_mg'))}, ${sql.raw(overlap('d.start_mg + d.dose_mg', 'd.start_mg + d.drawn_mg'))} / ${vial.mgPerMl},
        d.nurse_id, jsonb_build_array(d.prescriber_id), d.session_id, null, jsonb_build_object('method', ${wasteMethod}::text, 'witnessUserId', d.prescriber_id)
      from synthetic_draw d cross join lateral ${sql.raw(portion('d.start_mg + d.dose_mg', 'd.start_mg + d.drawn_mg'))} i
      join synthetic_container c on c.location_id = d.location_id and c.container_index = i
      where d.drawn_mg > d.dose_mg
    ) e`);
  await tx.execute(sql`create index on synthetic_ledger (seq)`);
  const [entries] = await queryRows<{ rows: number }>(tx, sql`select count(*)::int as rows from synthetic_ledger`);
  record('synthetic_ledger (temporary)', entries!.rows, started);

  started = performance.now();
  const head = await writeHashedChain<LedgerRecord & { seq: number }>(tx, entries!.rows, ledgerGenesisHash, {
    read: (after, through) => sql`select ${organisationId}::text as "organisationId", seq, entry_id as "entryId", kind, container_id as "containerId",
        quantity_mg::float8 as "quantityMg", quantity_ml::float8 as "quantityMl", author_user_id as "authorUserId",
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurredAt",
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "recordedAt", payload
      from synthetic_ledger where seq > ${after} and seq <= ${through} order by seq`,
    hash: (prevHash, row) => hashLedgerRecord({ ...row, prevHash }),
    insert: (links) => sql`insert into ledger_entry (id, organisation_id, seq, kind, container_id, quantity_mg, quantity_ml, author_user_id, witness_user_ids, session_id, patient_id,
        payload, occurred_at, recorded_at, device, prev_hash, hash)
      select e.entry_id, ${org}, e.seq, e.kind, e.container_id, e.quantity_mg, e.quantity_ml, e.author_user_id, e.witness_user_ids, e.session_id, e.patient_id,
        e.payload, e.occurred_at, e.occurred_at, 'synthetic', h.prev_hash, h.hash
      from jsonb_to_recordset(${links}) as h(seq int, prev_hash text, hash text) join synthetic_ledger e on e.seq = h.seq`,
  });
  if (head) await tx.execute(sql`insert into ledger_chain_head (organisation_id, last_seq, last_hash) values (${org}, ${head.seq}, ${head.hash})`);
  record('ledger_entry', entries!.rows, started);

  // Balances as the entries leave them; a vial drawn to nothing is empty (or wasted, when waste emptied it).
  await tx.execute(sql`update stock_container sc set balance_mg = sc.balance_mg - t.out_mg, balance_ml = sc.balance_ml - t.out_ml,
      state = case when sc.balance_mg - t.out_mg > 0 then 'in-use' when t.last_kind = 'waste' then 'wasted' else 'empty' end
    from (select container_id, sum(quantity_mg) filter (where kind <> 'receipt') as out_mg, sum(quantity_ml) filter (where kind <> 'receipt') as out_ml,
        (array_agg(kind order by seq desc))[1] as last_kind
      from synthetic_ledger group by container_id having count(*) > 1) t
    where sc.id = t.container_id`);
}
