import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import type { StaffRole } from '../../../domain/access/roles.js';
import { defaultEligibilityRules } from '../../../domain/eligibility/default-eligibility-rules.js';
import { queryRows } from '../../../db/database.js';
import { insertPatient } from '../../../db/repos/patients-repo.js';
import { completeIntakeSections } from '../../../../tests/helpers/intake-fixtures.js';

describe('eligibility: live evaluation, decisions and overrides', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-27T10:00:00Z'));
  let organisationId: string;
  const cookies = {} as Record<'nurse' | 'prescriber' | 'director', string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    organisationId = clinic.id;
    const cookieFor = async (roles: StaffRole[]) => sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles })).id, clock.now());
    cookies.nurse = await cookieFor(['nurse']);
    cookies.prescriber = await cookieFor(['prescriber']);
    cookies.director = await cookieFor(['medical-director']);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  async function patientWithIntake(overrides: Record<string, unknown> = {}): Promise<string> {
    const id = (await insertPatient(database.db, { organisationId }, { givenName: 'Elig', familyName: 'Ibility', dateOfBirth: '1984-02-02', sexAtBirth: 'female' }, clock.now()))!.id;
    for (const [section, value] of Object.entries({ ...completeIntakeSections, ...overrides })) {
      const response = await app.inject({ method: 'PUT', url: `/api/patients/${id}/intake/sections/${section}`, headers: { cookie: cookies.nurse }, payload: { value } });
      expect(response.statusCode, section).toBe(200);
    }
    const cssrs = await app.inject({ method: 'POST', url: `/api/patients/${id}/assessments`, headers: { cookie: cookies.nurse }, payload: { instrumentId: 'cssrs-screener', answers: { '1': 0, '2': 0, '6': 0 }, purpose: 'baseline' } });
    expect(cssrs.statusCode, cssrs.body).toBe(201);
    return id;
  }
  const evaluate = (patientId: string, route = 'iv') => app.inject({ method: 'GET', url: `/api/patients/${patientId}/eligibility?route=${route}`, headers: { cookie: cookies.nurse } });
  const decide = (patientId: string, as: keyof typeof cookies, payload: object) => app.inject({ method: 'POST', url: `/api/patients/${patientId}/eligibility-decisions`, headers: { cookie: cookies[as] }, payload });

  it('finds a complete, unremarkable intake eligible, with the facts it used', async () => {
    const patientId = await patientWithIntake();
    const body = (await evaluate(patientId)).json();
    expect(body.result).toEqual({ decision: 'eligible', reasons: [] });
    expect(body.facts).toMatchObject({ ageYears: 42, route: 'iv', pregnant: false, indications: ['trd'], vitals: { systolicMmHg: 126, diastolicMmHg: 81, heartRateBpm: 72 }, cssrsRisk: 'none', allergies: [], medications: [] });
    expect(body.latestDecision).toBeNull();
    const decided = await decide(patientId, 'prescriber', { route: 'iv', decision: 'proceed' });
    expect(decided.statusCode).toBe(201);
    expect(decided.json()).toMatchObject({ decision: 'proceed', evaluatedDecision: 'eligible', override: 'none' });
  });

  it('reports what is missing instead of passing silently', async () => {
    const id = (await insertPatient(database.db, { organisationId }, { givenName: 'Missing', familyName: 'Facts', dateOfBirth: '1990-01-01', sexAtBirth: 'female' }, clock.now()))!.id;
    const body = (await evaluate(id)).json();
    expect(body.result.decision).toBe('needs-review');
    expect(body.result.reasons.map((reason: { code: string }) => reason.code)).toContain('MISSING_DATA');
  });

  it('needs a written justification to proceed against a relative reason (blood pressure 164/102)', async () => {
    const patientId = await patientWithIntake({ vitals: { ...completeIntakeSections.vitals, bloodPressure: [{ systolicMmHg: 166, diastolicMmHg: 104 }, { systolicMmHg: 162, diastolicMmHg: 100 }] } });
    const body = (await evaluate(patientId)).json();
    expect(body.result.decision).toBe('needs-review');
    expect(body.result.reasons.map((reason: { code: string }) => reason.code)).toContain('HYPERTENSION_UNCONTROLLED');
    const bare = await decide(patientId, 'prescriber', { route: 'iv', decision: 'proceed' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual([{ in: 'body', pointer: '/justification', detail: 'Write at least 10 characters' }]);
    const justified = await decide(patientId, 'prescriber', { route: 'iv', decision: 'proceed', justification: 'BP reviewed with primary care; amlodipine started, recheck before each session.' });
    expect(justified.json()).toMatchObject({ override: 'relative', evaluatedDecision: 'needs-review', justification: expect.stringContaining('amlodipine') });
  });

  it('lets only the medical director proceed against an absolute reason (pregnancy), audited either way and shown on the chart', async () => {
    const patientId = await patientWithIntake({ pregnancy: { status: 'pregnant', testOn: '2026-11-26', testResult: 'positive', breastfeeding: false } });
    expect((await evaluate(patientId)).json().result).toMatchObject({ decision: 'excluded', reasons: [{ code: 'PREGNANCY', severity: 'absolute' }] });
    const prescriber = await decide(patientId, 'prescriber', { route: 'iv', decision: 'proceed', justification: 'Patient insists and risk was discussed at length.' });
    expect(prescriber.statusCode).toBe(403);
    expect(prescriber.json().detail).toContain('PREGNANCY');
    expect((await decide(patientId, 'prescriber', { route: 'iv', decision: 'decline' })).statusCode).toBe(201);
    clock.advance(60_000);
    const director = await decide(patientId, 'director', { route: 'iv', decision: 'proceed', justification: 'Life-threatening refractory depression; obstetrics and ethics consulted, documented separately.' });
    expect(director.statusCode).toBe(201);
    expect(director.json()).toMatchObject({ override: 'absolute' });
    const chart = (await app.inject({ method: 'GET', url: `/api/patients/${patientId}/eligibility-decisions`, headers: { cookie: cookies.nurse } })).json();
    expect(chart.decisions.map((decision: { decision: string; override: string }) => `${decision.decision}/${decision.override}`)).toEqual(['proceed/absolute', 'decline/none']);
    const audit = await queryRows<{ action: string; outcome: string }>(database.db, sql`select action, outcome from audit_event where patient_id = ${patientId} and action like 'eligibility.%' and action <> 'eligibility.evaluate' order by seq`);
    expect(audit).toEqual([
      { action: 'eligibility.override-absolute', outcome: 'denied' },
      { action: 'eligibility.decide', outcome: 'success' },
      { action: 'eligibility.override-absolute', outcome: 'success' },
    ]);
  });

  it('keeps decisions append-only in the database', async () => {
    await expect(database.db.execute(sql`update eligibility_decision set decision = 'decline'`)).rejects.toThrow();
  });

  it('checks vignettes against sent rules, and publishes clinic rules that change the evaluation', async () => {
    const vignette = { ageYears: 30, route: 'iv', pregnant: true };
    const check = (rules?: object) => app.inject({ method: 'POST', url: '/api/eligibility/check', headers: { cookie: cookies.nurse }, payload: { input: vignette, ...(rules ? { rules } : {}) } });
    expect((await check()).json().decision).toBe('excluded');
    const edited = structuredClone(defaultEligibilityRules) as typeof defaultEligibilityRules;
    (edited.reasons.PREGNANCY as { severity: string }).severity = 'relative';
    expect((await check(edited)).json().decision).toBe('needs-review');
    expect((await app.inject({ method: 'PUT', url: '/api/eligibility-rules', headers: { cookie: cookies.prescriber }, payload: edited })).statusCode).toBe(403);
    const published = await app.inject({ method: 'PUT', url: '/api/eligibility-rules', headers: { cookie: cookies.director }, payload: edited });
    expect(published.json()).toEqual({ version: 1 });
    expect((await check()).json().decision).toBe('needs-review');
    const invalid = await app.inject({ method: 'POST', url: '/api/eligibility/check', headers: { cookie: cookies.nurse }, payload: { input: { ageYears: 30, route: 'rectal' } } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].pointer).toBe('/input/route');
  });
});
