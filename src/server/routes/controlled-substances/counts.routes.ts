import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { compareCount } from '../../../domain/ledger/daily-count.js';
import { classify, reportTimers, startInvestigation } from '../../../domain/ledger/discrepancy-case.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import type { Database } from '../../../db/database.js';
import { findClinicLocation, type OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { controlledProducts, discrepancyCases, inventoryCounts, stockContainers, stockLots, users } from '../../../db/schema/index.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { requireCredentials } from '../../plugins/require-credentials.js';

const countBodySchema = z
  .object({
    locationId: z.uuid(),
    /** A routine count, or the initial and biennial inventories of 21 CFR 1304.11, which say opening or close of business. */
    kind: z.enum(['daily', 'initial', 'biennial']).default('daily'),
    timing: z.enum(['opening', 'close']).optional(),
    lines: z
      .array(z.object({ containerId: z.uuid(), state: z.enum(['sealed', 'in-use']), countedMl: z.number().min(0).max(1000).nullable(), sealedPresent: z.boolean(), method: z.enum(['exact', 'estimated']).optional() }).strict())
      .max(5000),
  })
  .strict()
  .refine((body) => body.kind === 'daily' || body.timing !== undefined, { message: 'An inventory says whether it was taken at the opening or the close of business', path: ['timing'] });

const countSummarySchema = z.object({ id: z.uuid(), locationId: z.uuid(), kind: z.string(), timing: z.string().nullable(), countedAt: z.string(), countedBy: z.string(), lines: z.number(), discrepancies: z.number() });

const filingBodySchema = z
  .object({ kind: z.enum(['written-notice', 'form-106']), at: z.iso.datetime({ offset: true }), reference: z.string().trim().min(3, 'Say where it went (e.g. the field office, or the Form 106 confirmation number)').max(500) })
  .strict();

const caseSchema = z.object({
  id: z.uuid(),
  locationId: z.uuid(),
  state: z.string(),
  discoveredAt: z.string(),
  details: z.unknown(),
  cause: z.string().nullable(),
  rationale: z.string().nullable(),
  writtenNoticeBy: z.string().nullable(),
  form106By: z.string().nullable(),
  writtenNoticeSentAt: z.string().nullable(),
  form106FiledAt: z.string().nullable(),
  filings: z.array(z.object({ kind: z.string(), at: z.string(), reference: z.string(), recordedAt: z.string() })),
  timers: z.object({ writtenNotice: z.string(), form106: z.string() }).nullable(),
});

const classifyBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('not-significant'), rationale: z.string().trim().max(4000) }).strict(),
  z.object({ kind: z.literal('theft') }).strict(),
  z.object({ kind: z.literal('significant-loss') }).strict(),
]);

/** The case under its row lock, so two people classifying or filing at once take turns. */
async function lockCase(tx: Database, scope: OrganisationScope, caseId: string) {
  const [row] = await tx.select().from(discrepancyCases).where(and(eq(discrepancyCases.organisationId, scope.organisationId), eq(discrepancyCases.id, caseId))).for('update');
  if (!row) throw new AppError('NOT_FOUND', 'No such case.');
  return row;
}

