import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findInstrument } from '../../../domain/instruments/registry.js';
import { measurementPackSchema } from '../../../domain/measurement/measurement-packs.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { readMeasurementPacks, writeMeasurementPacks } from '../../../db/repos/measurement-packs-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth } from '../../plugins/request-auth.js';

const packsResponseSchema = z.object({ packs: z.array(measurementPackSchema), isDefault: z.boolean() });
const packsBodySchema = z.object({ packs: z.array(measurementPackSchema).min(1) }).strict();

/** Which instruments each indication gets, and when: the clinic's own, or the defaults until it writes them. */
export const measurementPackRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/measurement-packs',
    { config: { access: { kind: 'action', action: 'assessment.read' } }, schema: { tags: ['assessments'], summary: 'Measurement packs per indication, with cadence', response: { 200: packsResponseSchema } } },
    async (request) => readMeasurementPacks(db, { organisationId: requireAuth(request).actor.organisationId }),
  );

  app.put(
    '/measurement-packs',
    {
      config: { access: { kind: 'action', action: 'measurement.configure' } },
      schema: { tags: ['assessments'], summary: "Replace the clinic's measurement packs (medical director)", body: packsBodySchema, response: { 200: packsResponseSchema } },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const scope = { organisationId: actor.organisationId };
      request.body.packs.forEach((pack, packIndex) =>
        pack.entries.forEach((entry, entryIndex) =>
          entry.instrumentIds.forEach((id, idIndex) => {
            if (!findInstrument(id)) throw new AppError('VALIDATION', `No instrument "${id}".`, [{ in: 'body', pointer: `/packs/${packIndex}/entries/${entryIndex}/instrumentIds/${idIndex}`, detail: 'Unknown instrument' }]);
          }),
        ),
      );
      const now = deps.now();
      await db.transaction(async (tx) => {
        await writeMeasurementPacks(tx, scope, request.body.packs, actor.userId, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'measurement.packs-changed', outcome: 'success', details: { packs: request.body.packs.length } }, now);
      });
      return { packs: request.body.packs, isDefault: false };
    },
  );
};
