import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedNow, testConfig } from '../../../../tests/helpers/test-app.js';
import { buildLocation, createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { syntheticDeaNumber } from '../../../../tests/helpers/test-credentials.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser, type TestUser } from '../../../../tests/helpers/test-users.js';
import { defaultCredentialRules } from '../../../domain/credentials/credential-rules.js';
import { findInstrument } from '../../../domain/instruments/registry.js';
import type { Database } from '../../../db/database.js';
import { readJournal } from '../../../db/migrations.js';
import { insertCredential } from '../../../db/repos/credentials-repo.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import { insertPatient } from '../../../db/repos/patients-repo.js';
import { writePublicPageSettings } from '../../../db/repos/public-page-repo.js';
import { assessments, auditEvents, credentialSettings, credentialVerifications, deaRegistrations, sessionEvents, staffCredentials, treatmentPlanSessions, treatmentPlans, treatmentSessions } from '../../../db/schema/index.js';
import { buildApp } from '../../app.js';
import { createLogger } from '../../logger.js';



// ——— The synthetic cohort, written straight into the tables ———

const day = 86_400_000;
const minute = 60_000;
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * day);

/** One synthetic patient's course: three planned induction sessions two days apart, then one maintenance session. */
interface CohortPatient {
  firstDose: Date;
  /** How many of the three induction sessions were dosed (the rest were stopped before dosing). Default 3. */
  dosed?: number;
  baseline?: { daysBefore: number; total: number };
  outcome?: { daysAfter: number; total: number };
  /** A further PHQ-9 after the outcome. */
  later?: { daysAfter: number; total: number };
  /** Adverse events charted in the n-th dosed session (0-based). */
  adverseEvents?: { session: number; serious: boolean }[];
  /** A vital-sign threshold crossing (not an adverse event) in the n-th dosed session. */
  thresholdIn?: number;
  /** The course is recorded under 42 CFR Part 2. */
  part2?: boolean;
}

interface InsertedPatient {
  id: string;
  mrn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string;
}

/** PHQ-9 answers that add up to `total` (items 1–9, each 0–3), scored by the real scorer. */
function phq9(total: number) {
  const answers: Record<string, number> = {};
  let left = total;
  for (let item = 1; item <= 9; item += 1) {
    answers[String(item)] = Math.min(3, left);
    left -= answers[String(item)]!;
  }
  const result = findInstrument('phq9')!.score(answers, {});
  if (result.total !== total) throw new Error(`PHQ-9 of ${total} cannot be built`);
  return { answers, total, band: result.band, flags: result.flags, subscales: result.subscales, findings: result.findings };
}

const letters = (index: number) => String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26));

/**
 * Writes a synthetic cohort straight into the clinic's tables: patients with distinctive names, MRNs, dates of birth
 * and e-mail addresses (so a test can look for them where they must not be), plans, dosed sessions, adverse events and
 * PHQ-9 assessments. Nothing here is real.
 */
