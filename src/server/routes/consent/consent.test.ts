import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSignatureImage } from '../../../../tests/helpers/intake-fixtures.js';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { defaultConsentDocuments } from '../../../domain/consent/default-consent-documents.js';
import { insertPatient } from '../../../db/repos/patients-repo.js';

describe('informed consent', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-27T10:00:00Z'));
  let patientId: string;
  let otherPatientId: string;
  let nurse: string;
  let director: string;
  let patient: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db);
    const scope = { organisationId: clinic.id };
    patientId = (await insertPatient(database.db, scope, { givenName: 'Cora', familyName: 'Consenttest', dateOfBirth: '1988-08-08', sexAtBirth: 'female' }, clock.now()))!.id;
    otherPatientId = (await insertPatient(database.db, scope, { givenName: 'Other', familyName: 'Patient', dateOfBirth: '1988-08-08', sexAtBirth: 'male' }, clock.now()))!.id;
    nurse = await sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles: ['nurse'] })).id, clock.now());
    director = await sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles: ['medical-director'] })).id, clock.now());
    patient = await sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { patientId })).id, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const consents = (cookie = nurse, id = patientId) => app.inject({ method: 'GET', url: `/api/patients/${id}/consents`, headers: { cookie } });
  const stateOf = async (kind: string) => (await consents()).json().statuses.find((status: { kind: string }) => status.kind === kind);
  const documentId = async (kind: string) => (await app.inject({ method: 'GET', url: '/api/consent-documents', headers: { cookie: nurse } })).json().documents.find((document: { kind: string }) => document.kind === kind).id;
  const sign = async (cookie: string, kind: string, overrides: object = {}) =>
    app.inject({ method: 'POST', url: `/api/patients/${patientId}/consents`, headers: { cookie }, payload: { documentId: await documentId(kind), typedName: 'Cora Consenttest', signatureImage: testSignatureImage, ...overrides } });

  it('offers version 1 of each document, naming the risks', async () => {
    const { documents } = (await app.inject({ method: 'GET', url: '/api/consent-documents', headers: { cookie: patient } })).json();
    expect(documents.map((document: { kind: string; version: number }) => `${document.kind}@${document.version}`).sort()).toEqual(['esketamine-intranasal@1', 'racemic-iv-im@1', 'racemic-oral-sublingual@1']);
    const text = JSON.stringify(documents.find((document: { kind: string }) => document.kind === 'racemic-iv-im').content).toLowerCase();
    for (const word of ['dissociat', 'blood pressure', 'nausea', 'bladder', 'driv', 'off-label']) expect(text).toContain(word);
  });

  it('is current only once signed by the patient and countersigned by a clinician', async () => {
    expect((await stateOf('racemic-iv-im')).state).toBe('not-signed');
    const signed = await sign(patient, 'racemic-iv-im');
    expect(signed.statusCode).toBe(201);
    const status = signed.json().statuses.find((entry: { kind: string }) => entry.kind === 'racemic-iv-im');
    expect(status.state).toBe('awaiting-countersignature');
    expect(signed.json().signatures[0]).toMatchObject({ signedVia: 'portal', typedName: 'Cora Consenttest', documentVersion: 1, documentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await app.inject({ method: 'POST', url: `/api/patients/${patientId}/consents/${status.signatureId}/countersign`, headers: { cookie: patient } })).statusCode).toBe(403);
    const countersigned = await app.inject({ method: 'POST', url: `/api/patients/${patientId}/consents/${status.signatureId}/countersign`, headers: { cookie: nurse } });
    expect(countersigned.statusCode).toBe(200);
    expect((await stateOf('racemic-iv-im')).state).toBe('current');
    expect((await app.inject({ method: 'POST', url: `/api/patients/${patientId}/consents/${status.signatureId}/countersign`, headers: { cookie: nurse } })).statusCode).toBe(409);
  });

  it('asks for consent again when a new version is published, and refuses a signature on the old one', async () => {
    const oldId = await documentId('racemic-iv-im');
    const base = defaultConsentDocuments.find((document) => document.kind === 'racemic-iv-im')!;
    const revised = { ...base, title: `${base.title} (revised)` };
    expect((await app.inject({ method: 'POST', url: '/api/consent-documents', headers: { cookie: nurse }, payload: revised })).statusCode).toBe(403);
    const published = await app.inject({ method: 'POST', url: '/api/consent-documents', headers: { cookie: director }, payload: revised });
    expect(published.json()).toMatchObject({ version: 2 });
    expect((await stateOf('racemic-iv-im')).state).toBe('new-version-to-sign');
    const stale = await sign(nurse, 'racemic-iv-im', { documentId: oldId });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0].pointer).toBe('/documentId');
    clock.advance(60_000);
    const fresh = await sign(nurse, 'racemic-iv-im');
    expect(fresh.json().signatures[0]).toMatchObject({ signedVia: 'in-clinic', documentVersion: 2 });
  });

  it('refuses a document that leaves out a required risk', async () => {
    const base = defaultConsentDocuments.find((document) => document.kind === 'esketamine-intranasal')!;
    const withoutDriving = { ...base, sections: base.sections.filter((section) => !section.topics.includes('no-driving' as never)) };
    const response = await app.inject({ method: 'POST', url: '/api/consent-documents', headers: { cookie: director }, payload: withoutDriving });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe('/sections');
  });

  it('lets the patient revoke, with a reason; a revoked consent is not current', async () => {
    clock.advance(60_000);
    const status = await stateOf('racemic-iv-im');
    const revoked = await app.inject({ method: 'POST', url: `/api/patients/${patientId}/consents/${status.signatureId}/revoke`, headers: { cookie: patient }, payload: { reason: 'I changed my mind.' } });
    expect(revoked.statusCode).toBe(200);
    expect((await stateOf('racemic-iv-im')).state).toBe('revoked');
  });

  it('checks the drawn signature is a PNG, and keeps a patient to their own record', async () => {
    const notPng = await sign(patient, 'esketamine-intranasal', { signatureImage: 'data:image/png;base64,AAAAAAAAAAAA' });
    expect(notPng.statusCode).toBe(400);
    expect(notPng.json().errors[0]).toMatchObject({ pointer: '/signatureImage', detail: 'Not a PNG image' });
    expect((await consents(patient, otherPatientId)).statusCode).toBe(404);
  });

  it('never lets a signed consent be altered or deleted in the database', async () => {
    await expect(database.db.execute(sql`update consent_signature set typed_name = 'Someone Else'`)).rejects.toMatchObject({ cause: { message: 'a signed consent cannot be changed' } });
    await expect(database.db.execute(sql`delete from consent_signature`)).rejects.toMatchObject({ cause: { message: 'consent_signature rows are never deleted' } });
  });
});
