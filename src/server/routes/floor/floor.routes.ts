import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { vitalThresholdsSchema } from '../../../domain/sessions/vital-thresholds.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { listFloor } from '../../../db/repos/treatment-sessions-repo.js';
import { insertVitalThresholds, readVitalThresholds } from '../../../db/repos/vital-thresholds-repo.js';
import type { AppDeps } from '../../app-deps.js';
import type { FloorHub } from '../../floor/floor-events.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { validateWith } from '../../plugins/validate-with.js';
import { floorBoard } from './floor-board.js';

const floorQuerySchema = z.object({ locationId: z.uuid('Not a location id').optional() });
const chairSchema = z.object({
  sessionId: z.uuid(),
  chair: z.string(),
  locationId: z.uuid(),
  initials: z.string(),
  route: z.string(),
  state: z.string(),
  scheduledFor: z.string(),
  checkedInAt: z.string().nullable(),
  elapsedSeconds: z.number().nullable(),
  nextCheck: z.object({ dueAt: z.string().nullable(), overdue: z.boolean(), secondsRemaining: z.number().nullable(), reason: z.string() }),
  openEvents: z.number(),
  unsignedStopEvents: z.number(),
});
// Comments keep proxies from closing an idle stream; 25 s is under the common 30–60 s idle timeouts.
const heartbeatMs = 25_000;

/** The treatment floor: every chair's state and timers, and a live stream that says when to refresh. */
export const floorRoutes: FastifyPluginAsyncZod<AppDeps & { floorHub: FloorHub }> = async (app, deps) => {
  const { db } = deps.database;
  // Open streams end when the server closes, so a shutdown is not held up by boards left open.
  const streams = new Set<{ end(): void }>();
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
  });

  app.get(
    '/floor',
    {
      config: { access: { kind: 'action', action: 'floor.view' } },
      schema: { tags: ['floor'], summary: 'Every chair in use or booked today: state, elapsed time, next check, open events', querystring: floorQuerySchema, response: { 200: z.object({ generatedAt: z.string(), chairs: z.array(chairSchema) }) } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const now = deps.now();
      const dayStart = new Date(now.getTime() - 12 * 3_600_000);
      const dayEnd = new Date(now.getTime() + 12 * 3_600_000);
      const rows = await db.transaction(async (tx) => {
        const found = await listFloor(tx, scope, { locationId: request.query.locationId, dayStart, dayEnd });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'floor.read', outcome: 'success', details: { chairs: found.length } }, now);
        return found;
      });
      return { generatedAt: now.toISOString(), chairs: floorBoard(rows, now) };
    },
  );

  app.get(
    '/floor/stream',
    {
      config: { access: { kind: 'action', action: 'floor.view' } },
      schema: { tags: ['floor'], summary: 'Server-sent events: a "floor" event whenever a session on the floor changes, from any server process', querystring: floorQuerySchema },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const locationId = request.query.locationId;
      // Subscribed before the first byte: a client that has seen ": connected" misses no change after it.
      const unsubscribe = await deps.floorHub.subscribe((change) => {
        if (change.organisationId !== scope.organisationId || (locationId && change.locationId !== locationId)) return;
        reply.raw.write(`event: floor\ndata: ${JSON.stringify({ sessionId: change.sessionId, locationId: change.locationId })}\n\n`);
      });
      reply.hijack();
      reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      reply.raw.write(': connected\n\n');
      const heartbeat = setInterval(() => reply.raw.write(': still here\n\n'), heartbeatMs);
      streams.add(reply.raw);
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(reply.raw);
      });
    },
  );

  app.get(
    '/vital-thresholds',
    {
      config: { access: { kind: 'action', action: 'floor.view' } },
      schema: { tags: ['floor'], summary: 'The vital-sign thresholds (version 0 = the defaults of SPEC.md §2.6)', response: { 200: z.object({ version: z.number().int(), thresholds: z.record(z.string(), z.unknown()) }) } },
    },
    async (request) => readVitalThresholds(db, scopeOf(request)),
  );

  app.put(
    '/vital-thresholds',
    {
      config: { access: { kind: 'action', action: 'protocol.configure' } },
      schema: { tags: ['floor'], summary: 'Publish the clinic’s vital-sign thresholds', body: z.unknown(), response: { 200: z.object({ version: z.number().int() }) } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const thresholds = validateWith(vitalThresholdsSchema, request.body, 'body');
      const now = deps.now();
      const version = await db.transaction(async (tx) => {
        const written = await insertVitalThresholds(tx, scope, thresholds, actor.userId, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'vital-thresholds.write', outcome: 'success', details: { version: written } }, now);
        return written;
      });
      return { version };
    },
  );
};
