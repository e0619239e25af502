import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ledgerEntryInputSchema } from '../../../domain/ledger/ledger-entry.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { appendLedgerEntry, verifyLedger } from '../../../db/repos/ledger-repo.js';
import { createStockContainers, listStockContainers } from '../../../db/repos/stock-repo.js';
import { controlledProducts, ledgerEntries, stockLots } from '../../../db/schema/index.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { requireCredentials } from '../../plugins/require-credentials.js';
import { validateWith } from '../../plugins/validate-with.js';
import { deviceOf, requireStockLocation } from './stock-context.js';
import { ledgerRecordSchema, partySchema, productSchema, stockContainerSchema, witnessSchema } from './stock.schemas.js';
import { recordMovement } from './record-movement.js';

const productBodySchema = z
  .object({
    genericName: z.string().trim().min(1).max(200),
    ndc: z.string().regex(/^[0-9]{4,5}-[0-9]{3,4}-[0-9]{1,2}$/, 'An NDC such as 42023-0113-10'),
    strengthMgPerMl: z.number().positive().max(1000),
    containerMl: z.number().positive().max(1000),
    form: z.enum(['vial', 'nasal-device']),
    reorderAtContainers: z.number().int().min(0).max(1000).optional(),
  })
  .strict();

const receiptBodySchema = z
  .object({
    productId: z.uuid(),
    locationId: z.uuid(),
    lotNumber: z.string().trim().min(1).max(100),
    expiresOn: z.iso.date(),
    containers: z.number().int().min(1).max(200),
    storageId: z.uuid().optional(),
    /** Esketamine shipped by a specialty pharmacy for one patient. */
    reservedForPatientId: z.uuid().optional(),
    supplier: partySchema,
    invoiceNumber: z.string().trim().min(1).max(100),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

const entryBodySchema = z.object({ entry: z.record(z.string(), z.unknown()), witness: witnessSchema.optional(), witnesses: z.array(witnessSchema).length(2).optional() }).strict();

/** The controlled-substance ledger (SPEC.md §3): products, receipts into stock, and every movement out of it. */
export const controlledSubstanceRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/controlled-substances/products',
    { config: { access: { kind: 'action', action: 'stock.configure' } }, schema: { tags: ['controlled-substances'], summary: 'Add a product (name, NDC, strength, container size)', body: productBodySchema, response: { 201: z.object({ id: z.uuid() }) } } },
    async (request, reply) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const id = await db.transaction(async (tx) => {
        const [row] = await tx.insert(controlledProducts).values({ organisationId: scope.organisationId, ...request.body }).returning({ id: controlledProducts.id });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'stock.product.add', outcome: 'success', entity: { type: 'controlled-product', id: row!.id } }, now);
        return row!.id;
      });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/controlled-substances/products',
    { config: { access: { kind: 'action', action: 'stock.read' } }, schema: { tags: ['controlled-substances'], summary: 'The products the clinic stocks', response: { 200: z.object({ products: z.array(productSchema) }) } } },
    async (request) => {
      const scope = scopeOf(request);
      const products = await db.select().from(controlledProducts).where(eq(controlledProducts.organisationId, scope.organisationId)).orderBy(asc(controlledProducts.genericName));
      return { products: products.map(({ organisationId: _organisation, ...product }) => product) };
    },
  );

  app.get(
    '/controlled-substances/stock',
    {
      config: { access: { kind: 'action', action: 'stock.read' } },
      schema: { tags: ['controlled-substances'], summary: 'Every container with its balance (mg and mL) and state, open ones first, then by earliest expiry', querystring: z.object({ locationId: z.uuid().optional() }), response: { 200: z.object({ containers: z.array(stockContainerSchema) }) } },
    },
    async (request) => ({ containers: await listStockContainers(db, scopeOf(request), request.query.locationId ? { locationId: request.query.locationId } : {}) }),
  );

  app.post(
    '/controlled-substances/receipts',
    { config: { access: { kind: 'action', action: 'stock.handle' } }, schema: { tags: ['controlled-substances'], summary: 'Receive stock: the lot, its containers, and one receipt entry each (supplier, invoice)', body: receiptBodySchema, response: { 201: z.object({ containerIds: z.array(z.uuid()) }) } } },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const body = request.body;
      const now = deps.now();
      const containerIds = await db.transaction(async (tx) => {
        const [product] = await tx.select().from(controlledProducts).where(and(eq(controlledProducts.organisationId, scope.organisationId), eq(controlledProducts.id, body.productId)));
        if (!product) throw new AppError('VALIDATION', 'No such product.', [{ in: 'body', pointer: '/productId', detail: 'Unknown product' }]);
        await tx.insert(stockLots).values({ organisationId: scope.organisationId, productId: product.id, lotNumber: body.lotNumber, expiresOn: body.expiresOn }).onConflictDoNothing();
        const [lot] = await tx.select().from(stockLots).where(and(eq(stockLots.organisationId, scope.organisationId), eq(stockLots.productId, product.id), eq(stockLots.lotNumber, body.lotNumber)));
        if (lot!.expiresOn !== body.expiresOn) throw new AppError('VALIDATION', `Lot ${body.lotNumber} was received before with expiry ${lot!.expiresOn}.`, [{ in: 'body', pointer: '/expiresOn', detail: `Lot on record expires ${lot!.expiresOn}` }]);
        await requireStockLocation(tx, scope, body.locationId, body.storageId);
        await requireCredentials(tx, scope, 'stock.receive', { userId: actor.userId, locationId: body.locationId, now });
        const receivedAt = body.occurredAt ? new Date(body.occurredAt) : now;
        const ids = await createStockContainers(tx, scope, { lotId: lot!.id, locationId: body.locationId, storageId: body.storageId ?? null, count: body.containers, receivedAt, reservedForPatientId: body.reservedForPatientId ?? null, labelPrefix: `${product.ndc} lot ${body.lotNumber}` });
        for (const containerId of ids) {
          const entry = validateWith(
            ledgerEntryInputSchema,
            { kind: 'receipt', containerId, quantityMg: product.strengthMgPerMl * product.containerMl, quantityMl: product.containerMl, occurredAt: body.occurredAt ?? now.toISOString(), supplier: body.supplier, invoiceNumber: body.invoiceNumber, lotNumber: body.lotNumber, expiresOn: body.expiresOn },
            'body',
          );
          await appendLedgerEntry(tx, scope, entry, { authorUserId: actor.userId, witnessUserIds: [], device: deviceOf(request) }, now);
        }
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'stock.receive', outcome: 'success', details: { containers: body.containers, lot: body.lotNumber } }, now);
        return ids;
      });
      return reply.status(201).send({ containerIds });
    },
  );

  app.post(
    '/controlled-substances/entries',
    {
      config: { access: { kind: 'action', action: 'stock.handle' } },
      schema: { tags: ['controlled-substances'], summary: 'Record a movement (administration, waste with a witness who signs in, transfer, return, destruction with two witnesses, theft or loss, adjustment, correction)', body: entryBodySchema, response: { 201: ledgerRecordSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const now = deps.now();
      const record = await db.transaction(async (tx) => {
        const { sessionId, ...rest } = request.body.entry;
        // An administration names its session inside the entry; a waste may belong to one too.
        const raw = rest.kind === 'administration' ? request.body.entry : rest;
        const { stored, entry, patientId } = await recordMovement(
          tx,
          scope,
          { raw, witness: request.body.witness, witnesses: request.body.witnesses, sessionId: raw.kind === 'administration' ? null : typeof sessionId === 'string' ? sessionId : null, authorUserId: actor.userId, device: deviceOf(request), pointer: '/entry' },
          now,
        );
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: `ledger.${entry.kind}`, outcome: 'success', patientId, entity: { type: 'ledger-entry', id: stored.entryId }, details: { quantityMg: entry.quantityMg } }, now);
        return stored;
      });
      return reply.status(201).send({ entryId: record.entryId, seq: record.seq, kind: record.kind, containerId: record.containerId, quantityMg: record.quantityMg, quantityMl: record.quantityMl, occurredAt: record.occurredAt, hash: record.hash });
    },
  );

  app.get(
    '/controlled-substances/ledger',
    {
      config: { access: { kind: 'action', action: 'stock.read' } },
      schema: { tags: ['controlled-substances'], summary: 'Ledger entries, newest first, for a container or a session', querystring: z.object({ containerId: z.uuid().optional(), sessionId: z.uuid().optional() }), response: { 200: z.object({ entries: z.array(ledgerRecordSchema) }) } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const rows = await db
        .select()
        .from(ledgerEntries)
        .where(and(eq(ledgerEntries.organisationId, scope.organisationId), request.query.containerId ? eq(ledgerEntries.containerId, request.query.containerId) : undefined, request.query.sessionId ? eq(ledgerEntries.sessionId, request.query.sessionId) : undefined))
        .orderBy(sql`${ledgerEntries.seq} desc`)
        .limit(500);
      return { entries: rows.map((row) => ({ entryId: row.id, seq: row.seq, kind: row.kind, containerId: row.containerId, quantityMg: row.quantityMg, quantityMl: row.quantityMl, occurredAt: row.occurredAt.toISOString(), hash: row.hash })) };
    },
  );

  app.get(
    '/controlled-substances/ledger/verify',
    { config: { access: { kind: 'action', action: 'audit.read' } }, schema: { tags: ['controlled-substances'], summary: 'Re-compute the ledger hash chain', response: { 200: z.object({ ok: z.boolean(), count: z.number().optional(), brokenAtSeq: z.number().optional(), reason: z.string().optional() }) } } },
    async (request) => {
      const scope = scopeOf(request);
      const { chain, balanceMismatches } = await verifyLedger(db, scope);
      if (!chain.ok) return { ok: false, brokenAtSeq: chain.brokenAtSeq, reason: chain.reason };
      if (balanceMismatches.length > 0) return { ok: false, reason: `${balanceMismatches.length} container balance(s) differ from their entries` };
      return { ok: true, count: chain.count };
    },
  );
};
