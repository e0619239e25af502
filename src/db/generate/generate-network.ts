import { type SQL, eq, sql } from 'drizzle-orm';
import { AppError } from '../../domain/shared/app-error.js';
import { defaultProtocols } from '../../domain/protocols/default-protocols.js';
import type { Database } from '../database.js';
import { organisations } from '../schema/index.js';
import type { GenerationContext } from './generation-context.js';
import { type ScaleName, scales } from './scales.js';
import { generateAuditTrail } from './synthetic-audit-trail.js';
import { generateLedger } from './synthetic-ledger.js';
import { courseCteSql, randomSql, sessionDaySql } from './synthetic-sql.js';

export interface GenerateOptions {
  scale: ScaleName;
  seed: number;
}

export interface TableReport {
  table: string;
  rows: number;
  milliseconds: number;
}

export interface GenerateReport {
  organisationId: string;
  slug: string;
  tables: TableReport[];
  totalMilliseconds: number;
}

export const syntheticSlug = (options: GenerateOptions) => `synthetic-${options.scale}-${options.seed}`;

const ivProtocol = defaultProtocols.find((protocol) => protocol.key === 'iv-racemic-depression')!;
const timeZones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
/** `nurse-007@synthetic.invalid`; both arguments are SQL expressions. */
const staffEmail = (roleSql: string, locationSql: string) => `${roleSql} || '-' || lpad((${locationSql})::text, 3, '0') || '@synthetic.invalid'`;

/**
 * Writes a synthetic clinic network into a new organisation with bulk INSERT … SELECT (no row-by-row ORM calls),
 * in one transaction, and reports rows and time per table. The same seed writes the same data. Refuses when the
 * organisation `synthetic-<scale>-<seed>` exists. The ledger and the audit trail are hash chains, hashed here in
 * order by the application's own functions (see write-hashed-chain.ts).
 */
