import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { sql } from 'drizzle-orm';
import type { StaffRole } from '../../../domain/access/roles.js';
import { queryRows } from '../../../db/database.js';
import { insertPatient } from '../../../db/repos/patients-repo.js';
import { completeIntakeSections } from '../../../../tests/helpers/intake-fixtures.js';

describe('intake', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-27T10:00:00Z'));
  let patientId: string;
  let nurse: string;
  let therapist: string;
  let frontDesk: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    patientId = (await insertPatient(database.db, { organisationId: clinic.id }, { givenName: 'Ida', familyName: 'Intaketest', dateOfBirth: '1985-03-01', sexAtBirth: 'female' }, clock.now()))!.id;
    const cookieFor = async (roles: StaffRole[]) => sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles })).id, clock.now());
    nurse = await cookieFor(['nurse']);
    therapist = await cookieFor(['therapist']);
    frontDesk = await cookieFor(['front-desk']);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const save = (section: string, value: unknown, revision?: number, cookie = nurse) =>
    app.inject({ method: 'PUT', url: `/api/patients/${patientId}/intake/sections/${section}`, headers: { cookie }, payload: { value, ...(revision === undefined ? {} : { revision }) } });
  const read = (cookie = nurse) => app.inject({ method: 'GET', url: `/api/patients/${patientId}/intake`, headers: { cookie } });

  it('starts empty, listing every section as missing (pregnancy too, for a woman of 41)', async () => {
    const body = (await read()).json();
    expect(body.status).toBe('not-started');
    expect(body.missingSections).toEqual(['referral', 'indications', 'psychiatric-history', 'substance-use', 'medical-review', 'vitals', 'pregnancy', 'drug-screen']);
    expect(body.pregnancyStatusNeeded).toBe(true);
  });

  it('saves section by section, bumping the revision, and refuses a stale revision with 409', async () => {
    const first = await save('referral', completeIntakeSections.referral, 0);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'in-progress', revision: 1, sections: { referral: completeIntakeSections.referral } });
    const stale = await save('indications', completeIntakeSections.indications, 0);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors).toEqual([{ in: 'body', pointer: '/revision', detail: 'The intake is at revision 1' }]);
    const second = await save('indications', completeIntakeSections.indications, 1);
    expect(second.json().revision).toBe(2);
    expect(second.json().sections.referral).toEqual(completeIntakeSections.referral);
  });

  it('names the field at fault and loses nothing', async () => {
    const response = await save('vitals', { ...completeIntakeSections.vitals, bloodPressure: [{ systolicMmHg: 128, diastolicMmHg: 140 }, { systolicMmHg: 124, diastolicMmHg: 80 }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ in: 'body', pointer: '/value/bloodPressure/0/diastolicMmHg', detail: 'Diastolic must be below systolic' }]);
    const unknownSection = await app.inject({ method: 'PUT', url: `/api/patients/${patientId}/intake/sections/horoscope`, headers: { cookie: nurse }, payload: { value: {} } });
    expect(unknownSection.statusCode).toBe(400);
    expect(unknownSection.json().errors[0].pointer).toBe('/section');
    expect((await read()).json().revision).toBe(2);
  });

  it('documents treatment resistance from the antidepressant trials (two adequate trials without response)', async () => {
    const body = (await save('psychiatric-history', completeIntakeSections['psychiatric-history'])).json();
    expect(body.treatmentResistance).toEqual({ adequateTrials: 2, adequateTrialsWithoutResponse: 2, meetsDefinition: true });
  });

  it('lists the baseline measures of the patient\'s packs', async () => {
    const body = (await read()).json();
    const ids = body.baselineMeasures.map((measure: { instrumentIds: string[] }) => measure.instrumentIds.join('/'));
    expect(ids).toEqual(expect.arrayContaining(['cssrs-screener', 'phq9', 'qids-sr16', 'madrs']));
    expect(body.baselineMeasures.every((measure: { completedInstrumentId: string | null }) => measure.completedInstrumentId === null)).toBe(true);
  });

  it('refuses to complete until every section is there, then completes, and records weight for dosing', async () => {
    const early = await app.inject({ method: 'POST', url: `/api/patients/${patientId}/intake/complete`, headers: { cookie: nurse } });
    expect(early.statusCode).toBe(409);
    expect(early.json().missingSections).toEqual(['substance-use', 'medical-review', 'vitals', 'pregnancy', 'drug-screen']);
    for (const section of ['substance-use', 'medical-review', 'vitals', 'pregnancy', 'drug-screen'] as const) expect((await save(section, completeIntakeSections[section])).statusCode).toBe(200);
    const done = await app.inject({ method: 'POST', url: `/api/patients/${patientId}/intake/complete`, headers: { cookie: nurse } });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', missingSections: [] });
    const weights = await queryRows<{ weight_kg: string }>(database.db, sql`select weight_kg from patient_body_measurement where patient_id = ${patientId}`);
    expect(weights.map((row) => Number(row.weight_kg))).toEqual([70]);
  });

  it('labels the intake Part 2 when a substance use disorder is treated', async () => {
    const body = (await save('indications', { indications: ['treatment-resistant-depression', 'alcohol-use-disorder'] })).json();
    expect(body.confidentiality).toBe('part2');
  });

  it('lets a therapist read but not write, and keeps front desk out', async () => {
    expect((await read(therapist)).statusCode).toBe(200);
    expect((await save('referral', completeIntakeSections.referral, undefined, therapist)).statusCode).toBe(403);
    expect((await read(frontDesk)).statusCode).toBe(403);
  });

  it('audits every read and save', async () => {
    const rows = await queryRows<{ action: string }>(database.db, sql`select action from audit_event where patient_id = ${patientId} order by seq`);
    const actions = rows.map((row) => row.action);
    expect(actions.filter((action) => action === 'intake.section.save').length).toBeGreaterThanOrEqual(9);
    expect(actions).toContain('intake.read');
    expect(actions).toContain('intake.complete');
  });
});
