import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedNow } from '../../../tests/helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../tests/helpers/test-sessions.js';
import { phq9 } from '../../domain/instruments/phq9.js';
import { type Database, queryRows } from '../database.js';
import { computeOutcomeFigures } from '../../domain/public-page/outcome-figures.js';
import { verifyAuditTrail } from '../repos/audit-repo.js';
import { loadPublicClinicRecords } from '../repos/public-page-repo.js';
import { verifyLedger } from '../repos/ledger-repo.js';
import { type GenerateReport, generateNetwork } from './generate-network.js';
import { scales } from './scales.js';

const small = scales.small;
const tables = [
  'clinic_location',
  'app_user',
  'patient',
  'treatment_plan',
  'treatment_plan_session',
  'treatment_session',
  'session_vital',
  'assessment',
  'dea_registration',
  'stock_container',
  'ledger_entry',
  'audit_event',
] as const;

/** Row counts per table and a checksum of every PHQ-9 (patient, time, total, answers) of the organisation. */
async function fingerprint(db: Database, organisationId: string) {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ rows: number }>(db, sql`select count(*)::int as rows from ${sql.identifier(table)} where organisation_id = ${organisationId}`);
    counts[table] = row!.rows;
  }
  const [phq] = await queryRows<{ checksum: string }>(
    db,
    sql`select md5(string_agg(p.mrn || ':' || extract(epoch from a.completed_at)::bigint || ':' || a.total || ':' || a.answers::text, ',' order by p.mrn, a.completed_at)) as checksum
      from assessment a join patient p on p.id = a.patient_id where a.organisation_id = ${organisationId}`,
  );
  return { counts, checksum: phq!.checksum };
}