export async function generateNetwork(db: Database, options: GenerateOptions): Promise<GenerateReport> {
  const scale = scales[options.scale];
  const slug = syntheticSlug(options);
  const { uniform, between } = randomSql(options.seed);
  const started = performance.now();
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
    if (existing) throw new AppError('CONFLICT', `The organisation ${slug} already exists: pick another seed or scale.`);
    const tables: TableReport[] = [];
    // The generated expressions are large and the row estimates high, so PostgreSQL's JIT would spend ~27 s
    // compiling the PHQ-9 insert that then runs in under a second (measured on PostgreSQL 15).
    await tx.execute(sql`set local jit = off`);
    const step = async (table: string, statement: SQL) => {
      const stepStarted = performance.now();
      await tx.execute(statement);
      const counted = (await tx.execute(sql`select count(*)::int as rows from ${sql.identifier(table)} where organisation_id = ${organisationId}`)) as unknown as { rows: { rows: number }[] };
      tables.push({ table, rows: counted.rows[0]!.rows, milliseconds: Math.round(performance.now() - stepStarted) });
    };

    const [organisation] = await tx.insert(organisations).values({ slug, name: `Synthetic ${options.scale} network (seed ${options.seed})` }).returning({ id: organisations.id });
    const organisationId = organisation!.id;
    const org = sql`${organisationId}::uuid`;
    // drizzle numbers parameters itself, so the SQL text refers to the organisation through a CTE of its own.
    const withOrg = (rest: SQL) => sql`with org as (select ${org} as id) ${rest}`;
    // Each patient's course, computed once into a temporary table every later step reads (dropped at commit).
    const withCourse = (rest: SQL) => withOrg(sql`, course as (select * from synthetic_course) ${rest}`);

    await step(
      'clinic_location',
      sql`insert into clinic_location (organisation_id, name, address_line1, city, region, postal_code, country, time_zone)
        select ${org}, 'Synth Location ' || lpad(k::text, 3, '0'), k || ' Synthetic Way', 'Synthville', 'ZZ', '00000', 'US',
          (array[${sql.raw(timeZones.map((zone) => `'${zone}'`).join(', '))}])[1 + (k - 1) % ${sql.raw(String(timeZones.length))}]
        from generate_series(1, ${sql.raw(String(scale.locations))}) k`,
    );

    // Staff: an admin and a medical director for the organisation; a prescriber, a nurse and a front desk per location.
    // No passwords: they cannot sign in until an admin invites them (tests sign in with sessions of their own).
    const perLocationRoles = ['prescriber', 'nurse', 'front-desk'];
    await step(
      'app_user',
      sql`insert into app_user (organisation_id, email, display_name, kind)
        select ${org}, role || '@synthetic.invalid', 'Synth ' || initcap(replace(role, '-', ' ')), 'staff' from unnest(array['admin', 'medical-director']) role
        union all
        select ${org}, ${sql.raw(staffEmail('role', 'k'))}, 'Synth ' || initcap(replace(role, '-', ' ')) || ' ' || lpad(k::text, 3, '0'), 'staff'
        from generate_series(1, ${sql.raw(String(scale.locations))}) k cross join unnest(array[${sql.raw(perLocationRoles.map((role) => `'${role}'`).join(', '))}]) role`,
    );
    await step(
      'user_role',
      sql`insert into user_role (organisation_id, user_id, role)
        select ${org}, u.id, split_part(u.email, '@', 1) from app_user u where u.organisation_id = ${org} and u.email in ('admin@synthetic.invalid', 'medical-director@synthetic.invalid')
        union all
        select ${org}, u.id, regexp_replace(split_part(u.email, '@', 1), '-[0-9]+$', '') from app_user u where u.organisation_id = ${org} and u.email ~ '-[0-9]{3}@synthetic[.]invalid$'`,
    );
    await step(
      'user_location',
      sql`insert into user_location (organisation_id, user_id, location_id)
        select ${org}, u.id, l.id from app_user u join clinic_location l on l.organisation_id = u.organisation_id
          and l.name = 'Synth Location ' || substring(u.email from '-([0-9]{3})@')
        where u.organisation_id = ${org} and u.email ~ '-[0-9]{3}@synthetic[.]invalid$'`,
    );

    const n = 'k';
    await step(
      'patient',
      sql`insert into patient (organisation_id, mrn, home_location_id, given_name, family_name, date_of_birth, sex_at_birth, country, created_at, updated_at)
        select ${org}, 'SYN-' || lpad(${sql.raw(n)}::text, 6, '0'), l.id, 'Synth', 'Patient' || lpad(${sql.raw(n)}::text, 6, '0'),
          (date '1950-01-01' + ${sql.raw(between(0, 20_000, 'birth', n))})::date,
          case when ${sql.raw(uniform('sex', n))} < 0.6 then 'female' when ${sql.raw(uniform('sex', n))} < 0.99 then 'male' else 'unknown' end,
          'US', timestamptz '2024-01-01 00:00:00+00', timestamptz '2024-01-01 00:00:00+00'
        from generate_series(1, ${sql.raw(String(scale.patients))}) k
        join clinic_location l on l.organisation_id = ${org} and l.name = 'Synth Location ' || lpad((((k - 1) % ${sql.raw(String(scale.locations))}) + 1)::text, 3, '0')`,
    );

    const courseStarted = performance.now();
    await tx.execute(sql`create temporary table synthetic_course on commit drop as ${withOrg(sql`, ${sql.raw(courseCteSql(options.seed, scale, '(select id from org)'))} select * from course`)}`);
    await tx.execute(sql`analyze synthetic_course`);
    await tx.execute(sql`analyze patient`);
    tables.push({ table: 'synthetic_course (temporary)', rows: scale.patients, milliseconds: Math.round(performance.now() - courseStarted) });

    const staff = sql.raw(`staff as (
        select k as location_number,
          (select id from app_user where organisation_id = (select id from org) and lower(email) = ${staffEmail("'prescriber'", 'k')}) as prescriber_id,
          (select id from app_user where organisation_id = (select id from org) and lower(email) = ${staffEmail("'nurse'", 'k')}) as nurse_id
        from generate_series(1, ${scale.locations}) k
      )`);
    const protocolJson = JSON.stringify(ivProtocol);

    // One course per patient: completed when it had sessions, otherwise a draft that never started.
    await step(
      'treatment_plan',
      withCourse(sql`, ${staff}
        insert into treatment_plan (organisation_id, patient_id, status, route, indications, protocol_key, protocol_version, protocol, starting_dose, goals,
          start_date, status_reason, created_by_user_id, created_at, activated_by_user_id, activated_at, ended_by_user_id, ended_at, updated_at, confidentiality)
        select (select id from org), c.patient_id, case when c.sessions > 0 then 'completed' else 'draft' end, 'iv', '["treatment-resistant-depression"]'::jsonb,
          ${ivProtocol.key}, 0, ${protocolJson}::jsonb, '{"mgPerKg":0.5}'::jsonb, 'Synthetic course (generated data).',
          c.start_date, case when c.sessions > 0 then 'Course completed (synthetic data).' end, s.prescriber_id, c.start_at - interval '7 days',
          case when c.sessions > 0 then s.prescriber_id end, case when c.sessions > 0 then c.start_at - interval '1 day' end,
          case when c.sessions > 0 then s.prescriber_id end, case when c.sessions > 0 then c.start_at + make_interval(days => greatest(c.course_days, ${sql.raw(sessionDaySql('c.sessions'))}) + 1) end,
          case when c.sessions > 0 then c.start_at + make_interval(days => greatest(c.course_days, ${sql.raw(sessionDaySql('c.sessions'))}) + 1) else c.start_at - interval '7 days' end,
          'normal'
        from course c join staff s on s.location_number = c.location_number`),
    );

    const sessionRows = sql.raw(`
        from course c
        join treatment_plan tp on tp.organisation_id = (select id from org) and tp.patient_id = c.patient_id
        join staff s on s.location_number = c.location_number
        join clinic_location l on l.id = c.location_id
        cross join lateral generate_series(1, c.sessions) j
        cross join lateral (select (c.start_date + ${sessionDaySql('j')}) as planned_date,
          lpad((9 + ${between(0, 6, 'hour', "c.n || '.' || j")})::text, 2, '0') || ':' || (array['00', '30'])[1 + ${between(0, 1, 'half', "c.n || '.' || j")}] as start_time) d`);
    await step(
      'treatment_plan_session',
      withCourse(sql`, ${staff}
        insert into treatment_plan_session (organisation_id, plan_id, sequence, planned_date, start_time, phase, dose)
        select (select id from org), tp.id, j, d.planned_date, d.start_time, case when j <= 6 then 'induction' else 'maintenance' end, '{"mgPerKg":0.5}'::jsonb
        ${sessionRows}`),
    );
    await step(
      'treatment_session',
      withCourse(sql`, ${staff}
        insert into treatment_session (organisation_id, patient_id, plan_id, plan_sequence, location_id, chair, route, state, scheduled_for, supervising_prescriber_user_id,
          checked_in_at, dosing_started_at, administration_ended_at, discharged_at, signed_by_user_id, signed_at, confidentiality, created_at)
        select (select id from org), c.patient_id, tp.id, j, c.location_id, 'Chair ' || ${sql.raw(between(1, 6, 'chair', "c.n || '.' || j"))}, 'iv', 'discharged', t.at, s.prescriber_id,
          t.at - interval '10 minutes', t.at + interval '15 minutes', t.at + interval '55 minutes', t.at + interval '115 minutes', s.prescriber_id, t.at + interval '120 minutes',
          'normal', c.start_at - interval '1 day'
        ${sessionRows}
        cross join lateral (select (d.planned_date + d.start_time::time) at time zone l.time_zone as at) t`),
    );

    // Vital signs every 15 minutes from just before dosing: blood pressure rises a little during the infusion (SPEC.md §2.6).
    await tx.execute(sql`analyze treatment_session`);
    const vitalKey = "p.mrn || '.' || ts.plan_sequence || '.' || m";
    await step(
      'session_vital',
      sql`insert into session_vital (organisation_id, session_id, measured_at, systolic_mm_hg, diastolic_mm_hg, heart_rate_bpm, spo2_percent, respiratory_rate_per_min, source, recorded_by_user_id, recorded_at)
        select ${org}, ts.id, v.at, ${sql.raw(between(112, 138, 'systolic', vitalKey))} + case when m between 2 and ${sql.raw(String(scale.vitalsPerSession - 1))} then ${sql.raw(between(0, 18, 'rise', vitalKey))} else 0 end,
          ${sql.raw(between(68, 86, 'diastolic', vitalKey))}, ${sql.raw(between(58, 92, 'pulse', vitalKey))}, ${sql.raw(between(95, 99, 'spo2', vitalKey))}, ${sql.raw(between(12, 18, 'resp', vitalKey))},
          'monitor-import', nurse.id, v.at
        from treatment_session ts
        join patient p on p.id = ts.patient_id
        join user_location ul on ul.organisation_id = ts.organisation_id and ul.location_id = ts.location_id
        join app_user nurse on nurse.id = ul.user_id and nurse.email like 'nurse-%'
        cross join lateral generate_series(1, ${sql.raw(String(scale.vitalsPerSession))}) m
        cross join lateral (select ts.dosing_started_at - interval '5 minutes' + (m - 1) * interval '15 minutes' as at) v
        where ts.organisation_id = ${org}`,
    );

    await step('assessment', withCourse(sql.raw(assessmentInsertSql(options.seed))));

    const context: GenerationContext = {
      tx,
      organisationId,
      seed: options.seed,
      scale,
      step,
      record: (table, rows, startedAt) => tables.push({ table, rows, milliseconds: Math.round(performance.now() - startedAt) }),
    };
    await generateLedger(context);
    await generateAuditTrail(context);

    return { organisationId, slug, tables, totalMilliseconds: Math.round(performance.now() - started) };
  });
}

