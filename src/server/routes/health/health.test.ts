import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../tests/helpers/test-app.js';
import { createTestDatabase, engine, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { readJournal } from '../../../db/migrations.js';
import { readPackageVersion } from '../../version.js';

describe('GET /api/health', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('reports the engine, the newest migration and the version', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: engine,
      migration: readJournal().at(-1)?.tag,
      version: readPackageVersion(),
    });
  });

  it('answers with a request id, and keeps a plain one the caller sent', async () => {
    const minted = await app.inject({ method: 'GET', url: '/api/health' });
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'proxy-42.abc' } });
    expect(kept.headers['x-request-id']).toBe('proxy-42.abc');
    const replaced = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'evil\u0000id<script>' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
  });
});

describe('GET /api/health when the database is gone', () => {
  it('answers 503 SERVICE_UNAVAILABLE as problem+json', async () => {
    const database = await createTestDatabase();
    const app = await createTestApp(database);
    await database.close();
    const response = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'health-down' } });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toEqual({
      type: 'urn:ketaclinic:problem:service-unavailable',
      title: 'Service unavailable',
      status: 503,
      detail: 'The database is not answering.',
      instance: '/api/health',
      code: 'SERVICE_UNAVAILABLE',
      requestId: 'health-down',
    });
    await app.close();
  });
});
