import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { syntheticDeaNumber } from '../../../../tests/helpers/test-credentials.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser, type TestUser } from '../../../../tests/helpers/test-users.js';
import { defaultCredentialRules } from '../../../domain/credentials/credential-rules.js';
import type { OrganisationRow } from '../../../db/repos/organisations-repo.js';
import { auditEvents, credentialReminders, credentialSettings, deaRegistrations, outboxMessages } from '../../../db/schema/index.js';
import { insertPatient } from '../../../db/repos/patients-repo.js';
import { remindExpiringCredentials } from '../../credentials/remind-expiring-credentials.js';

const minute = 60_000;
const day = 24 * 60 * minute;
const unknownId = '00000000-0000-4000-8000-000000000000';
const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.7\n%synthetic licence scan\n'), Buffer.alloc(2048, 0x20)]);
const pngBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

type Who = 'admin' | 'director' | 'nurse' | 'therapist' | 'doctor' | 'patient';

describe('staff credentials: records, verification, documents, the expiry dashboard, the roster and the rules', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-30T14:00:00Z'));
  let clinic: OrganisationRow;
  const users = {} as Record<Who, TestUser>;
  let locationRegistrationId: string;
  let licenceId: string;
  let documentId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    clinic = await createTestClinic(database.db);
    users.admin = await createTestUser(database.db, clinic, { roles: ['admin'] });
    users.director = await createTestUser(database.db, clinic, { roles: ['medical-director'] });
    users.nurse = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    users.therapist = await createTestUser(database.db, clinic, { roles: ['therapist'] });
    // A prescriber who has just joined: nothing on file yet.
    users.doctor = await createTestUser(database.db, clinic, { roles: ['prescriber'], credentials: false });
    const patientId = (await insertPatient(database.db, { organisationId: clinic.id }, { givenName: 'Cred', familyName: 'Patient', dateOfBirth: '1980-01-01', sexAtBirth: 'unknown' }, clock.now()))!.id;
    users.patient = await createTestUser(database.db, clinic, { patientId });
    [{ id: locationRegistrationId }] = (await database.db.select({ id: deaRegistrations.id }).from(deaRegistrations).where(eq(deaRegistrations.organisationId, clinic.id))) as [{ id: string }];
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, as: Who, payload?: object) =>
    app.inject({ method, url, headers: { cookie: await sessionCookieFor(database.db, clinic.id, users[as].id, clock.now()) }, ...(payload ? { payload } : {}) });
  const upload = async (credentialId: string, body: Buffer, contentType: string, as: Who = 'admin', fileName = 'licence.pdf') =>
    app.inject({ method: 'PUT', url: `/api/credentials/${credentialId}/documents?fileName=${encodeURIComponent(fileName)}`, headers: { cookie: await sessionCookieFor(database.db, clinic.id, users[as].id, clock.now()), 'content-type': contentType }, payload: body });
  const pointers = (response: { json(): { errors?: { pointer: string }[] } }) => (response.json().errors ?? []).map((error) => error.pointer).sort();
  const licence = { kind: 'licence', type: 'MD', jurisdiction: 'ZZ', number: 'ZZ-MD-0001', issuer: 'ZZ Board of Medicine', issuedOn: '2020-01-15', expiresAt: '2028-01-31T23:59:00-06:00', status: 'active' };

  it('records a credential and names each field a kind needs', async () => {
    const post = (body: object, as: Who = 'admin', userId = users.doctor.id) => call('POST', `/api/staff/${userId}/credentials`, as, body);
    expect(pointers(await post({ kind: 'licence', type: 'MD', status: 'active' }))).toEqual(['/jurisdiction', '/number']);
    expect(pointers(await post({ ...licence, jurisdiction: 'zz' }))).toEqual(['/jurisdiction']);
    expect(pointers(await post({ kind: 'npi', type: 'NPI', number: '1234567890', status: 'active' }))).toEqual(['/number']);
    expect(pointers(await post({ kind: 'dea-registration', type: 'Practitioner', number: 'AB1234560', status: 'active' }))).toEqual(['/number', '/schedules']);
    expect(pointers(await post({ kind: 'life-support', type: 'CPR', status: 'active', expiresAt: '2027-01-01T00:00:00Z' }))).toEqual(['/type']);
    expect(pointers(await post({ ...licence, expiresAt: '2028-01-31' }))).toEqual(['/expiresAt']);
    expect(pointers(await post({ ...licence, issuedOn: '2029-01-01' }))).toEqual(['/expiresAt']);
    expect(pointers(await post({ ...licence, schedules: ['3'] }))).toEqual(['/schedules']);
    expect(pointers(await post({ ...licence, locationId: unknownId }))).toEqual(['/locationId']);
    const stranger = await post(licence, 'admin', unknownId);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().errors).toEqual([{ in: 'params', pointer: '/userId', detail: 'Not a staff member of this clinic' }]);
    expect((await post(licence, 'admin', users.patient.id)).statusCode).toBe(404);
    expect((await post(licence, 'nurse')).statusCode).toBe(403);

    const created = await post(licence);
    expect(created.statusCode, created.body).toBe(201);
    licenceId = created.json().id;
    expect(created.json()).toEqual({
      id: expect.any(String),
      userId: users.doctor.id,
      kind: 'licence',
      type: 'MD',
      jurisdiction: 'ZZ',
      number: 'ZZ-MD-0001',
      issuer: 'ZZ Board of Medicine',
      issuedOn: '2020-01-15',
      expiresAt: '2028-02-01T05:59:00.000Z',
      status: 'active',
      locationId: null,
      schedules: null,
      publiclyListed: true,
      revision: 1,
      inForce: true,
      expiryBand: null,
      lastVerification: null,
      documents: [],
    });
    const npi = await post({ kind: 'npi', type: 'NPI', number: '1234567893', status: 'active', publiclyListed: false }, 'director');
    expect(npi.json()).toMatchObject({ kind: 'npi', number: '1234567893', publiclyListed: false, inForce: true });
    const dea = await post({ kind: 'dea-registration', type: 'Practitioner', jurisdiction: 'ZZ', number: syntheticDeaNumber('BD', 424242).toLowerCase(), schedules: ['3', '3N', '4', '5'], expiresAt: '2029-06-30T00:00:00Z', status: 'active' });
    expect(dea.json()).toMatchObject({ number: syntheticDeaNumber('BD', 424242), schedules: ['3', '3N', '4', '5'] });
  });

  it('shows staff their own credentials; anyone else’s only to those who manage credentials', async () => {
    const own = await call('GET', `/api/staff/${users.nurse.id}/credentials`, 'nurse');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().user).toEqual({ id: users.nurse.id, displayName: 'Test nurse User', roles: ['nurse'] });
    expect(own.json().credentials.map((credential: { kind: string; type: string; inForce: boolean }) => `${credential.kind}:${credential.type}:${credential.inForce}`)).toEqual(['licence:RN:true', 'life-support:ACLS:true']);
    expect(own.json().handlerOf).toEqual([{ registrationId: locationRegistrationId, number: syntheticDeaNumber('BT', 100_000), locationId: expect.any(String), locationName: 'Test Location', grantedAt: expect.any(String) }]);
    expect((await call('GET', `/api/staff/${users.doctor.id}/credentials`, 'nurse')).statusCode).toBe(403);
    expect((await call('GET', `/api/staff/${users.nurse.id}/credentials`, 'therapist')).statusCode).toBe(403);
    expect((await call('GET', `/api/staff/${users.nurse.id}/credentials`, 'patient')).statusCode).toBe(403);
    expect((await call('GET', `/api/staff/${unknownId}/credentials`, 'admin')).statusCode).toBe(404);
    const managed = await call('GET', `/api/staff/${users.doctor.id}/credentials`, 'admin');
    expect(managed.json().credentials.map((credential: { kind: string }) => credential.kind)).toEqual(['licence', 'npi', 'dea-registration']);
    expect((await call('GET', `/api/staff/${users.doctor.id}/credentials`, 'director')).statusCode).toBe(200);
    const audited = await database.db
      .select({ action: auditEvents.action, outcome: auditEvents.outcome, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, clinic.id), eq(auditEvents.action, 'credential.read')));
    expect(audited).toEqual(expect.arrayContaining([{ action: 'credential.read', outcome: 'success', actor: users.nurse.id }, { action: 'credential.read', outcome: 'denied', actor: users.therapist.id }]));
  });

  it('refuses a change made from a stale revision', async () => {
    const renewed = await call('PUT', `/api/credentials/${licenceId}`, 'admin', { ...licence, expiresAt: '2030-01-31T23:59:00-06:00', revision: 1 });
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json()).toMatchObject({ revision: 2, expiresAt: '2030-02-01T05:59:00.000Z' });
    const stale = await call('PUT', `/api/credentials/${licenceId}`, 'admin', { ...licence, status: 'suspended', revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', errors: [{ in: 'body', pointer: '/revision', detail: 'The credential is at revision 2' }] });
    expect(pointers(await call('PUT', `/api/credentials/${licenceId}`, 'admin', { ...licence, number: null, revision: 2 }))).toEqual(['/number']);
    expect(pointers(await call('PUT', `/api/credentials/${licenceId}`, 'admin', { ...licence }))).toEqual(['/revision']);
    expect((await call('PUT', `/api/credentials/${unknownId}`, 'admin', { ...licence, revision: 1 })).statusCode).toBe(404);
    expect((await call('PUT', `/api/credentials/${licenceId}`, 'doctor', { ...licence, revision: 2 })).statusCode).toBe(403);
    const suspended = await call('PUT', `/api/credentials/${licenceId}`, 'admin', { ...licence, status: 'suspended', revision: 2 });
    expect(suspended.json()).toMatchObject({ revision: 3, status: 'suspended', inForce: false });
    expect((await call('PUT', `/api/credentials/${licenceId}`, 'admin', { ...licence, expiresAt: '2030-01-31T23:59:00-06:00', revision: 3 })).json()).toMatchObject({ revision: 4, status: 'active', inForce: true });
  });

  it('records who verified a credential, how, and when it is due again', async () => {
    const verify = (body: object) => call('POST', `/api/credentials/${licenceId}/verifications`, 'admin', body);
    const body = { method: 'primary-source', source: 'ZZ Board of Medicine licence lookup', outcome: 'verified', nextDueOn: '2027-11-30' };
    expect(pointers(await verify({ ...body, nextDueOn: '2026-11-30' }))).toEqual(['/nextDueOn']);
    expect(pointers(await verify({ ...body, method: 'phoned a friend' }))).toEqual(['/method']);
    expect((await call('POST', `/api/credentials/${unknownId}/verifications`, 'admin', body)).statusCode).toBe(404);
    const first = await verify({ ...body, note: 'Active, no discipline on record.' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().lastVerification).toEqual({ verifiedAt: clock.now().toISOString(), verifiedBy: 'Test admin User', method: 'primary-source', source: 'ZZ Board of Medicine licence lookup', outcome: 'verified', nextDueOn: '2027-11-30' });
    clock.advance(minute);
    await call('POST', `/api/credentials/${licenceId}/verifications`, 'director', { ...body, method: 'document-review', source: 'Wall certificate', nextDueOn: '2027-12-01' });
    const shown = (await call('GET', `/api/staff/${users.doctor.id}/credentials`, 'doctor')).json().credentials.find((credential: { id: string }) => credential.id === licenceId);
    expect(shown.lastVerification).toEqual({ verifiedAt: clock.now().toISOString(), verifiedBy: 'Test medical-director User', method: 'document-review', source: 'Wall certificate', outcome: 'verified', nextDueOn: '2027-12-01' });
  });

  it('keeps documents checked by their first bytes and no larger than 5 MiB, and gives them back only to the owner and managers', async () => {
    const stored = await upload(licenceId, pdfBytes, 'application/pdf');
    expect(stored.statusCode, stored.body).toBe(201);
    documentId = stored.json().id;
    expect(stored.json()).toEqual({ id: expect.any(String), fileName: 'licence.pdf', mediaType: 'application/pdf', sizeBytes: pdfBytes.length, uploadedAt: clock.now().toISOString() });
    const disguised = await upload(licenceId, pngBytes, 'application/pdf');
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json()).toMatchObject({ code: 'VALIDATION', detail: 'The content is not application/pdf (it is image/png).', errors: [{ in: 'body', pointer: '' }] });
    clock.advance(minute);
    expect((await upload(licenceId, pngBytes, 'image/png', 'admin', 'card.png')).statusCode).toBe(201);
    expect((await upload(licenceId, Buffer.from('{"a":1}'), 'application/json')).statusCode).toBe(415);
    const tooLarge = await upload(licenceId, Buffer.concat([pdfBytes, Buffer.alloc(5 * 1024 * 1024)]), 'application/pdf');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().code).toBe('PAYLOAD_TOO_LARGE');
    const exactlyFive = Buffer.concat([pdfBytes, Buffer.alloc(5 * 1024 * 1024 - pdfBytes.length)]);
    clock.advance(minute);
    expect((await upload(licenceId, exactlyFive, 'application/pdf', 'admin', 'max.pdf')).statusCode).toBe(201);
    expect(pointers(await upload(licenceId, pdfBytes, 'application/pdf', 'admin', '../etc/passwd'))).toEqual(['/fileName']);
    expect((await upload(unknownId, pdfBytes, 'application/pdf')).statusCode).toBe(404);
    expect((await upload(licenceId, pdfBytes, 'application/pdf', 'doctor')).statusCode).toBe(403);

    const download = async (as: Who, id = documentId) => call('GET', `/api/credentials/documents/${id}`, as);
    const mine = await download('doctor');
    expect(mine.statusCode).toBe(200);
    expect(mine.rawPayload.equals(pdfBytes)).toBe(true);
    expect(mine.headers).toMatchObject({ 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="licence.pdf"; filename*=UTF-8''licence.pdf`, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    expect((await download('admin')).statusCode).toBe(200);
    expect((await download('nurse')).statusCode).toBe(403);
    expect((await download('admin', unknownId)).statusCode).toBe(404);
    const listed = (await call('GET', `/api/staff/${users.doctor.id}/credentials`, 'doctor')).json().credentials.find((credential: { id: string }) => credential.id === licenceId);
    expect(listed.documents.map((document: { fileName: string; mediaType: string }) => `${document.fileName} ${document.mediaType}`)).toEqual(['licence.pdf application/pdf', 'card.png image/png', 'max.pdf application/pdf']);
  });

  it('lists what expires within 90 days by band, and verifications due within 30 days, soonest first', async () => {
    const holder = await createTestUser(database.db, clinic, { roles: ['nurse'], credentials: false });
    const now = clock.now().getTime();
    const add = async (type: string, expiresInMs: number | null, extra: object = {}) => {
      const response = await call('POST', `/api/staff/${holder.id}/credentials`, 'admin', { kind: 'training', type, status: 'active', expiresAt: expiresInMs === null ? null : new Date(now + expiresInMs).toISOString(), ...extra });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    await add('91 days', 91 * day);
    await add('90 days', 90 * day);
    await add('60 days', 60 * day);
    await add('30 days', 30 * day);
    await add('0 days', 0);
    await add('inactive', 10 * day, { status: 'inactive' });
    const recheck = await add('no expiry, re-verify soon', null);
    await call('POST', `/api/credentials/${recheck}/verifications`, 'admin', { method: 'document-review', source: 'Certificate on file', outcome: 'verified', nextDueOn: new Date(now + 10 * day).toISOString().slice(0, 10) });
    const dashboard = await call('GET', '/api/credentials/expiring', 'director');
    expect(dashboard.statusCode, dashboard.body).toBe(200);
    const items = dashboard.json().items.filter((item: { user: { id: string } }) => item.user.id === holder.id);
    expect(items.map((item: { credential: { type: string }; band: string | null; verificationDue: boolean }) => [item.credential.type, item.band, item.verificationDue])).toEqual([
      ['0 days', 'expired', false],
      ['no expiry, re-verify soon', null, true],
      ['30 days', '30', false],
      ['60 days', '60', false],
      ['90 days', '90', false],
    ]);
    expect(items[0]).toMatchObject({ user: { id: holder.id, displayName: 'Test nurse User' }, credential: { inForce: false, expiryBand: 'expired' } });
    expect((await call('GET', '/api/credentials/expiring', 'nurse')).statusCode).toBe(403);
  });

  it('keeps the roster of authorised handlers per DEA registration', async () => {
    const roster = `/api/controlled-substances/registrations/${locationRegistrationId}/handlers`;
    const names = (response: { json(): { handlers: { userId: string }[] } }) => response.json().handlers.map((handler) => handler.userId);
    const before = await call('GET', roster, 'nurse');
    expect(before.statusCode, before.body).toBe(200);
    expect(names(before)).toEqual(expect.arrayContaining([users.nurse.id, users.director.id]));
    expect(names(before)).not.toContain(users.doctor.id);
    expect((await call('POST', roster, 'nurse', { userId: users.doctor.id })).statusCode).toBe(403);
    expect(pointers(await call('POST', roster, 'admin', { userId: users.patient.id }))).toEqual(['/userId']);
    expect((await call('POST', `/api/controlled-substances/registrations/${unknownId}/handlers`, 'admin', { userId: users.doctor.id })).statusCode).toBe(404);
    const granted = await call('POST', roster, 'admin', { userId: users.doctor.id });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json().handlers.find((handler: { userId: string }) => handler.userId === users.doctor.id)).toEqual({ userId: users.doctor.id, displayName: 'Test prescriber User', grantedAt: clock.now().toISOString(), grantedBy: 'Test admin User' });
    expect((await call('GET', `/api/staff/${users.doctor.id}/credentials`, 'doctor')).json().handlerOf).toEqual([expect.objectContaining({ registrationId: locationRegistrationId })]);
    const revoked = await call('POST', `${roster}/${users.doctor.id}/revoke`, 'director');
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(names(revoked)).not.toContain(users.doctor.id);
    expect((await call('POST', `${roster}/${users.doctor.id}/revoke`, 'director')).statusCode).toBe(404);
    expect((await call('GET', `/api/staff/${users.doctor.id}/credentials`, 'doctor')).json().handlerOf).toEqual([]);
  });

  it('keeps the credential rules as clinic data, leaving the public page settings alone', async () => {
    const initial = await call('GET', '/api/credentials/rules', 'admin');
    expect(initial.json()).toEqual({ rules: defaultCredentialRules, defaults: defaultCredentialRules });
    expect((await call('GET', '/api/credentials/rules', 'nurse')).statusCode).toBe(403);
    await database.db.insert(credentialSettings).values({ organisationId: clinic.id, rules: defaultCredentialRules, publicPageEnabled: true, publicPage: { headline: 'kept' }, updatedAt: clock.now() });
    const twice = await call('PUT', '/api/credentials/rules', 'admin', { rules: [defaultCredentialRules[0], defaultCredentialRules[0]] });
    expect(twice.json().errors).toEqual([{ in: 'body', pointer: '/rules', detail: 'Each action once' }]);
    expect(pointers(await call('PUT', '/api/credentials/rules', 'admin', { rules: [{ action: 'session.sign', enabled: true, requirements: [] }] }))).toEqual(['/rules/0/requirements']);
    const withoutWitness = defaultCredentialRules.map((rule) => (rule.action === 'stock.witness' ? { ...rule, enabled: false } : rule));
    const changed = await call('PUT', '/api/credentials/rules', 'director', { rules: withoutWitness });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ rules: withoutWitness, defaults: defaultCredentialRules });
    expect((await call('GET', '/api/credentials/rules', 'admin')).json().rules).toEqual(withoutWitness);
    const [settings] = await database.db.select().from(credentialSettings).where(eq(credentialSettings.organisationId, clinic.id));
    expect(settings).toMatchObject({ publicPageEnabled: true, publicPage: { headline: 'kept' }, rules: withoutWitness });
  });

  it('reminds the holder and the credential managers once per threshold, and again after a renewal', async () => {
    // A clinic of its own, so the outbox holds only its messages.
    const other = await createTestClinic(database.db);
    const admin = await createTestUser(database.db, other, { roles: ['admin'] });
    const director = await createTestUser(database.db, other, { roles: ['medical-director'] });
    const holder = await createTestUser(database.db, other, { roles: ['nurse'], credentials: false });
    const manage = async (method: 'POST' | 'PUT', url: string, payload: object) =>
      app.inject({ method, url, headers: { cookie: await sessionCookieFor(database.db, other.id, admin.id, clock.now()) }, payload });
    const expiresAt = new Date(clock.now().getTime() + 100 * day);
    const acls = await manage('POST', `/api/staff/${holder.id}/credentials`, { kind: 'life-support', type: 'ACLS', number: 'ECARD-REMIND', status: 'active', expiresAt: expiresAt.toISOString() });
    expect(acls.statusCode, acls.body).toBe(201);
    const credentialId = acls.json().id as string;
    const mail = () => database.db.select({ recipient: outboxMessages.recipient, subject: outboxMessages.subject }).from(outboxMessages).where(eq(outboxMessages.organisationId, other.id)).orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.recipient));
    const thresholds = async () => (await database.db.select({ threshold: credentialReminders.threshold }).from(credentialReminders).where(eq(credentialReminders.credentialId, credentialId)).orderBy(asc(credentialReminders.sentAt))).map((row) => row.threshold);
    const remind = () => remindExpiringCredentials(database.db, clock.now(), 'http://clinic.test');

    await remind();
    expect(await mail()).toEqual([]);
    clock.advance(10 * day - 1);
    await remind();
    expect(await mail()).toEqual([]);
    clock.advance(1);
    await remind();
    await remind();
    const first = await mail();
    expect(first.map((message) => message.recipient).sort()).toEqual([admin.email, director.email, holder.email].sort());
    expect(first.find((message) => message.recipient === holder.email)?.subject).toBe('Your ACLS certification expires within 90 days');
    expect(first.find((message) => message.recipient === director.email)?.subject).toBe('A staff ACLS certification expires within 90 days');
    clock.advance(29 * day);
    await remind();
    expect(await mail()).toHaveLength(3);
    clock.advance(day);
    await remind();
    clock.advance(30 * day);
    await remind();
    expect(await thresholds()).toEqual(['90', '60', '30']);
    clock.advance(30 * day - 1);
    await remind();
    expect(await thresholds()).toEqual(['90', '60', '30']);
    clock.advance(1);
    await remind();
    await remind();
    expect(await thresholds()).toEqual(['90', '60', '30', 'expired']);
    expect((await mail()).filter((message) => message.recipient === holder.email).map((message) => message.subject)).toEqual([
      'Your ACLS certification expires within 90 days',
      'Your ACLS certification expires within 60 days',
      'Your ACLS certification expires within 30 days',
      'Your ACLS certification has expired',
    ]);

    const renewed = await manage('PUT', `/api/credentials/${credentialId}`, { kind: 'life-support', type: 'ACLS', number: 'ECARD-REMIND-2', status: 'active', expiresAt: new Date(clock.now().getTime() + 45 * day).toISOString(), revision: 1 });
    expect(renewed.statusCode, renewed.body).toBe(200);
    await remind();
    await remind();
    expect(await thresholds()).toEqual(['90', '60', '30', 'expired', '60']);
    expect(await mail()).toHaveLength(15);
  });
});
