import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp } from '../../../tests/helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { AppError } from '../../domain/shared/app-error.js';

/** A route of the test's own, so the error plumbing is tested without depending on a feature. */
function addProbeRoutes(app: FastifyInstance, calls: unknown[]) {
  app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.post(
        '/probe',
        {
          config: { access: { kind: 'public' } },
          schema: {
            body: z.object({ name: z.string().min(1), weightKg: z.number().positive().max(500) }),
            querystring: z.object({ dryRun: z.enum(['yes', 'no']).optional() }),
          },
        },
        async (request) => {
          calls.push(request.body);
          return { ok: true };
        },
      );
      typed.get('/probe/conflict', { config: { access: { kind: 'public' } } }, async () => {
        throw new AppError('CONFLICT', 'The slot was taken.');
      });
      typed.get('/probe/crash', { config: { access: { kind: 'public' } } }, async () => {
        throw new Error('secret detail: patient Jane Doe');
      });
    },
    { prefix: '/api' },
  );
}

describe('problem+json errors on /api', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const calls: unknown[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { extend: (instance) => addProbeRoutes(instance, calls) });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const post = (payload: string, contentType = 'application/json', url = '/api/probe') =>
    app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType, 'x-request-id': 'req-1' } });

  it('names every invalid field and does not run the handler', async () => {
    const before = calls.length;
    const response = await post(JSON.stringify({ name: '', weightKg: -3 }));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toEqual({
      type: 'urn:ketaclinic:problem:validation',
      title: 'The request has invalid fields',
      status: 400,
      detail: '2 field(s) in the body are invalid.',
      instance: '/api/probe',
      code: 'VALIDATION',
      requestId: 'req-1',
      errors: [
        { in: 'body', pointer: '/name', detail: 'Too small: expected string to have >=1 characters' },
        { in: 'body', pointer: '/weightKg', detail: 'Too small: expected number to be >0' },
      ],
    });
    expect(calls.length).toBe(before);
  });

  it('names a missing field', async () => {
    const response = await post(JSON.stringify({ name: 'A' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ in: 'body', pointer: '/weightKg', detail: 'Invalid input: expected number, received undefined' }]);
  });

  it('names an invalid query parameter', async () => {
    const response = await post(JSON.stringify({ name: 'A', weightKg: 70 }), 'application/json', '/api/probe?dryRun=maybe');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ in: 'query', pointer: '/dryRun', detail: 'Invalid option: expected one of "yes"|"no"' }]);
  });

  it('answers malformed JSON with 400 MALFORMED_BODY, never 500', async () => {
    const response = await post('{"name": "A", "weightKg": ');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'MALFORMED_BODY', status: 400, errors: [{ in: 'body', pointer: '' }] });
  });

  it('refuses prototype-poisoning keys', async () => {
    const response = await post('{"name":"A","weightKg":70,"__proto__":{"admin":true}}');
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('MALFORMED_BODY');
  });

  it('answers an unsupported content type with 415 naming the header', async () => {
    const response = await post('name=A', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', errors: [{ in: 'headers', pointer: '/content-type' }] });
  });

  it('answers an oversized body with 413', async () => {
    const response = await post(JSON.stringify({ name: 'x'.repeat(1_100_000), weightKg: 1 }));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('maps a domain error to its status through the one table', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/probe/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CONFLICT', detail: 'The slot was taken.', title: 'Conflict with the current state' });
  });

  it('hides an unexpected error behind a generic 500 with the request id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/probe/crash', headers: { 'x-request-id': 'crash-1' } });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      type: 'urn:ketaclinic:problem:internal',
      title: 'Internal error',
      status: 500,
      detail: 'An unexpected error occurred. Quote the request id when you report it.',
      instance: '/api/probe/crash',
      code: 'INTERNAL',
      requestId: 'crash-1',
    });
    expect(response.body).not.toContain('Jane');
  });

  it('answers an unknown API route with 404 problem+json', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND', instance: '/api/no-such-thing', detail: 'No API route GET /api/no-such-thing.' });
  });

  it('never answers 5xx to any JSON body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const response = await post(JSON.stringify(body));
        expect(response.statusCode).toBeLessThan(500);
        expect([200, 400]).toContain(response.statusCode);
      }),
      { numRuns: 200 },
    );
  });
});

describe('deny by default', () => {
  it('refuses to build an app with an API route that does not declare its access', async () => {
    const database = await createTestDatabase();
    try {
      await expect(
        createTestApp(database, {
          extend: (app) => {
            app.register(async (api) => api.get('/undeclared', async () => ({ leaked: true })), { prefix: '/api' });
          },
        }),
      ).rejects.toThrow('Route GET /api/undeclared does not declare config.access');
    } finally {
      await database.close();
    }
  });
});