async function insertSyntheticCohort(db: Database, args: { organisationId: string; locationId: string; staffUserId: string; tag: string; patients: readonly CohortPatient[] }): Promise<InsertedPatient[]> {
  const scope = { organisationId: args.organisationId };
  const inserted: InsertedPatient[] = [];
  for (const [index, spec] of args.patients.entries()) {
    const code = `${args.tag}${letters(index)}`;
    const person = { givenName: `Privata${code}`, familyName: `Cohortson${code}`, dateOfBirth: `19${60 + (index % 30)}-0${1 + (index % 9)}-1${index % 10}`, email: `privata.${code.toLowerCase()}@example.test` };
    const confidentiality = spec.part2 ? ('part2' as const) : ('normal' as const);
    const created = await insertPatient(db, scope, { ...person, sexAtBirth: 'female', homeLocationId: args.locationId }, plusDays(spec.firstDose, -40));
    if (!created) throw new Error('patient not inserted');
    inserted.push({ id: created.id, mrn: created.mrn, ...person });
    const dosedCount = spec.dosed ?? 3;
    const doses = [0, 1, 2].map((n) => plusDays(spec.firstDose, n * 2));
    const lastEnd = new Date(doses[dosedCount - 1]!.getTime() + 40 * minute);
    const completed = dosedCount === 3;
    const [plan] = await db
      .insert(treatmentPlans)
      .values({
        organisationId: args.organisationId,
        patientId: created.id,
        status: completed ? 'completed' : 'stopped',
        route: 'iv',
        indications: [spec.part2 ? 'alcohol-use-disorder' : 'treatment-resistant-depression'],
        protocolKey: 'iv-racemic-depression',
        protocolVersion: 1,
        protocol: {},
        startingDose: { mgPerKg: 0.5 },
        goals: 'Synthetic course.',
        startDate: spec.firstDose.toISOString().slice(0, 10),
        statusReason: completed ? 'Course finished (synthetic).' : 'Stopped before the third session (synthetic).',
        createdByUserId: args.staffUserId,
        createdAt: plusDays(spec.firstDose, -7),
        activatedByUserId: args.staffUserId,
        activatedAt: plusDays(spec.firstDose, -6),
        endedByUserId: args.staffUserId,
        endedAt: plusDays(lastEnd, 40),
        updatedAt: plusDays(lastEnd, 40),
        confidentiality,
      })
      .returning({ id: treatmentPlans.id });
    await db.insert(treatmentPlanSessions).values(
      [1, 2, 3, 4].map((sequence) => ({
        organisationId: args.organisationId,
        planId: plan!.id,
        sequence,
        plannedDate: plusDays(spec.firstDose, (sequence - 1) * 2).toISOString().slice(0, 10),
        startTime: '14:00',
        phase: sequence <= 3 ? ('induction' as const) : ('maintenance' as const),
        dose: { mgPerKg: 0.5 },
      })),
    );
    const sessionIds: string[] = [];
    for (const [n, dose] of doses.entries()) {
      const given = n < dosedCount;
      const [session] = await db
        .insert(treatmentSessions)
        .values({
          organisationId: args.organisationId,
          patientId: created.id,
          planId: plan!.id,
          planSequence: n + 1,
          locationId: args.locationId,
          chair: 'Chair 1',
          route: 'iv',
          state: given ? 'discharged' : 'stopped',
          stopReason: given ? null : 'Blood pressure too high to start (synthetic).',
          scheduledFor: dose,
          dosingStartedAt: given ? dose : null,
          administrationEndedAt: given ? new Date(dose.getTime() + 40 * minute) : null,
          dischargedAt: given ? new Date(dose.getTime() + 100 * minute) : null,
          confidentiality,
          createdAt: plusDays(dose, -3),
        })
        .returning({ id: treatmentSessions.id });
      if (given) sessionIds.push(session!.id);
    }
    const events = [
      ...(spec.adverseEvents ?? []).map((event) => ({ sessionId: sessionIds[event.session]!, kind: 'adverse-event' as const, level: 'moderate' as const, serious: event.serious, signal: 'nausea', message: 'Nausea (synthetic).' })),
      ...(spec.thresholdIn !== undefined ? [{ sessionId: sessionIds[spec.thresholdIn]!, kind: 'threshold' as const, level: 'slow' as const, serious: false, signal: 'systolic', message: 'Systolic 162 (synthetic).' }] : []),
    ];
    if (events.length > 0) {
      await db.insert(sessionEvents).values(events.map((event) => ({ ...event, organisationId: args.organisationId, occurredAt: doses[0]!, reportedByUserId: args.staffUserId })));
    }
    const measures = [
      spec.baseline ? { at: plusDays(spec.firstDose, -spec.baseline.daysBefore), total: spec.baseline.total, purpose: 'baseline' } : null,
      spec.outcome ? { at: plusDays(lastEnd, spec.outcome.daysAfter), total: spec.outcome.total, purpose: 'follow-up' } : null,
      spec.later ? { at: plusDays(lastEnd, spec.later.daysAfter), total: spec.later.total, purpose: 'follow-up' } : null,
    ].filter((measure) => measure !== null);
    if (measures.length > 0) {
      await db.insert(assessments).values(
        measures.map((measure) => ({
          organisationId: args.organisationId,
          patientId: created.id,
          instrumentId: 'phq9',
          instrumentVersion: '1',
          context: {},
          ...phq9(measure.total),
          purpose: measure.purpose,
          enteredBy: 'patient',
          completedAt: measure.at,
          recordedAt: measure.at,
          confidentiality,
        })),
      );
    }
  }
  return inserted;
}

