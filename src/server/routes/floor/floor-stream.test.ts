import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientOnActiveCourse } from '../../../../tests/helpers/course-fixtures.js';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../../tests/helpers/test-users.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import { waitForEvent } from '../../../../tests/helpers/server-sent-events.js';

/** Reads server-sent events from a fetch body until `predicate` holds for one, or the time runs out. */
describe('the floor board stream across two app instances', () => {
  let database: TestDatabase;
  let watching: FastifyInstance;
  let charting: FastifyInstance;
  const clock = new TestClock(new Date('2026-11-30T14:00:00Z'));
  let url: string;
  let nurseCookie: string;
  let prescriberCookie: string;
  let organisationId: string;
  let locationId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    watching = await createTestApp(database, { clock });
    charting = await createTestApp(database, { clock });
    url = await watching.listen({ port: 0, host: '127.0.0.1' });
    const clinic = await createTestClinic(database.db);
    organisationId = clinic.id;
    locationId = (await listClinicLocations(database.db, { organisationId }))[0]!.id;
    nurseCookie = await sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles: ['nurse'] })).id, clock.now());
    prescriberCookie = await sessionCookieFor(database.db, clinic.id, (await createTestUser(database.db, clinic, { roles: ['prescriber'] })).id, clock.now());
  });
  afterAll(async () => {
    await watching.close();
    await charting.close();
    await database.close();
  });

  it('tells a board watching one instance about a change made through the other', async () => {
    const { patientId, planId } = await patientOnActiveCourse(charting, database.db, organisationId, { nurse: nurseCookie, prescriber: prescriberCookie }, { protocolKey: 'iv-racemic-depression', route: 'iv', consentKind: 'racemic-iv-im', homeLocationId: locationId, now: clock.now() });
    const stream = await fetch(`${url}/api/floor/stream?locationId=${locationId}`, { headers: { cookie: nurseCookie } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const received = waitForEvent(stream.body!, (event) => event.type === 'floor');
    const scheduled = await charting.inject({ method: 'POST', url: `/api/patients/${patientId}/sessions`, headers: { cookie: nurseCookie }, payload: { planId, planSequence: 1, chair: 'Chair 2' } });
    expect(scheduled.statusCode).toBe(201);
    const event = await received;
    expect(event).not.toBeNull();
    expect(JSON.parse(event!.data)).toEqual({ sessionId: scheduled.json().id, locationId });
  });

  it('refuses the stream to a patient and to anyone signed out', async () => {
    expect((await fetch(`${url}/api/floor/stream`)).status).toBe(401);
  });
});
