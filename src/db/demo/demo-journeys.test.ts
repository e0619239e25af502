import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../tests/helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../tests/helpers/test-sessions.js';
import { findUserByEmail } from '../repos/users-repo.js';
import { searchPatients } from '../repos/patients-repo.js';
import { loadDemoClinic } from './load-demo-clinic.js';

describe('the demo clinic across the decision space', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let cookie: string;
  const ids = new Map<string, string>();
  const clock = new TestClock(new Date('2026-11-27T10:00:00Z'));

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const { organisationId } = await loadDemoClinic(database.db, clock.now());
    const scope = { organisationId };
    const prescriber = await findUserByEmail(database.db, scope, 'prescriber@ketaclinic-demo.example');
    cookie = await sessionCookieFor(database.db, organisationId, prescriber!.id, clock.now());
    for (const patient of (await searchPatients(database.db, scope, { limit: 50, offset: 0 })).patients) ids.set(patient.mrn, patient.id);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const get = async (url: string) => (await app.inject({ method: 'GET', url, headers: { cookie } })).json();
  const codes = (reasons: { code: string }[]) => reasons.map((reason) => reason.code);

  it('has an eligible patient on an active IV course, with re-evaluation due and a PHQ-9 response', async () => {
    const patientId = ids.get('DEMO-0001')!;
    expect((await get(`/api/patients/${patientId}/eligibility?route=iv`)).result.decision).toBe('eligible');
    const [plan] = (await get(`/api/patients/${patientId}/treatment-plans`)).plans;
    expect(plan).toMatchObject({ status: 'active', route: 'iv', reEvaluation: { due: true, outcomes: expect.arrayContaining([expect.objectContaining({ instrumentId: 'phq9', baseline: 19, latest: 6, response: true })]) } });
  });

  it('has a patient excluded for pregnancy and one needing review for blood pressure and bipolar disorder', async () => {
    const pregnant = await get(`/api/patients/${ids.get('DEMO-0003')}/eligibility?route=iv`);
    expect(pregnant.result.decision).toBe('excluded');
    expect(codes(pregnant.result.reasons)).toContain('PREGNANCY');
    const review = await get(`/api/patients/${ids.get('DEMO-0004')}/eligibility?route=iv`);
    expect(review.result.decision).toBe('needs-review');
    expect(codes(review.result.reasons)).toEqual(expect.arrayContaining(['HYPERTENSION_UNCONTROLLED', 'BIPOLAR_DISORDER']));
  });

  it('has an esketamine patient enrolled in REMS whose draft plan has nothing left blocking it', async () => {
    const patientId = ids.get('DEMO-0006')!;
    expect((await get(`/api/patients/${patientId}/rems-enrolment`)).enrolment).toMatchObject({ remsPatientId: 'REMS-DEMO-0006' });
    const [plan] = (await get(`/api/patients/${patientId}/treatment-plans`)).plans;
    expect(plan).toMatchObject({ status: 'draft', route: 'intranasal-esketamine', blockers: [] });
  });

  it('has a morning on the treatment floor: one chair observing, one mid-infusion with a check overdue, one just arrived', async () => {
    const board = await get('/api/floor');
    const chairs = Object.fromEntries(board.chairs.map((chair: { chair: string }) => [chair.chair, chair]));
    expect(chairs['Chair 1']).toMatchObject({ state: 'monitoring', initials: 'AD' });
    expect(chairs['Chair 2']).toMatchObject({ state: 'dosing', initials: 'HT', nextCheck: { overdue: true } });
    expect(chairs['Chair 3']).toMatchObject({ state: 'checked-in', initials: 'JS' });
  });

  it("has stock received, this morning's infusions on the ledger, and one open discrepancy case", async () => {
    const { containers } = await get('/api/controlled-substances/stock');
    expect(containers).toHaveLength(12);
    const { entries } = await get('/api/controlled-substances/ledger');
    expect(entries.filter((entry: { kind: string }) => entry.kind === 'administration')).toHaveLength(2);
    const { cases } = await get('/api/controlled-substances/cases');
    expect(cases.map((entry: { state: string }) => entry.state)).toEqual(['open']);
  });

  it('leaves one intake half done and one not started', async () => {
    expect((await get(`/api/patients/${ids.get('DEMO-0002')}/intake`)).status).toBe('in-progress');
    expect((await get(`/api/patients/${ids.get('DEMO-0005')}/intake`)).status).toBe('not-started');
  });
});

describe('measures due by indication and treatment phase (demo clinic)', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-27T10:00:00Z'));
  let organisationId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    organisationId = (await loadDemoClinic(database.db, clock.now())).organisationId;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('asks the patient on an IV course in maintenance for their self-rated measures only', async () => {
    const user = await findUserByEmail(database.db, { organisationId }, 'patient@ketaclinic-demo.example');
    const cookie = await sessionCookieFor(database.db, organisationId, user!.id, clock.now());
    const body = (await app.inject({ method: 'GET', url: '/api/me/due-measures', headers: { cookie } })).json();
    expect(body.phase).toBe('maintenance');
    expect(body.indications).toEqual(['treatment-resistant-depression']);
    expect(body.inPacks).toEqual(expect.arrayContaining(['phq9', 'qids-sr16', 'daily-mood']));
    expect(body.inPacks).not.toContain('madrs');
    expect(body.due.map((measure: { instrumentId: string }) => measure.instrumentId)).toEqual(expect.arrayContaining(['qids-sr16', 'daily-mood']));
  });

  it('shows the care team the intake measures still due for a bipolar patient, clinician-rated included', async () => {
    const nurse = await findUserByEmail(database.db, { organisationId }, 'nurse@ketaclinic-demo.example');
    const cookie = await sessionCookieFor(database.db, organisationId, nurse!.id, clock.now());
    const patientId = (await searchPatients(database.db, { organisationId }, { query: 'DEMO-0004', limit: 1, offset: 0 })).patients[0]!.id;
    const body = (await app.inject({ method: 'GET', url: `/api/patients/${patientId}/due-measures`, headers: { cookie } })).json();
    expect(body.phase).toBe('intake');
    expect(body.due).toEqual([]);
    expect(body.inPacks).toEqual(expect.arrayContaining(['phq9', 'mdq', 'ymrs', 'cssrs-screener']));
  });
});