// ——— The tests ———

const now = fixedNow; // 2026-11-27T15:00:00Z; the 12-month window starts 2025-11-27T15:00:00Z
const at = (isoDay: string) => new Date(`${isoDay}T14:00:00Z`);

/**
 * The fixed synthetic cohort of the main clinic. The twenty measured patients are the table of the domain test
 * (outcome-figures.test.ts), with the arithmetic shown there: responders 9 of 20 = 45.0 % (Wilson 25.8–65.8 %),
 * remitters 4 of 20 = 20.0 % (8.1–41.6 %). Besides them: #21 completed with a baseline of 9 (not measured), #22 a
 * Part 2 course (left out entirely, though it would be a responder with an adverse event), #23 stopped after two
 * sessions, #24 completed in October 2025 (before the window).
 * Completed induction: 20 + #21 = 21. Dosing sessions in the window: 21 × 3 + #23's 2 = 65 from 22 patients.
 * Adverse events: #1's first session (two events, counted once) and #7's second (serious); #3's threshold crossing is
 * not an adverse event. 2 of 65 = 3.1 %: Wilson centre 0.056953, half 0.048474 → 0.8–10.5 %; serious 1 of 65 = 1.5 %:
 * centre 0.042427, half 0.039706 → 0.3–8.2 %.
 */
const measuredPairs: [number, number][] = [
  [20, 8], [20, 10], [20, 11], [15, 4], [12, 3], [10, 5], [10, 4], [18, 12], [22, 14], [16, 8],
  [14, 2], [11, 11], [25, 20], [19, 15], [13, 9], [17, 9], [21, 10], [10, 12], [24, 23], [12, 7],
];
const fixedCohort: CohortPatient[] = [
  ...measuredPairs.map(([baseline, outcome], index): CohortPatient => ({
    firstDose: new Date(at('2026-01-05').getTime() + index * 7 * day),
    baseline: { daysBefore: index === 2 ? 30 : 2, total: baseline },
    outcome: { daysAfter: index === 1 ? 31 : 14, total: outcome },
    ...(index === 0 ? { later: { daysAfter: 20, total: 2 }, adverseEvents: [{ session: 0, serious: false }, { session: 0, serious: false }] } : {}),
    ...(index === 2 ? { thresholdIn: 0 } : {}),
    ...(index === 6 ? { adverseEvents: [{ session: 1, serious: true }] } : {}),
  })),
  { firstDose: at('2026-06-01'), baseline: { daysBefore: 2, total: 9 }, outcome: { daysAfter: 14, total: 2 } },
  { firstDose: at('2026-06-08'), baseline: { daysBefore: 2, total: 20 }, outcome: { daysAfter: 14, total: 2 }, adverseEvents: [{ session: 0, serious: true }], part2: true },
  { firstDose: at('2026-07-06'), dosed: 2, baseline: { daysBefore: 2, total: 20 } },
  { firstDose: at('2025-10-06'), baseline: { daysBefore: 2, total: 20 }, outcome: { daysAfter: 14, total: 3 } },
];

/** `count` measured completers, the first five of whom halve their PHQ-9 (20 → 10); the rest go 20 → 15. */
const measuredCohort = (count: number): CohortPatient[] =>
  Array.from({ length: count }, (_, index) => ({ firstDose: new Date(at('2026-02-02').getTime() + index * 7 * day), baseline: { daysBefore: 1, total: 20 }, outcome: { daysAfter: 14, total: index < 5 ? 10 : 15 } }));

