import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { defaultProtocols } from '../../../domain/protocols/default-protocols.js';
import { markClinicEdits } from '../../../domain/protocols/mark-clinic-edits.js';
import { openingHoursSchema } from '../../../domain/protocols/opening-hours.js';
import { protocolDefinitionSchema } from '../../../domain/protocols/protocol-definition.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { findProtocol, insertProtocolVersion, listProtocols } from '../../../db/repos/protocols-repo.js';
import { listUsers } from '../../../db/repos/users-repo.js';
import { setLocationOpeningHours } from '../../../db/repos/organisations-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { validateWith } from '../../plugins/validate-with.js';

const protocolKeyParamsSchema = z.object({ key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A protocol key such as iv-racemic-depression').max(63) });

/** Treatment protocols as clinic data (published defaults with their sources), and who can be an integration therapist. */
export const protocolRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/protocols',
    {
      config: { access: { kind: 'action', action: 'protocol.read' } },
      schema: { tags: ['protocols'], summary: 'The protocols the clinic plans with (version 0 = the published default)', response: { 200: z.object({ protocols: z.array(z.object({ key: z.string(), version: z.number().int(), isDefault: z.boolean(), definition: z.record(z.string(), z.unknown()) })) }) } },
    },
    async (request) => ({ protocols: await listProtocols(db, scopeOf(request)) }),
  );

  app.put(
    '/protocols/:key',
    {
      config: { access: { kind: 'action', action: 'protocol.configure' } },
      schema: { tags: ['protocols'], summary: 'Save the clinic’s version of a protocol; changed values are marked as the clinic’s own', params: protocolKeyParamsSchema, body: z.unknown(), response: { 200: z.object({ version: z.number().int() }) } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const edited = validateWith(protocolDefinitionSchema, request.body, 'body');
      if (edited.key !== request.params.key) throw new AppError('VALIDATION', 'The key in the body must match the URL.', [{ in: 'body', pointer: '/key', detail: `Expected ${request.params.key}` }]);
      const now = deps.now();
      const version = await db.transaction(async (tx) => {
        const previous = await findProtocol(tx, scope, edited.key);
        const published = defaultProtocols.find((protocol) => protocol.key === edited.key);
        const marked = published ? markClinicEdits(published, edited) : edited;
        const written = await insertProtocolVersion(tx, scope, marked, previous?.version ?? 0, actor.userId, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'protocol.write', outcome: 'success', entity: { type: 'protocol', id: edited.key }, details: { version: written } }, now);
        return written;
      });
      return { version };
    },
  );

  app.put(
    '/locations/:locationId/opening-hours',
    {
      config: { access: { kind: 'action', action: 'protocol.configure' } },
      schema: { tags: ['protocols'], summary: 'The days and hours the location treats patients; plans propose sessions inside them', params: z.object({ locationId: z.uuid('Not a location id') }), body: openingHoursSchema, response: { 200: z.null() } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      await db.transaction(async (tx) => {
        if (!(await setLocationOpeningHours(tx, scope, request.params.locationId, request.body))) throw new AppError('NOT_FOUND', 'No such location in this clinic.');
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'location.opening-hours.write', outcome: 'success', entity: { type: 'clinic-location', id: request.params.locationId } }, now);
      });
      return null;
    },
  );

  app.get(
    '/therapists',
    {
      config: { access: { kind: 'action', action: 'plan.read' } },
      schema: { tags: ['protocols'], summary: 'Staff who can lead integration sessions', response: { 200: z.object({ therapists: z.array(z.object({ userId: z.uuid(), name: z.string() })) }) } },
    },
    async (request) => {
      const staff = await listUsers(db, scopeOf(request));
      return { therapists: staff.filter((user) => !user.disabled && user.roles.includes('therapist')).map((user) => ({ userId: user.id, name: user.displayName })) };
    },
  );
};
