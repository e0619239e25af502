import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../tests/helpers/test-app.js';
import { buildLocation, createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { ensureOrganisation } from '../../../db/repos/organisations-repo.js';

// Each case needs its own organisation count, so each gets its own database.
describe('GET /api/site', () => {
  const opened: TestDatabase[] = [];
  const freshDatabase = async () => {
    const database = await createTestDatabase();
    opened.push(database);
    return database;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.close()));
  });

  it('shows the only organisation with its locations, sorted by name', async () => {
    const database = await freshDatabase();
    const clinic = await createTestClinic(database.db, [
      buildLocation({ name: 'West', timeZone: 'America/Los_Angeles', phone: '+1 555 0199' }),
      buildLocation({ name: 'East', address: { line1: '2 Test Road', line2: 'Floor 3', city: 'Testburg', region: 'ZZ', postalCode: '00001', country: 'US' } }),
    ]);
    const app = await createTestApp(database);
    const response = await app.inject({ method: 'GET', url: '/api/site' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      organisation: { name: clinic.name, slug: clinic.slug },
      locations: [
        {
          id: expect.any(String),
          name: 'East',
          address: { line1: '2 Test Road', line2: 'Floor 3', city: 'Testburg', region: 'ZZ', postalCode: '00001', country: 'US' },
          timeZone: 'America/Chicago',
        },
        {
          id: expect.any(String),
          name: 'West',
          address: { line1: '1 Test Street', city: 'Testville', region: 'ZZ', postalCode: '00000', country: 'US' },
          timeZone: 'America/Los_Angeles',
          phone: '+1 555 0199',
        },
      ],
    });
    await app.close();
  });

  it('says how to set up a clinic when there is none', async () => {
    const app = await createTestApp(await freshDatabase());
    const response = await app.inject({ method: 'GET', url: '/api/site', headers: { 'x-request-id': 'site-empty' } });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      type: 'urn:ketaclinic:problem:not-configured',
      title: 'Not set up yet',
      status: 503,
      detail: 'No clinic is set up yet. Run `npx ketaclinic demo` to load the demo clinic.',
      instance: '/api/site',
      code: 'NOT_CONFIGURED',
      requestId: 'site-empty',
    });
    await app.close();
  });

  it('needs KETACLINIC_ORGANISATION to choose among several organisations, and honours it', async () => {
    const database = await freshDatabase();
    await createTestClinic(database.db);
    const chosen = await createTestClinic(database.db, []);
    const unconfigured = await createTestApp(database);
    const ambiguous = await unconfigured.inject({ method: 'GET', url: '/api/site' });
    expect(ambiguous.statusCode).toBe(503);
    expect(ambiguous.json().detail).toBe('This installation holds several organisations: set KETACLINIC_ORGANISATION to the one to show.');
    await unconfigured.close();

    const configured = await createTestApp(database, { config: { siteOrganisation: chosen.slug } });
    const response = await configured.inject({ method: 'GET', url: '/api/site' });
    expect(response.json()).toEqual({ organisation: { name: chosen.name, slug: chosen.slug }, locations: [] });
    await configured.close();
  });

  it('reports a configured organisation that does not exist', async () => {
    const database = await freshDatabase();
    await ensureOrganisation(database.db, { slug: 'real', name: 'Real Test Clinic' });
    const app = await createTestApp(database, { config: { siteOrganisation: 'missing' } });
    const response = await app.inject({ method: 'GET', url: '/api/site' });
    expect(response.statusCode).toBe(503);
    expect(response.json().detail).toBe('KETACLINIC_ORGANISATION names "missing", which does not exist.');
    await app.close();
  });
});
