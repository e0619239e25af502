import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reconcileSession } from '../../../domain/ledger/reconciliation.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { sessionLedgerTotals } from '../../../db/repos/ledger-repo.js';
import type { OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { listStockContainers } from '../../../db/repos/stock-repo.js';
import { findSession } from '../../../db/repos/treatment-sessions-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { recordMovement } from './record-movement.js';
import { deviceOf } from './stock-context.js';
import { stockContainerSchema, witnessSchema } from './stock.schemas.js';

const drawSchema = z.object({
  sessionId: z.uuid(),
  locationId: z.uuid(),
  form: z.enum(['vial', 'nasal-device']),
  doseMg: z.number().nullable(),
  drawn: z.object({ containerId: z.uuid().nullable(), lotNumber: z.string(), mg: z.number() }).nullable(),
  candidates: z.array(stockContainerSchema),
  suggestedContainerId: z.uuid().nullable(),
  totals: z.object({ drawnMg: z.number().nullable(), administeredMg: z.number(), wastedMg: z.number(), unaccountedMg: z.number().nullable() }),
  reconciled: z.boolean(),
});

const quantity = z.number().positive().max(1000);
const accountBodySchema = z
  .object({
    /** One line per container given from: a vial's part, or each esketamine device used. */
    administrations: z.array(z.object({ containerId: z.uuid(), quantityMg: quantity, quantityMl: quantity }).strict()).max(5),
    waste: z.object({ containerId: z.uuid(), quantityMg: quantity, quantityMl: quantity, method: z.string().trim().min(3).max(500) }).strict().optional(),
    witness: witnessSchema.optional(),
  })
  .strict()
  .refine((body) => body.administrations.length > 0 || body.waste !== undefined, { message: 'Record what was given, or waste what was drawn', path: ['administrations'] });

type SessionDose = { result?: { doseMg?: number }; drawn?: { containerId?: string; lotNumber?: string; mg?: number } } | null;

/** What a session drew, what stock it can draw from (earliest expiry first), and whether every milligram is accounted for. */
async function sessionDraw(db: Database, scope: OrganisationScope, sessionId: string): Promise<z.infer<typeof drawSchema>> {
  const session = await findSession(db, scope, sessionId);
  if (!session) throw new AppError('NOT_FOUND', 'No such session.');
  const form = session.route === 'intranasal-esketamine' ? 'nasal-device' : 'vial';
  const dose = session.dose as SessionDose;
  const inStock = await listStockContainers(db, scope, { locationId: session.locationId, states: ['in-use', 'sealed'], form });
  // Stock shipped for one patient is only for that patient, and is used first for them.
  const candidates = inStock
    .filter((container) => container.balanceMg > 0 && (container.reservedForPatient === null || container.reservedForPatient.id === session.patientId))
    .sort((a, b) => Number(b.reservedForPatient !== null) - Number(a.reservedForPatient !== null));
  const totals = await sessionLedgerTotals(db, scope, session.id);
  const drawnMg = dose?.drawn?.mg ?? null;
  const unaccountedMg = drawnMg === null ? null : Math.round((drawnMg - totals.administeredMg - totals.wastedMg) * 100) / 100;
  const reconciled = drawnMg !== null && reconcileSession({ drawnMg, administeredMg: totals.administeredMg, wastedMg: totals.wastedMg, wasteWitnessed: true }).kind === 'reconciled';
  return {
    sessionId: session.id,
    locationId: session.locationId,
    form,
    doseMg: dose?.result?.doseMg ?? null,
    drawn: dose?.drawn && drawnMg !== null ? { containerId: dose.drawn.containerId ?? null, lotNumber: dose.drawn.lotNumber ?? '', mg: drawnMg } : null,
    candidates,
    suggestedContainerId: candidates[0]?.id ?? null,
    totals: { drawnMg, administeredMg: totals.administeredMg, wastedMg: totals.wastedMg, unaccountedMg },
    reconciled,
  };
}

/** Drawing for a session and accounting for it: what was given, and the rest wasted before a witness. */
export const sessionDrawRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/controlled-substances/sessions/:sessionId/draw',
    { config: { access: { kind: 'action', action: 'stock.read' } }, schema: { tags: ['controlled-substances'], summary: "A session's draw: stock to draw from (earliest expiry first) and what is still unaccounted for", params: z.object({ sessionId: z.uuid() }), response: { 200: drawSchema } } },
    async (request) => sessionDraw(db, scopeOf(request), request.params.sessionId),
  );

  app.post(
    '/controlled-substances/sessions/:sessionId/account',
    {
      config: { access: { kind: 'action', action: 'stock.handle' } },
      schema: { tags: ['controlled-substances'], summary: 'Record what a session administered and waste the rest before a witness who signs in now', params: z.object({ sessionId: z.uuid() }), body: accountBodySchema, response: { 201: drawSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const now = deps.now();
      const body = request.body;
      await db.transaction(async (tx) => {
        // The session's row lock: two people accounting for one session at once take turns, and the second sees the first.
        const session = await findSession(tx, scope, request.params.sessionId, { forUpdate: true });
        if (!session) throw new AppError('NOT_FOUND', 'No such session.');
        if (!session.dosingStartedAt) throw new AppError('CONFLICT', 'Dosing has not started: nothing has been administered yet.');
        if (session.signedAt) throw new AppError('CONFLICT', 'The session is signed; correct the ledger with a correction entry instead.');
        const drawnMg = (session.dose as SessionDose)?.drawn?.mg;
        if (drawnMg === undefined) throw new AppError('CONFLICT', 'No product has been drawn for this session.');
        const totals = await sessionLedgerTotals(tx, scope, session.id);
        const givenMg = body.administrations.reduce((sum, line) => sum + line.quantityMg, 0);
        const after = reconcileSession({ drawnMg, administeredMg: totals.administeredMg + givenMg, wastedMg: totals.wastedMg + (body.waste?.quantityMg ?? 0), wasteWitnessed: true });
        const over = after.kind === 'unreconciled' ? after.problems.find((problem) => problem.code === 'MORE_ACCOUNTED_THAN_DRAWN') : undefined;
        if (over) throw new AppError('VALIDATION', over.message, [{ in: 'body', pointer: body.waste ? '/waste/quantityMg' : '/administrations', detail: `${drawnMg} mg was drawn` }]);
        const common = { authorUserId: actor.userId, device: deviceOf(request), sessionId: session.id };
        for (const [index, line] of body.administrations.entries()) {
          const raw = { kind: 'administration', ...line, sessionId: session.id, patientId: session.patientId };
          const given = await recordMovement(tx, scope, { ...common, raw, pointer: `/administrations/${index}` }, now);
          await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'ledger.administration', outcome: 'success', patientId: session.patientId, entity: { type: 'ledger-entry', id: given.stored.entryId }, details: { quantityMg: line.quantityMg } }, now);
        }
        if (body.waste) {
          const wasted = await recordMovement(tx, scope, { ...common, raw: { kind: 'waste', ...body.waste }, witness: body.witness, pointer: '/waste' }, now);
          await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'ledger.waste', outcome: 'success', patientId: session.patientId, entity: { type: 'ledger-entry', id: wasted.stored.entryId }, details: { quantityMg: body.waste.quantityMg } }, now);
        }
      });
      return reply.status(201).send(await sessionDraw(db, scope, request.params.sessionId));
    },
  );
};