describe('generateNetwork at small scale', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let seed11: GenerateReport;
  let seed11Again: GenerateReport;
  let seed12: GenerateReport;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    seed11 = await generateNetwork(first.db, { scale: 'small', seed: 11 });
    seed11Again = await generateNetwork(second.db, { scale: 'small', seed: 11 });
    seed12 = await generateNetwork(first.db, { scale: 'small', seed: 12 });
    // Three small networks take about 6 s alone; a loaded CI run of every API test at once can take far longer.
  }, 240_000);
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('writes the scale: 3 locations, 500 patients, 0–12 PHQ-9s each, 4 vital signs per session, and reports what it wrote', async () => {
    const { counts } = await fingerprint(first.db, seed11.organisationId);
    expect(seed11.slug).toBe('synthetic-small-11');
    expect(counts).toMatchObject({ clinic_location: small.locations, app_user: 2 + 3 * small.locations, patient: small.patients, treatment_plan: small.patients });
    expect(counts.assessment).toBeGreaterThan(small.patients * 5);
    expect(counts.assessment).toBeLessThan(small.patients * 7);
    expect(counts.treatment_session).toBe(counts.treatment_plan_session);
    expect(counts.session_vital).toBe(counts.treatment_session! * small.vitalsPerSession);
    const [perPatient] = await queryRows<{ most: number; fewest: number }>(
      first.db,
      sql`select max(n)::int as most, min(n)::int as fewest from (select count(a.id) as n from patient p left join assessment a on a.patient_id = p.id where p.organisation_id = ${seed11.organisationId} group by p.id) t`,
    );
    expect(perPatient).toEqual({ most: 12, fewest: 0 });
    for (const table of tables) expect(seed11.tables.find((entry) => entry.table === table)?.rows, table).toBe(counts[table]);
  });

  it('writes the same network for the same seed, and a different one for another seed', async () => {
    const again = await fingerprint(second.db, seed11Again.organisationId);
    const original = await fingerprint(first.db, seed11.organisationId);
    expect(again).toEqual(original);
    const other = await fingerprint(first.db, seed12.organisationId);
    expect(other.counts.patient).toBe(small.patients);
    expect(other.checksum).not.toBe(original.checksum);
    expect(other.counts.assessment).not.toBe(original.counts.assessment);
  });

  it('refuses to write an organisation that exists', async () => {
    await expect(generateNetwork(first.db, { scale: 'small', seed: 11 })).rejects.toMatchObject({ code: 'CONFLICT', message: 'The organisation synthetic-small-11 already exists: pick another seed or scale.' });
  });

  it('stores each PHQ-9 exactly as the instrument scores its answers', async () => {
    const rows = await queryRows<{ answers: Record<string, number>; total: number; band: string; flags: string[]; findings: Record<string, unknown>; instrument_version: string }>(
      first.db,
      sql`select answers, total, band, flags, findings, instrument_version from assessment where organisation_id = ${seed11.organisationId}`,
    );
    expect(new Set(rows.map((row) => row.total)).size).toBeGreaterThan(20);
    for (const row of rows) {
      const scored = phq9.score(row.answers, {});
      expect({ total: row.total, band: row.band, flags: row.flags, findings: row.findings, version: row.instrument_version }).toEqual({
        total: scored.total,
        band: scored.band,
        flags: scored.flags,
        findings: scored.findings,
        version: scored.version,
      });
    }
  });

  it('has responders and remitters in the proportions of the published cohorts (SPEC.md §4: McInnes 2022, Oliver 2022)', async () => {
    const [shares] = await queryRows<{ patients: number; responders: number; remitters: number }>(
      first.db,
      sql`select count(*)::int as patients, count(*) filter (where last <= first / 2.0)::int as responders, count(*) filter (where last < 5)::int as remitters
        from (select (array_agg(total order by completed_at))[1] as first, (array_agg(total order by completed_at desc))[1] as last
              from assessment where organisation_id = ${seed11.organisationId} group by patient_id having count(*) >= 2) course`,
    );
    const responderShare = shares!.responders / shares!.patients;
    const remitterShare = shares!.remitters / shares!.patients;
    expect(shares!.patients).toBeGreaterThan(400);
    expect(responderShare).toBeGreaterThanOrEqual(0.5);
    expect(responderShare).toBeLessThanOrEqual(0.6);
    expect(remitterShare).toBeGreaterThanOrEqual(0.25);
    expect(remitterShare).toBeLessThanOrEqual(0.35);
  });

  it('writes a ledger and an audit trail that verify: unbroken hash chains, and every vial’s balance the sum of its entries', async () => {
    const [audit] = await verifyAuditTrail(first.db, seed11.slug);
    const counts = (await fingerprint(first.db, seed11.organisationId)).counts;
    expect(audit!.verdict).toMatchObject({ kind: 'intact', count: counts.audit_event });
    const ledger = await verifyLedger(first.db, { organisationId: seed11.organisationId });
    expect(ledger.chain).toEqual({ ok: true, count: counts.ledger_entry });
    expect(ledger.balanceMismatches).toEqual([]);
    const [entries] = await queryRows<{ sessions: number; administered: number; unaccounted: number; receipts: number; containers: number; negative: number }>(
      first.db,
      sql`select (select count(*)::int from treatment_session where organisation_id = ${seed11.organisationId}) as sessions,
          count(distinct session_id) filter (where kind = 'administration')::int as administered,
          (select count(*)::int from treatment_session s where s.organisation_id = ${seed11.organisationId}
            and not exists (select 1 from ledger_entry l where l.session_id = s.id and l.kind = 'administration')) as unaccounted,
          count(*) filter (where kind = 'receipt')::int as receipts,
          (select count(*)::int from stock_container where organisation_id = ${seed11.organisationId}) as containers,
          (select count(*)::int from stock_container where organisation_id = ${seed11.organisationId} and balance_mg < 0) as negative
        from ledger_entry where organisation_id = ${seed11.organisationId}`,
    );
    expect(entries).toMatchObject({ administered: entries!.sessions, unaccounted: 0, receipts: entries!.containers, negative: 0 });
    // Each waste was witnessed by someone other than its author, as the append requires.
    const [unwitnessed] = await queryRows<{ rows: number }>(
      first.db,
      sql`select count(*)::int as rows from ledger_entry where organisation_id = ${seed11.organisationId} and kind = 'waste'
        and (jsonb_array_length(witness_user_ids) <> 1 or witness_user_ids ->> 0 = author_user_id::text)`,
    );
    expect(unwitnessed!.rows).toBe(0);
  });

  it('gives the public page outcome figures near the cohorts: response and remission 2–4 weeks after induction (SPEC.md §4)', async () => {
    const window = { from: new Date('2023-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
    const records = await loadPublicClinicRecords(first.db, { organisationId: seed11.organisationId }, window);
    const figures = computeOutcomeFigures({ window, courses: records.courses, sessions: records.sessions, phq9: records.phq9 });
    const percent = (cell: typeof figures.response) => (cell.kind === 'shown' ? cell.percent : Number.NaN);
    expect(figures.measured).toMatchObject({ kind: 'shown' });
    expect(percent(figures.response)).toBeGreaterThanOrEqual(40);
    expect(percent(figures.response)).toBeLessThanOrEqual(65);
    expect(percent(figures.remission)).toBeGreaterThanOrEqual(15);
    expect(percent(figures.remission)).toBeLessThanOrEqual(40);
  });

  it('writes patients the patient, assessment, treatment-plan and session APIs open for a generated nurse', async () => {
    const app = await createTestApp(first);
    try {
      const [nurse] = await queryRows<{ id: string; location_id: string }>(
        first.db,
        sql`select u.id, ul.location_id from app_user u join user_location ul on ul.user_id = u.id where u.organisation_id = ${seed11.organisationId} and u.email = 'nurse-001@synthetic.invalid'`,
      );
      const cookie = await sessionCookieFor(first.db, seed11.organisationId, nurse!.id, fixedNow);
      const patients = await queryRows<{ id: string; mrn: string }>(
        first.db,
        sql`select p.id, p.mrn from patient p where p.organisation_id = ${seed11.organisationId} and p.home_location_id = ${nurse!.location_id}
          and exists (select 1 from treatment_session s where s.patient_id = p.id) order by p.mrn limit 5`,
      );
      expect(patients).toHaveLength(5);
      for (const patient of patients) {
        for (const path of ['', '/assessments', '/treatment-plans', '/sessions']) {
          const response = await app.inject({ method: 'GET', url: `/api/patients/${patient.id}${path}`, headers: { cookie } });
          expect(response.statusCode, `${path}: ${response.body}`).toBe(200);
        }
        const chart = (await app.inject({ method: 'GET', url: `/api/patients/${patient.id}`, headers: { cookie } })).json();
        expect(chart).toMatchObject({ id: patient.id, mrn: patient.mrn, givenName: 'Synth' });
      }
    } finally {
      await app.close();
    }
  });
});