const enabledSettings = {
  enabled: true,
  introduction: 'A synthetic clinic for tests.\n\nWe treat depression <b>carefully</b>.',
  treatmentsOffered: ['iv-racemic', 'intranasal-esketamine'],
  measurementMonths: 12,
  contact: { phone: '+1 555 0142', email: 'hello@clinic.example.test', website: 'https://clinic.example.test/about' },
} as const;

function expectNothingPrivate(body: string, patients: readonly InsertedPatient[], alsoAbsent: readonly string[]) {
  expect(patients.length).toBeGreaterThan(0);
  for (const patient of patients) {
    for (const value of [patient.id, patient.mrn, patient.givenName, patient.familyName, patient.dateOfBirth, patient.email]) expect(body, value).not.toContain(value);
  }
  for (const value of alsoAbsent) expect(body, value).not.toContain(value);
}

describe('the public clinic page: settings, HTML and JSON on a fixed synthetic cohort', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let slug: string;
  let organisationId: string;
  let admin: TestUser;
  let director: TestUser;
  let nurse: TestUser;
  let frontDesk: TestUser;
  let patients: InsertedPatient[];
  const secrets: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    const clinic = await createTestClinic(database.db, [buildLocation({ name: 'Synthetic Main Street', phone: '+1 555 0143' })]);
    ({ slug, id: organisationId } = clinic);
    const scope = { organisationId };
    const [location] = await listClinicLocations(database.db, scope);
    admin = await createTestUser(database.db, clinic, { roles: ['admin'] });
    director = await createTestUser(database.db, clinic, { roles: ['medical-director'] });
    nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    frontDesk = await createTestUser(database.db, clinic, { roles: ['front-desk'] });
    const credential = (values: Parameters<typeof insertCredential>[2]) => insertCredential(database.db, scope, values, now);
    // The director's licence, checked twice (the newer check is the one shown), and other credentials of hers.
    const [licence] = await database.db.select({ id: staffCredentials.id }).from(staffCredentials).where(and(eq(staffCredentials.userId, director.id), eq(staffCredentials.kind, 'licence')));
    for (const verifiedAt of [new Date('2025-10-01T12:00:00Z'), new Date('2026-10-01T12:00:00Z')]) {
      await database.db.insert(credentialVerifications).values({ organisationId, credentialId: licence!.id, verifiedByUserId: admin.id, verifiedAt, method: 'primary-source', source: 'ZZ board lookup (synthetic)', outcome: 'verified', nextDueOn: '2027-10-01' });
    }
    await credential({ userId: director.id, kind: 'npi', type: 'NPI', number: '1234567893', status: 'active' });
    await credential({ userId: director.id, kind: 'board-certification', type: 'Psychiatry', issuer: 'Synthetic Board of Psychiatry', number: 'SBP-0001', status: 'active', expiresAt: new Date('2030-06-30T00:00:00Z') });
    await credential({ userId: director.id, kind: 'licence', type: 'PA', jurisdiction: 'ZZ', number: 'ZZ-PA-EXPIRD1', status: 'active', expiresAt: new Date('2026-06-30T00:00:00Z') });
    await credential({ userId: director.id, kind: 'licence', type: 'DO', jurisdiction: 'ZZ', number: 'ZZ-DO-HIDDEN7', status: 'active', publiclyListed: false });
    const practitionerDea = syntheticDeaNumber('BD', 424_242);
    await credential({ userId: director.id, kind: 'dea-registration', type: 'DEA', jurisdiction: 'ZZ', number: practitionerDea, schedules: ['3', '3N'], status: 'active', locationId: location!.id });
    await credential({ userId: frontDesk.id, kind: 'licence', type: 'LPN', jurisdiction: 'ZZ', number: 'ZZ-LPN-FRONT1', status: 'active' });
    const [locationRegistration] = await database.db.select({ number: deaRegistrations.number }).from(deaRegistrations).where(eq(deaRegistrations.organisationId, organisationId));
    secrets.push('ZZ-DO-HIDDEN7', practitionerDea, locationRegistration!.number, 'ZZ-LPN-FRONT1', admin.email, director.email, nurse.email, frontDesk.email, 'SBP-0001');
    patients = await insertSyntheticCohort(database.db, { organisationId, locationId: location!.id, staffUserId: nurse.id, tag: 'F', patients: fixedCohort });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const as = async (user: TestUser) => ({ cookie: await sessionCookieFor(database.db, organisationId, user.id, now) });
  const page = (path = `/clinics/${slug}`) => app.inject({ method: 'GET', url: path });
  const json = (path = `/api/public/clinics/${slug}`) => app.inject({ method: 'GET', url: path });

  it('answers 404 to everyone while the page is switched off, and for clinics that do not exist', async () => {
    for (const response of [await page(), await page('/clinics/no-such-clinic'), await page('/clinics/Not%20A%20Slug')]) {
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('<h1>Page not found</h1>');
      expect(response.body).not.toContain('Test Clinic');
    }
    const off = await json();
    expect(off.statusCode).toBe(404);
    expect(off.headers['content-type']).toContain('application/problem+json');
    expect(off.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'There is no public page for this clinic.' });
    expect((await json('/api/public/clinics/no-such-clinic')).json().detail).toBe('There is no public page for this clinic.');
  });

  it('keeps the settings for those who manage credentials: defaults first, then saved, validated and audited', async () => {
    const before = await app.inject({ method: 'GET', url: '/api/public-page/settings', headers: await as(admin) });
    expect(before.json()).toEqual({ enabled: false, introduction: '', treatmentsOffered: [], measurementMonths: 12, contact: {} });
    expect((await app.inject({ method: 'PUT', url: '/api/public-page/settings', headers: await as(nurse), payload: enabledSettings })).statusCode).toBe(403);
    const unsafe = await app.inject({ method: 'PUT', url: '/api/public-page/settings', headers: await as(admin), payload: { ...enabledSettings, contact: { website: 'javascript:alert(1)' } } });
    expect(unsafe.statusCode).toBe(400);
    expect(unsafe.json().errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/contact/website']);
    const twice = await app.inject({ method: 'PUT', url: '/api/public-page/settings', headers: await as(admin), payload: { ...enabledSettings, treatmentsOffered: ['iv-racemic', 'iv-racemic'] } });
    expect(twice.json().errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/treatmentsOffered']);
    expect((await app.inject({ method: 'PUT', url: '/api/public-page/settings', headers: await as(admin), payload: { ...enabledSettings, measurementMonths: 6 } })).statusCode).toBe(400);

    const saved = await app.inject({ method: 'PUT', url: '/api/public-page/settings', headers: await as(director), payload: enabledSettings });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual(enabledSettings);
    expect((await app.inject({ method: 'GET', url: '/api/public-page/settings', headers: await as(admin) })).json()).toEqual(enabledSettings);
    const [row] = await database.db.select().from(credentialSettings).where(eq(credentialSettings.organisationId, organisationId));
    expect(row!.rules).toEqual(defaultCredentialRules);
    const audit = await database.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, 'public-page.settings')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: director.id,
      outcome: 'success',
      details: {
        changed: 'enabled,introduction,treatmentsOffered,contact',
        enabled: true,
        treatmentsOffered: 'iv-racemic,intranasal-esketamine',
        measurementMonths: 12,
        introductionCharacters: enabledSettings.introduction.length,
        phone: '+1 555 0142',
        email: 'hello@clinic.example.test',
        website: 'https://clinic.example.test/about',
      },
    });
  });

  it('publishes the JSON with its stable schema: the clinic, its clinicians and the outcome figures of the hand computation', async () => {
    const response = await json();
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['x-ratelimit-limit']).toBe('120');
    const document = response.json();
    expect(document).toMatchObject({
      schemaVersion: 1,
      generatedAt: now.toISOString(),
      clinic: {
        slug,
        introduction: enabledSettings.introduction,
        contact: { phone: '+1 555 0142', email: 'hello@clinic.example.test', website: 'https://clinic.example.test/about' },
        locations: [{ name: 'Synthetic Main Street', address: { line1: '1 Test Street', line2: null, city: 'Testville', region: 'ZZ', postalCode: '00000', country: 'US' }, phone: '+1 555 0143' }],
      },
      treatmentsOffered: [{ id: 'iv-racemic' }, { id: 'intranasal-esketamine' }],
    });
    expect(document.clinicians).toEqual([
      {
        displayName: 'Test medical-director User',
        roles: [{ id: 'medical-director', label: 'Medical director' }],
        licences: [
          { type: 'MD', jurisdiction: 'ZZ', number: `ZZ-MD-${director.id.slice(0, 6)}`, status: 'active', expiresOn: '2031-01-01', lastVerification: { on: '2026-10-01', outcome: 'verified' } },
          { type: 'PA', jurisdiction: 'ZZ', number: 'ZZ-PA-EXPIRD1', status: 'expired', expiresOn: '2026-06-30', lastVerification: null },
        ],
        npi: '1234567893',
        boardCertifications: [{ name: 'Psychiatry', issuer: 'Synthetic Board of Psychiatry', status: 'active', expiresOn: '2030-06-30', lastVerification: null }],
        lifeSupport: [{ type: 'ACLS', status: 'current', expiresMonth: '2031-01', lastVerification: null }],
      },
      {
        displayName: 'Test nurse User',
        roles: [{ id: 'nurse', label: 'Nurse' }],
        licences: [{ type: 'RN', jurisdiction: 'ZZ', number: `ZZ-RN-${nurse.id.slice(0, 6)}`, status: 'active', expiresOn: '2031-01-01', lastVerification: null }],
        npi: null,
        boardCertifications: [],
        lifeSupport: [{ type: 'ACLS', status: 'current', expiresMonth: '2031-01', lastVerification: null }],
      },
    ]);
    const { method, ...figures } = document.outcomes;
    const ci = (lowerPercent: number, upperPercent: number) => ({ level: 0.95, method: 'wilson-score', lowerPercent, upperPercent });
    expect(figures).toEqual({
      measurementPeriod: { from: '2025-11-27T15:00:00.000Z', to: '2026-11-27T15:00:00.000Z', months: 12 },
      completedInduction: { kind: 'shown', value: 21 },
      measured: { kind: 'shown', value: 20 },
      response: { kind: 'shown', numerator: 9, denominator: 20, percent: 45.0, confidenceInterval: ci(25.8, 65.8) },
      remission: { kind: 'shown', numerator: 4, denominator: 20, percent: 20.0, confidenceInterval: ci(8.1, 41.6) },
      dosingSessions: { kind: 'shown', value: 65 },
      adverseEvents: { kind: 'shown', numerator: 2, denominator: 65, percent: 3.1, confidenceInterval: ci(0.8, 10.5) },
      seriousAdverseEvents: { kind: 'shown', numerator: 1, denominator: 65, percent: 1.5, confidenceInterval: ci(0.3, 8.2) },
    });
    expect(method).toMatchObject({ instrument: 'phq9', baselineLookbackDays: 30, outcomeWithinDays: 31, elevatedBaselineAtOrAbove: 10, responseFallPercent: 50, remissionBelow: 5, minimumPatients: 11 });
    expect(method.description.join(' ')).toContain('Wilson score');
    expect(document.information.sections.map((section: { id: string }) => section.id)).toEqual(['what-it-is', 'what-it-is-not', 'benefits', 'risks', 'not-for']);
  });

  it('renders the same page as accessible HTML with no script, the licence with its status and last verification, and the outcome table', async () => {
    const response = await page();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.headers['x-ratelimit-limit']).toBe('120');
    const body = response.body;
    expect(body).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(body).not.toMatch(/<script/i);
    expect(body.match(/<h1[ >]/g)).toHaveLength(1);
    expect(body).toContain(`<h1>Test Clinic ${slug.replace('test-clinic-', '')}</h1>`);
    // The clinic's own text is shown as text, never as markup.
    expect(body).toContain('<p>We treat depression &lt;b&gt;carefully&lt;/b&gt;.</p>');
    expect(body).toContain(
      `<tr><th scope="row">MD licence, ZZ</th><td>ZZ-MD-${director.id.slice(0, 6)}</td><td>Active</td><td><time datetime="2031-01-01">January 1, 2031</time></td><td><time datetime="2026-10-01">October 1, 2026</time></td></tr>`,
    );
    expect(body).toContain('<tr><th scope="row">PA licence, ZZ</th><td>ZZ-PA-EXPIRD1</td><td class="warning">Expired</td>');
    expect(body).toContain('<th scope="row">ACLS life-support certification</th><td><span aria-hidden="true">—</span><span class="visually-hidden">none</span></td><td>Current</td><td><time datetime="2031-01">January 2031</time></td>');
    expect(body).toContain('<tr><th scope="row">Response: PHQ-9 fell by at least 50%</th><td>45.0% (9 of 20 patients)</td><td>25.8% to 65.8%</td></tr>');
    expect(body).toContain('<tr><th scope="row">Remission: PHQ-9 below 5</th><td>20.0% (4 of 20 patients)</td><td>8.1% to 41.6%</td></tr>');
    expect(body).toContain('<tr><th scope="row">Sessions with an adverse event</th><td>3.1% (2 of 65 sessions)</td><td>0.8% to 10.5%</td></tr>');
    expect(body).toContain('<tr><th scope="row">Patients who completed an induction series</th><td>21</td>');
    expect(body).toContain('Measurement period: <time datetime="2025-11-27">November 27, 2025</time> to <time datetime="2026-11-27">November 27, 2026</time> (the last 12 months)');
    expect(body).toContain('Wilson score');
    expect(body).toContain(`<a href="/api/public/clinics/${slug}">machine-readable JSON (schema version 1)</a>`);
    expect(body).not.toContain('— not shown');
    for (const landmark of ['<header>', '<nav aria-label="On this page">', '<main id="main">', '<footer>']) expect(body).toContain(landmark);
  });

  it('shows no patient data and nothing the clinic did not list publicly, in either form', async () => {
    for (const response of [await page(), await json()]) {
      expect(response.statusCode).toBe(200);
      expectNothingPrivate(response.body, patients, secrets);
    }
  });

  it('is not swallowed by the web app: with the app built, /clinics/:slug is still the server-rendered page', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'ketaclinic-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>SPA</title><div id="root"></div>');
    const withWeb = await buildApp({ database, config: testConfig(), logger: createLogger('silent'), now: () => now, journal: readJournal(), webRoot, mailer: { send: async () => undefined } });
    await withWeb.ready();
    const published = await withWeb.inject({ method: 'GET', url: `/clinics/${slug}` });
    expect(published.body).toContain('<h2 id="outcomes">Our results</h2>');
    const missing = await withWeb.inject({ method: 'GET', url: '/clinics/no-such-clinic' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain('<div id="root">');
    expect((await withWeb.inject({ method: 'GET', url: '/clinics' })).body).toContain('<div id="root">');
    await withWeb.close();
  });

  it('documents the JSON schema in the OpenAPI description, and keeps the HTML page out of it', async () => {
    const openApi = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const operation = openApi.paths['/api/public/clinics/{slug}'].get;
    const schema = operation.responses['200'].content['application/json'].schema;
    expect(schema.properties.schemaVersion).toMatchObject({ enum: [1], description: 'Raised only on an incompatible change' });
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'generatedAt', 'clinic', 'clinicians', 'treatmentsOffered', 'information', 'outcomes']));
    expect(operation.description).toContain('Wilson score');
    expect(Object.keys(openApi.paths)).not.toContain('/clinics/{slug}');
    expect(Object.keys(openApi.paths)).toEqual(expect.arrayContaining(['/api/public-page/settings']));
  });

  it('is withdrawn again when switched off', async () => {
    const off = await app.inject({ method: 'PUT', url: '/api/public-page/settings', headers: await as(admin), payload: { ...enabledSettings, enabled: false } });
    expect(off.json().enabled).toBe(false);
    expect((await page()).statusCode).toBe(404);
    expect((await json()).statusCode).toBe(404);
    const audit = await database.db.select({ details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, 'public-page.settings')));
    expect(audit.at(-1)!.details).toMatchObject({ changed: 'enabled', enabled: false });
  });
});

