import { type SQL, sql } from 'drizzle-orm';
import type { Scale } from './scales.js';
import { trajectoryShares } from './scales.js';

/**
 * SQL text for deterministic pseudo-random values: md5 of "seed:stream:key", the first 32 bits as a fraction in
 * [0, 1). The same seed gives the same values on PGlite and PostgreSQL; nothing here reads the clock or random().
 * Every number spliced into the SQL is an integer validated at the boundary, never user text.
 */
export function randomSql(seed: number) {
  const uniform = (stream: string, key: string) => `(('x' || substr(md5('${seed}:${stream}:' || (${key})::text), 1, 8))::bit(32)::bigint / 4294967296.0)`;
  /** An integer between lo and hi inclusive (either may be an SQL expression). */
  const between = (lo: string | number, hi: string | number, stream: string, key: string) => `((${lo}) + floor(${uniform(stream, key)} * ((${hi}) - (${lo}) + 1)))::int`;
  return { uniform, between };
}

/** The patient's number from its MRN `SYN-000123`. */
export const patientNumberSql = (mrnColumn: string) => `substr(${mrnColumn}, 5)::int`;

/**
 * One row per generated patient of the organisation (bound as $org by the caller) with its course: how many
 * PHQ-9s and sessions, baseline and final score, start date and length. Every later table derives from it.
 */
export function courseCteSql(seed: number, scale: Scale, organisationParam: string): string {
  const { uniform, between } = randomSql(seed);
  const remitterBelow = trajectoryShares.remitter;
  const responderBelow = trajectoryShares.remitter + trajectoryShares.responderNotRemitted;
  return `
  course_base as (
    select p.id as patient_id, p.home_location_id as location_id, k.n,
      ((k.n - 1) % ${scale.locations}) + 1 as location_number,
      ${between(0, scale.maxAssessmentsPerPatient, 'assessments', 'k.n')} as assessments,
      ${between(0, scale.maxSessionsPerPatient, 'sessions', 'k.n')} as sessions,
      -- Moderate to severe depression at baseline (PHQ-9 14–25), as in the treatment-resistant cohorts of SPEC.md §4.
      ${between(14, 25, 'baseline', 'k.n')} as baseline,
      ${uniform('class', 'k.n')} as class_u,
      ${uniform('final', 'k.n')} as final_u,
      date '2024-01-01' + ${between(0, 640, 'start', 'k.n')} as start_date,
      ${between(0, 360, 'minute', 'k.n')} as minute_of_morning,
      ${between(0, 28, 'days', 'k.n')} as extra_days
    from patient p
    cross join lateral (select ${patientNumberSql('p.mrn')} as n) k
    where p.organisation_id = ${organisationParam}
  ),
  course as (
    select b.*,
      case when b.class_u < ${remitterBelow} then 'remitter' when b.class_u < ${responderBelow} then 'responder' else 'non-responder' end as trajectory,
      case
        -- Remission: PHQ-9 < 5 (SPEC.md §4).
        when b.class_u < ${remitterBelow} then floor(b.final_u * 5)::int
        -- Response without remission: 5 … floor(baseline / 2), a fall of at least 50% (SPEC.md §4).
        when b.class_u < ${responderBelow} then 5 + floor(b.final_u * (b.baseline / 2 - 5 + 1))::int
        -- No response: above half the baseline, up to a few points worse (McInnes 2022: 8.4% had worse depression).
        else (b.baseline / 2 + 1) + floor(b.final_u * (least(27, b.baseline + 3) - (b.baseline / 2 + 1) + 1))::int
      end as final,
      greatest(28, b.assessments * 7) + b.extra_days as course_days,
      (b.start_date::timestamp + interval '9 hours' + make_interval(mins => b.minute_of_morning)) as start_at
    from course_base b
  )`;
}

/** The day of the course on which session `j` falls: six inductions within three weeks (Oliver 2022), then every three weeks. */
export const sessionDaySql = (j: string) => `(case when ${j} <= 6 then floor((${j} - 1) * 3.5)::int else 18 + (${j} - 6) * 21 end)`;

/** Each generated location's nurse and prescriber (location_id, nurse_id, prescriber_id), for a CTE. */
export const locationStaffSql = (organisation: SQL) => sql`
  select ul.location_id, (array_agg(u.id) filter (where u.email like 'nurse-%'))[1] as nurse_id,
    (array_agg(u.id) filter (where u.email like 'prescriber-%'))[1] as prescriber_id
  from user_location ul join app_user u on u.id = ul.user_id where ul.organisation_id = ${organisation} group by ul.location_id`;
