import { type BareQuery, healthQuery } from './bare-query.js';
import { benchStrengthMgPerMl } from './bench-stock.js';
import { benchPassword } from './bench-staff.js';
import { outcomeWindowMonths } from './synthetic-clinic.js';

/** The ids and names the hot paths are measured on, all in the synthetic organisation. */
export interface BenchTargets {
  organisationId: string;
  slug: string;
  locationId: string;
  nurseUserId: string;
  frontDeskEmail: string;
  searchPrefix: string;
  mrn: string;
  chartPatientId: string;
  submitPatientId: string;
  trajectoryPatientId: string;
  floorSessionIds: string[];
  offFloorSession: { id: string; patientId: string };
  containerId: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** A route whose rate limit is fixed in code: measured with the requests the limit leaves (see measureWithinRateLimit). */
export interface RateLimited {
  perMinute: number;
  /** Where the limit is set, for the report. */
  setIn: string;
  maxConcurrency?: number;
  maxRequests?: number;
}

export interface HotPath {
  key: string;
  name: string;
  route: string;
  expectStatus: number;
  /** Sent with the bench nurse's session. */
  signedIn: boolean;
  /** Counts for issue 9's goal "every interactive hot path p99 < 50 ms and ≥ 0.25 × health at 50 connections". */
  interactive: boolean;
  /** What autocannon sends; each connection goes through the list in turn. */
  requests(targets: BenchTargets): HttpRequest[];
  rateLimited?: RateLimited;
  /** The main query the route runs (read from its repo code), for the bare-SQL ratio; none for routes without a database. */
  bare?(targets: BenchTargets): BareQuery;
}

const json = (value: unknown) => JSON.stringify(value);
const get = (path: string): HttpRequest[] => [{ method: 'GET', path }];
const phq9Answers = { '1': 2, '2': 2, '3': 1, '4': 3, '5': 1, '6': 1, '7': 2, '8': 0, '9': 0 };
const vitalReading = { systolicMmHg: 128, diastolicMmHg: 80, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 };

// searchPatients (patients-repo.ts) as drizzle writes it for a nurse limited to one location.
const searchSql = `select id, mrn, given_name, family_name, date_of_birth, sex_at_birth, archived_at, count(*) over ()::int as total
  from patient
  where organisation_id = $1 and (home_location_id is null or home_location_id in ($2))
    and (lower(mrn) = lower($3) or lower(family_name) like $4 or lower(given_name) like $4) and archived_at is null
  order by lower(family_name), lower(given_name), date_of_birth, id limit 25 offset 0`;
const searchBare = (targets: BenchTargets, query: string): BareQuery => ({ text: searchSql, params: [targets.organisationId, targets.locationId, query, `${query.toLowerCase()}%`] });

export const hotPaths: HotPath[] = [
  { key: 'health', name: 'health (baseline)', route: 'GET /api/health', expectStatus: 200, signedIn: false, interactive: false, requests: () => get('/api/health'), bare: () => healthQuery },
  { key: 'not-found', name: 'not found (HTTP stack, no database)', route: 'GET /api/bench-no-such-route', expectStatus: 404, signedIn: false, interactive: false, requests: () => get('/api/bench-no-such-route') },
  {
    key: 'sign-in',
    name: 'sign-in (argon2id, rate-limited)',
    route: 'POST /api/auth/sign-in',
    expectStatus: 200,
    signedIn: false,
    interactive: false,
    requests: (targets) => [{ method: 'POST', path: '/api/auth/sign-in', body: json({ email: targets.frontDeskEmail, password: benchPassword, organisation: targets.slug }) }],
    rateLimited: { perMinute: 30, setIn: 'src/server/routes/auth/auth.routes.ts:42' },
    // findUserByEmail (users-repo.ts): the user with roles and locations.
    bare: (targets) => ({
      text: `select u.id, u.organisation_id, u.email, u.display_name, u.kind, u.patient_id, u.password_hash, u.totp_secret, u.totp_enabled_at, u.totp_last_step, u.disabled_at,
        coalesce((select array_agg(r.role order by r.role) from user_role r where r.user_id = u.id), '{}') as roles,
        coalesce((select array_agg(l.location_id::text order by l.location_id) from user_location l where l.user_id = u.id), '{}') as location_ids
        from app_user u where u.organisation_id = $1 and lower(u.email) = lower($2)`,
      params: [targets.organisationId, targets.frontDeskEmail],
    }),
  },
  {
    key: 'search-name',
    name: 'patient search, name prefix',
    route: 'GET /api/patients?q=Patient0001',
    expectStatus: 200,
    signedIn: true,
    interactive: true,
    requests: (targets) => get(`/api/patients?q=${targets.searchPrefix}`),
    bare: (targets) => searchBare(targets, targets.searchPrefix),
  },
  { key: 'search-mrn', name: 'patient search, MRN', route: 'GET /api/patients?q=SYN-000001', expectStatus: 200, signedIn: true, interactive: true, requests: (targets) => get(`/api/patients?q=${targets.mrn}`), bare: (targets) => searchBare(targets, targets.mrn) },
  {
    key: 'chart',
    name: 'patient chart',
    route: 'GET /api/patients/:patientId',
    expectStatus: 200,
    signedIn: true,
    interactive: true,
    requests: (targets) => get(`/api/patients/${targets.chartPatientId}`),
    // findPatientChart (patients-repo.ts): the patient row; four small per-patient lists follow it.
    bare: (targets) => ({ text: 'select * from patient where organisation_id = $1 and id = $2 and (home_location_id is null or home_location_id in ($3))', params: [targets.organisationId, targets.chartPatientId, targets.locationId] }),
  },
  {
    key: 'trajectory',
    name: 'PHQ-9 trajectory, 50 points',
    route: 'GET /api/patients/:patientId/assessments?instrumentId=phq9',
    expectStatus: 200,
    signedIn: true,
    interactive: true,
    requests: (targets) => get(`/api/patients/${targets.trajectoryPatientId}/assessments?instrumentId=phq9`),
    // listAssessments (assessments-repo.ts).
    bare: (targets) => ({ text: 'select * from assessment where organisation_id = $1 and patient_id = $2 and instrument_id = $3 order by completed_at, recorded_at', params: [targets.organisationId, targets.trajectoryPatientId, 'phq9'] }),
  },
  {
    key: 'submit-phq9',
    name: 'submit a PHQ-9 (scored, stored, audited)',
    route: 'POST /api/patients/:patientId/assessments',
    expectStatus: 201,
    signedIn: true,
    interactive: true,
    requests: (targets) => [{ method: 'POST', path: `/api/patients/${targets.submitPatientId}/assessments`, body: json({ instrumentId: 'phq9', answers: phq9Answers, purpose: 'routine' }) }],
    // insertAssessment (assessments-repo.ts), committed on its own.
    bare: (targets) => ({
      text: `insert into assessment (organisation_id, patient_id, instrument_id, instrument_version, answers, context, total, band, flags, subscales, findings, purpose, entered_by, entered_by_user_id, completed_at, recorded_at, confidentiality)
        values ($1, $2, 'phq9', '1', $3::jsonb, '{}'::jsonb, 12, 'moderate', '[]'::jsonb, '{}'::jsonb, '{"majorDepressiveSyndrome":true}'::jsonb, 'routine', 'clinician', $4, now(), now(), 'normal') returning id`,
      params: [targets.organisationId, targets.submitPatientId, json(phq9Answers), targets.nurseUserId],
    }),
  },
  {
    key: 'vitals',
    name: 'record a vital sign (thresholds, audit, floor notified)',
    route: 'POST /api/sessions/:sessionId/vitals',
    expectStatus: 200,
    signedIn: true,
    interactive: true,
    // Each connection charts on the bench chairs in turn, as nurses on a floor would.
    requests: (targets) => targets.floorSessionIds.map((sessionId) => ({ method: 'POST' as const, path: `/api/sessions/${sessionId}/vitals`, body: json({ readings: [vitalReading] }) })),
    // insertVitals (treatment-sessions-repo.ts), on the off-floor session so no measured chart grows.
    bare: (targets) => ({
      text: `insert into session_vital (organisation_id, session_id, measured_at, systolic_mm_hg, diastolic_mm_hg, heart_rate_bpm, spo2_percent, respiratory_rate_per_min, source, recorded_by_user_id, recorded_at)
        values ($1, $2, now(), 128, 80, 72, 98, 14, 'manual', $3, now()) returning *`,
      params: [targets.organisationId, targets.offFloorSession.id, targets.nurseUserId],
    }),
  },
  {
    key: 'floor',
    name: 'floor board, 20 active chairs',
    route: 'GET /api/floor',
    expectStatus: 200,
    signedIn: true,
    interactive: true,
    requests: () => get('/api/floor'),
    // listFloor (treatment-sessions-repo.ts) for a nurse limited to one location.
    bare: (targets) => ({
      text: `select s.*, tp.protocol, p.given_name, p.family_name,
        (select max(v.measured_at) from session_vital v where v.organisation_id = s.organisation_id and v.session_id = s.id) as last_vital_at,
        (select count(*) from session_event e where e.organisation_id = s.organisation_id and e.session_id = s.id and e.action_at is null) as open_events,
        (select count(*) from session_event e where e.organisation_id = s.organisation_id and e.session_id = s.id and e.level = 'stop' and e.prescriber_signed_at is null) as unsigned_stop_events
        from treatment_session s join patient p on p.id = s.patient_id join treatment_plan tp on tp.id = s.plan_id
        where s.organisation_id = $1 and (p.home_location_id is null or p.home_location_id in ($2))
          and (s.state in ('checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready') or (s.scheduled_for >= now() - interval '12 hours' and s.scheduled_for < now() + interval '12 hours'))
        order by s.chair, s.scheduled_for`,
      params: [targets.organisationId, targets.locationId],
    }),
  },
  {
    key: 'draw',
    name: 'draw from stock, 1 mg administration',
    route: 'POST /api/controlled-substances/entries',
    expectStatus: 201,
    signedIn: true,
    interactive: true,
    requests: (targets) => [
      {
        method: 'POST',
        path: '/api/controlled-substances/entries',
        body: json({ entry: { kind: 'administration', containerId: targets.containerId, quantityMg: 1, quantityMl: 1 / benchStrengthMgPerMl, sessionId: targets.offFloorSession.id, patientId: targets.offFloorSession.patientId } }),
      },
    ],
    // appendLedgerEntry (ledger-repo.ts) first takes the container's row lock; every draw on it queues there.
    bare: (targets) => ({
      text: `select c.balance_mg, c.balance_ml, c.state, p.strength_mg_per_ml from stock_container c join stock_lot l on l.id = c.lot_id join controlled_product p on p.id = l.product_id
        where c.organisation_id = $1 and c.id = $2 for update of c`,
      params: [targets.organisationId, targets.containerId],
    }),
  },
  {
    key: 'outcomes',
    name: 'public clinic page, outcomes of the whole network',
    route: 'GET /api/public/clinics/:slug',
    expectStatus: 200,
    signedIn: false,
    interactive: false,
    requests: (targets) => get(`/api/public/clinics/${targets.slug}`),
    // Each request loads every PHQ-9 of the network: a few at a time, or the bench measures memory, not the route.
    rateLimited: { perMinute: 120, setIn: 'src/server/routes/public-page/public-page.schemas.ts:10', maxConcurrency: 2, maxRequests: 40 },
    // The largest of loadPublicClinicRecords' queries (public-page-repo.ts): every PHQ-9 total of the courses.
    bare: (targets) => ({
      text: `select patient_id, completed_at, total from assessment
        where organisation_id = $1 and instrument_id = 'phq9' and confidentiality = 'normal' and total is not null
          and patient_id in (select patient_id from treatment_plan where organisation_id = $1 and confidentiality = 'normal' and status <> 'draft' and activated_at is not null and (ended_at is null or ended_at >= now() - interval '${outcomeWindowMonths} months'))`,
      params: [targets.organisationId],
    }),
  },
];

/** How many loops a path's bare query runs at a connection count: as many as the route itself is measured with. */
export function bareConcurrency(path: HotPath, connections: number): number {
  return Math.min(connections, path.rateLimited?.maxConcurrency ?? connections);
}