describe('small-cell suppression through HTTP: 10 patients against 11', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clinics = {} as Record<'ten' | 'eleven', { slug: string; patients: InsertedPatient[] }>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    for (const [name, size] of [['ten', 10], ['eleven', 11]] as const) {
      const clinic = await createTestClinic(database.db);
      const [location] = await listClinicLocations(database.db, { organisationId: clinic.id });
      const nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
      const patients = await insertSyntheticCohort(database.db, { organisationId: clinic.id, locationId: location!.id, staffUserId: nurse.id, tag: name === 'ten' ? 'T' : 'E', patients: measuredCohort(size) });
      await writePublicPageSettings(database.db, { organisationId: clinic.id }, { ...enabledSettings, treatmentsOffered: ['iv-racemic'] }, now);
      clinics[name] = { slug: clinic.slug, patients };
    }
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('suppresses every outcome cell with 10 patients, in the JSON and on the page', async () => {
    const document = (await app.inject({ method: 'GET', url: `/api/public/clinics/${clinics.ten.slug}` })).json();
    const suppressed = { kind: 'suppressed', reason: 'fewer-than-minimum-patients' };
    const { measurementPeriod: _period, method: _method, ...cells } = document.outcomes;
    expect(cells).toEqual({ completedInduction: suppressed, measured: suppressed, response: suppressed, remission: suppressed, dosingSessions: suppressed, adverseEvents: suppressed, seriousAdverseEvents: suppressed });
    const body = (await app.inject({ method: 'GET', url: `/clinics/${clinics.ten.slug}` })).body;
    expect(body).toContain('<tr><th scope="row">Response: PHQ-9 fell by at least 50%</th><td class="suppressed">fewer than 11 patients — not shown</td><td class="suppressed">not shown</td></tr>');
    expect(body.match(/fewer than 11 patients — not shown/g)).toHaveLength(7);
    expect(body).not.toContain('50.0%');
    expectNothingPrivate(body, clinics.ten.patients, []);
  });

  it('shows them with 11: 5 of 11 responders = 45.5 % (Wilson 21.3–72.0 %), 33 sessions and no adverse event (0.0–10.4 %)', async () => {
    const document = (await app.inject({ method: 'GET', url: `/api/public/clinics/${clinics.eleven.slug}` })).json();
    const ci = (lowerPercent: number, upperPercent: number) => ({ level: 0.95, method: 'wilson-score', lowerPercent, upperPercent });
    expect(document.outcomes).toMatchObject({
      completedInduction: { kind: 'shown', value: 11 },
      measured: { kind: 'shown', value: 11 },
      response: { kind: 'shown', numerator: 5, denominator: 11, percent: 45.5, confidenceInterval: ci(21.3, 72.0) },
      remission: { kind: 'shown', numerator: 0, denominator: 11, percent: 0, confidenceInterval: ci(0, 25.9) },
      dosingSessions: { kind: 'shown', value: 33 },
      adverseEvents: { kind: 'shown', numerator: 0, denominator: 33, percent: 0, confidenceInterval: ci(0, 10.4) },
    });
    const body = (await app.inject({ method: 'GET', url: `/clinics/${clinics.eleven.slug}` })).body;
    expect(body).toContain('<tr><th scope="row">Response: PHQ-9 fell by at least 50%</th><td>45.5% (5 of 11 patients)</td><td>21.3% to 72.0%</td></tr>');
    expect(body).not.toContain('— not shown');
    expectNothingPrivate(body, clinics.eleven.patients, []);
  });

  it('keeps each clinic to its own records', async () => {
    const ten = (await app.inject({ method: 'GET', url: `/api/public/clinics/${clinics.ten.slug}` })).body;
    expectNothingPrivate(ten, clinics.eleven.patients, []);
  });
});
