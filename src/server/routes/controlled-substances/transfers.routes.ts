import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { currentRegistration } from '../../../db/repos/credentials-repo.js';
import { appendLedgerEntry } from '../../../db/repos/ledger-repo.js';
import type { OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { createStockContainers, listStockContainers } from '../../../db/repos/stock-repo.js';
import { stockContainers } from '../../../db/schema/index.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { requireCredentials } from '../../plugins/require-credentials.js';
import { deviceOf, requireStockLocation } from './stock-context.js';

/** The registration in force at a location today: a transfer is between two registrants (21 CFR 1301.12). */
async function activeRegistration(tx: Database, scope: OrganisationScope, locationId: string, today: string, pointer: string): Promise<string> {
  const registration = await currentRegistration(tx, scope, locationId, today);
  if (!registration || !registration.schedules.includes('3N')) throw new AppError('VALIDATION', 'This location has no current DEA registration for Schedule III N (ketamine, esketamine).', [{ in: 'body', pointer, detail: 'No current Schedule III N registration' }]);
  return registration.number;
}

/** Moves a whole container to another registered location: out of one ledger, into the other, in one transaction. */
export const transferRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/controlled-substances/transfers',
    {
      config: { access: { kind: 'action', action: 'stock.handle' } },
      schema: { tags: ['controlled-substances'], summary: 'Transfer a container to another registered location (a transfer-out and a transfer-in entry)', body: z.object({ containerId: z.uuid(), toLocationId: z.uuid(), storageId: z.uuid().optional() }).strict(), response: { 201: z.object({ containerId: z.uuid() }) } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const now = deps.now();
      const today = now.toISOString().slice(0, 10);
      const containerId = await db.transaction(async (tx) => {
        const [container] = await tx.select().from(stockContainers).where(and(eq(stockContainers.organisationId, scope.organisationId), eq(stockContainers.id, request.body.containerId))).for('update');
        if (!container || !['sealed', 'in-use'].includes(container.state) || container.balanceMl === 0) throw new AppError('VALIDATION', 'Only a sealed or open container with stock left can be transferred.', [{ in: 'body', pointer: '/containerId', detail: 'Not a container in stock' }]);
        if (container.locationId === request.body.toLocationId) throw new AppError('VALIDATION', 'The container is already at that location.', [{ in: 'body', pointer: '/toLocationId', detail: 'Same location' }]);
        await requireCredentials(tx, scope, 'stock.handle', { userId: actor.userId, locationId: container.locationId, now });
        await requireStockLocation(tx, scope, request.body.toLocationId, request.body.storageId, '/toLocationId');
        const fromDea = await activeRegistration(tx, scope, container.locationId, today, '/containerId');
        const toDea = await activeRegistration(tx, scope, request.body.toLocationId, today, '/toLocationId');
        const [view] = await listStockContainers(tx, scope, { containerIds: [container.id] });
        const quantity = { quantityMg: container.balanceMg, quantityMl: container.balanceMl, occurredAt: now.toISOString() };
        const context = { authorUserId: actor.userId, witnessUserIds: [], device: deviceOf(request) };
        await appendLedgerEntry(tx, scope, { kind: 'transfer-out', containerId: container.id, ...quantity, counterpartLocationId: request.body.toLocationId, counterpartDeaNumber: toDea }, context, now);
        const [arrived] = await createStockContainers(tx, scope, {
          lotId: container.lotId,
          locationId: request.body.toLocationId,
          storageId: request.body.storageId ?? null,
          count: 1,
          receivedAt: now,
          reservedForPatientId: container.reservedForPatientId,
          labelPrefix: `${view!.ndc} lot ${view!.lotNumber}`,
          state: container.state === 'in-use' ? 'in-use' : 'sealed',
        });
        await appendLedgerEntry(tx, scope, { kind: 'transfer-in', containerId: arrived!, ...quantity, counterpartLocationId: container.locationId, counterpartDeaNumber: fromDea }, context, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'stock.transfer', outcome: 'success', entity: { type: 'stock-container', id: arrived! }, details: { from: container.id, quantityMg: container.balanceMg } }, now);
        return arrived!;
      });
      return reply.status(201).send({ containerId });
    },
  );
};