/** The count against the ledger, and the discrepancy cases it opens (SPEC.md §3.3 and §3.5). */
export const countRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  const view = (row: typeof discrepancyCases.$inferSelect, now: Date) => ({
    id: row.id,
    locationId: row.locationId,
    state: row.state,
    discoveredAt: row.discoveredAt.toISOString(),
    details: row.details,
    cause: row.cause,
    rationale: row.rationale,
    writtenNoticeBy: row.writtenNoticeBy?.toISOString() ?? null,
    form106By: row.form106By?.toISOString() ?? null,
    writtenNoticeSentAt: row.writtenNoticeSentAt?.toISOString() ?? null,
    form106FiledAt: row.form106FiledAt?.toISOString() ?? null,
    filings: row.filings,
    timers: row.writtenNoticeBy && row.form106By ? reportTimers({ deadlines: { writtenNoticeBy: row.writtenNoticeBy, form106By: row.form106By }, writtenNoticeSentAt: row.writtenNoticeSentAt, form106FiledAt: row.form106FiledAt, now }) : null,
  });

  app.post(
    '/controlled-substances/counts',
    {
      config: { access: { kind: 'action', action: 'stock.handle' } },
      schema: { tags: ['controlled-substances'], summary: 'Record a count (sealed containers present, open ones measured); any difference opens a discrepancy case', body: countBodySchema, response: { 201: z.object({ countId: z.uuid(), discrepancies: z.array(z.unknown()), caseId: z.uuid().nullable() }) } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const now = deps.now();
      const result = await db.transaction(async (tx) => {
        await requireCredentials(tx, scope, 'stock.handle', { userId: actor.userId, locationId: request.body.locationId, now });
        // The ledger's view, locked for the count so no entry lands halfway through the comparison.
        const ledger = await tx
          .select({ containerId: stockContainers.id, state: stockContainers.state, balanceMl: stockContainers.balanceMl, containerMl: controlledProducts.containerMl })
          .from(stockContainers)
          .innerJoin(stockLots, eq(stockLots.id, stockContainers.lotId))
          .innerJoin(controlledProducts, eq(controlledProducts.id, stockLots.productId))
          .where(and(eq(stockContainers.organisationId, scope.organisationId), eq(stockContainers.locationId, request.body.locationId), sql`${stockContainers.state} in ('sealed', 'in-use')`))
          .for('share', { of: stockContainers });
        let discrepancies;
        try {
          discrepancies = compareCount(request.body.lines, ledger.map((row) => ({ ...row, state: row.state as 'sealed' | 'in-use' })), { openToleranceMl: 0.1 });
        } catch (error) {
          throw new AppError('VALIDATION', error instanceof Error ? error.message : 'The count could not be read.', [{ in: 'body', pointer: '/lines', detail: 'Each container once' }]);
        }
        const [count] = await tx
          .insert(inventoryCounts)
          .values({ organisationId: scope.organisationId, locationId: request.body.locationId, countedByUserId: actor.userId, countedAt: now, kind: request.body.kind, timing: request.body.timing ?? null, lines: request.body.lines, discrepancies })
          .returning({ id: inventoryCounts.id });
        let caseId: string | null = null;
        if (discrepancies.length > 0) {
          const [opened] = await tx
            .insert(discrepancyCases)
            .values({ organisationId: scope.organisationId, locationId: request.body.locationId, countId: count!.id, state: 'open', discoveredAt: now, details: discrepancies, updatedAt: now })
            .returning({ id: discrepancyCases.id });
          caseId = opened!.id;
        }
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'stock.count', outcome: 'success', entity: { type: 'inventory-count', id: count!.id }, details: { kind: request.body.kind, discrepancies: discrepancies.length } }, now);
        return { countId: count!.id, discrepancies, caseId };
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/controlled-substances/cases',
    { config: { access: { kind: 'action', action: 'stock.read' } }, schema: { tags: ['controlled-substances'], summary: 'Discrepancy cases, newest first, with their reporting clocks', response: { 200: z.object({ cases: z.array(caseSchema) }) } } },
    async (request) => {
      const scope = scopeOf(request);
      const rows = await db.select().from(discrepancyCases).where(eq(discrepancyCases.organisationId, scope.organisationId)).orderBy(desc(discrepancyCases.discoveredAt));
      const now = deps.now();
      return { cases: rows.map((row) => view(row, now)) };
    },
  );

  app.post(
    '/controlled-substances/cases/:caseId/classify',
    {
      config: { access: { kind: 'action', action: 'stock.configure' } },
      schema: { tags: ['controlled-substances'], summary: 'Investigate, then close as not significant (with a rationale) or report as theft or significant loss (starting the DEA clocks)', params: z.object({ caseId: z.uuid() }), body: classifyBodySchema, response: { 200: caseSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      return db.transaction(async (tx) => {
        const row = await lockCase(tx, scope, request.params.caseId);
        let state = row.state;
        if (state === 'open' && request.body.kind === 'not-significant') {
          const started = startInvestigation(state);
          if (started.kind === 'ok') state = started.state;
        }
        const location = await findClinicLocation(tx, scope, row.locationId);
        const outcome = classify({ state, classification: request.body, discoveredAt: row.discoveredAt, timeZone: location?.timeZone ?? 'UTC' });
        if (outcome.kind === 'rejected') throw new AppError(outcome.code === 'RATIONALE_TOO_SHORT' ? 'VALIDATION' : 'CONFLICT', outcome.message, outcome.code === 'RATIONALE_TOO_SHORT' ? [{ in: 'body', pointer: '/rationale', detail: outcome.message }] : []);
        const change =
          outcome.kind === 'closed-not-significant'
            ? { state: outcome.state, rationale: outcome.rationale, updatedAt: now }
            : { state: outcome.state, cause: outcome.cause, writtenNoticeBy: outcome.deadlines.writtenNoticeBy, form106By: outcome.deadlines.form106By, updatedAt: now };
        const [updated] = await tx.update(discrepancyCases).set(change).where(eq(discrepancyCases.id, row.id)).returning();
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'stock.case.classify', outcome: 'success', entity: { type: 'discrepancy-case', id: row.id }, details: { classification: request.body.kind } }, now);
        return view(updated!, now);
      });
    },
  );

  app.get(
    '/controlled-substances/counts',
    {
      config: { access: { kind: 'action', action: 'stock.read' } },
      schema: { tags: ['controlled-substances'], summary: 'Counts and inventories, newest first', querystring: z.object({ locationId: z.uuid().optional() }), response: { 200: z.object({ counts: z.array(countSummarySchema) }) } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const rows = await db
        .select({
          id: inventoryCounts.id,
          locationId: inventoryCounts.locationId,
          kind: inventoryCounts.kind,
          timing: inventoryCounts.timing,
          countedAt: inventoryCounts.countedAt,
          countedBy: users.displayName,
          lines: sql<number>`jsonb_array_length(${inventoryCounts.lines})`.mapWith(Number),
          discrepancies: sql<number>`jsonb_array_length(${inventoryCounts.discrepancies})`.mapWith(Number),
        })
        .from(inventoryCounts)
        .innerJoin(users, eq(users.id, inventoryCounts.countedByUserId))
        .where(and(eq(inventoryCounts.organisationId, scope.organisationId), request.query.locationId ? eq(inventoryCounts.locationId, request.query.locationId) : undefined))
        .orderBy(desc(inventoryCounts.countedAt))
        .limit(200);
      return { counts: rows.map((row) => ({ ...row, countedAt: row.countedAt.toISOString() })) };
    },
  );

  app.post(
    '/controlled-substances/cases/:caseId/filings',
    {
      config: { access: { kind: 'action', action: 'stock.configure' } },
      schema: { tags: ['controlled-substances'], summary: 'Record the written notice sent to the DEA field office, or the Form 106 filed, for a reported case', params: z.object({ caseId: z.uuid() }), body: filingBodySchema, response: { 200: caseSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      return db.transaction(async (tx) => {
        const row = await lockCase(tx, scope, request.params.caseId);
        if (row.state !== 'reported') throw new AppError('CONFLICT', 'Only a case classified as theft or significant loss is reported to the DEA.');
        const at = new Date(request.body.at);
        if (at < row.discoveredAt || at > now) throw new AppError('VALIDATION', 'The date is before the discovery or in the future.', [{ in: 'body', pointer: '/at', detail: 'Between discovery and now' }]);
        const already = request.body.kind === 'written-notice' ? row.writtenNoticeSentAt : row.form106FiledAt;
        if (already) throw new AppError('CONFLICT', 'This filing is already recorded.');
        const change = request.body.kind === 'written-notice' ? { writtenNoticeSentAt: at } : { form106FiledAt: at };
        const filings = [...row.filings, { ...request.body, recordedAt: now.toISOString() }];
        const [updated] = await tx.update(discrepancyCases).set({ ...change, filings, updatedAt: now }).where(eq(discrepancyCases.id, row.id)).returning();
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: `stock.case.${request.body.kind}`, outcome: 'success', entity: { type: 'discrepancy-case', id: row.id }, details: { at: request.body.at } }, now);
        return view(updated!, now);
      });
    },
  );
};