/**
 * PHQ-9s along each course: the first at baseline the day before the first dose, the last at the trajectory's final
 * score, the ones between on a curve with ±2 points of noise. Responders fall over the induction weeks (a 10-day time
 * constant, so the figures 2–4 weeks after induction match SPEC.md §4's cohorts); non-responders drift. The
 * answers add up to the total and are scored as `scorePhq9` would: band (Kroenke 2001), the item-9 flag, and the
 * major-depressive-syndrome finding.
 */
function assessmentInsertSql(seed: number): string {
  const { uniform, between } = randomSql(seed);
  const key = "c.n || '.' || i";
  const items = Array.from({ length: 8 }, (_, index) => `r.base + case when ((${index} + r.rotation) % 8) < r.remainder then 1 else 0 end as a${index + 1}`).join(', ');
  const answers = Array.from({ length: 9 }, (_, index) => `'${index + 1}', a.a${index + 1}`).join(', ');
  const atLeast = (threshold: number, columns: number[]) => columns.map((column) => `(a.a${column} >= ${threshold})::int`).join(' + ');
  return `
    insert into assessment (organisation_id, patient_id, instrument_id, instrument_version, answers, context, total, band, flags, subscales, findings,
      purpose, entered_by, entered_by_user_id, completed_at, recorded_at, confidentiality)
    select (select id from org), c.patient_id, 'phq9', '1', jsonb_build_object(${answers}), '{}'::jsonb, s.total,
      case when s.total <= 4 then 'minimal' when s.total <= 9 then 'mild' when s.total <= 14 then 'moderate' when s.total <= 19 then 'moderately-severe' else 'severe' end,
      case when a.a9 >= 1 then '["suicidal-ideation-item"]'::jsonb else '[]'::jsonb end, '{}'::jsonb,
      jsonb_build_object('majorDepressiveSyndrome', (${atLeast(2, [1, 2])}) >= 1 and (${atLeast(2, [1, 2, 3, 4, 5, 6, 7, 8])}) + (a.a9 >= 1)::int >= 5),
      case when i = 1 then 'baseline' when i = c.assessments then 'follow-up' else 'pre-session' end, 'patient', null,
      c.start_at - interval '1 day' + f.t * c.course_days * interval '1 day', c.start_at - interval '1 day' + f.t * c.course_days * interval '1 day' + interval '1 minute', 'normal'
    from course c
    cross join lateral generate_series(1, c.assessments) i
    cross join lateral (select case when c.assessments = 1 then 0.0::float8 else (i - 1)::float8 / (c.assessments - 1) end as t) f
    cross join lateral (select greatest(0, least(27, case when i = 1 then c.baseline when i = c.assessments then c.final
      else round(c.baseline + (c.final - c.baseline) * (case when c.trajectory = 'non-responder' then f.t else 1 - exp(-(f.t * c.course_days) / 10.0) end) + (${uniform('noise', key)} - 0.5) * 4)::int end)) as total) s
    -- Item 9 (self-harm thoughts) is positive in about a third of the moderate-to-severe answers; the rest spreads over items 1–8.
    cross join lateral (select case when s.total > 24 then s.total - 24 when s.total >= 10 and ${uniform('item9', key)} < 0.3 then 1 else 0 end as a9) q
    cross join lateral (select (s.total - q.a9) / 8 as base, (s.total - q.a9) % 8 as remainder, ${between(0, 7, 'rotation', 'c.n')} as rotation) r
    cross join lateral (select ${items}, q.a9) a`;
}
