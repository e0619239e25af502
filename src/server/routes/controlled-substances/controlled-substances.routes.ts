import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isValidDeaNumber, ledgerEntryInputSchema, quantityMismatch, witnessProblem } from '../../../domain/ledger/ledger-entry.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { appendLedgerEntry, verifyLedger } from '../../../db/repos/ledger-repo.js';
import { findSession } from '../../../db/repos/treatment-sessions-repo.js';
import { controlledProducts, ledgerEntries, stockContainers, stockLots } from '../../../db/schema/index.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { validateWith } from '../../plugins/validate-with.js';
import { confirmWitness } from './witness-sign-in.js';

const deaNumber = z.string().trim().toUpperCase().refine(isValidDeaNumber, 'Not a valid DEA registration number (two letters, seven digits, check digit)');
const party = z.object({ name: z.string().trim().min(1).max(200), address: z.string().trim().min(1).max(500), deaNumber }).strict();
const witnessSchema = z.object({ email: z.string().trim().max(254), password: z.string().max(200), code: z.string().trim().max(10).optional() }).strict();

const productBodySchema = z
  .object({
    genericName: z.string().trim().min(1).max(200),
    ndc: z.string().regex(/^[0-9]{4,5}-[0-9]{3,4}-[0-9]{1,2}$/, 'An NDC such as 42023-0113-10'),
    strengthMgPerMl: z.number().positive().max(1000),
    containerMl: z.number().positive().max(1000),
    form: z.enum(['vial', 'nasal-device']),
  })
  .strict();

const receiptBodySchema = z
  .object({
    productId: z.uuid(),
    locationId: z.uuid(),
    lotNumber: z.string().trim().min(1).max(100),
    expiresOn: z.iso.date(),
    containers: z.number().int().min(1).max(200),
    supplier: party,
    invoiceNumber: z.string().trim().min(1).max(100),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

const entryBodySchema = z.object({ entry: z.record(z.string(), z.unknown()), witness: witnessSchema.optional(), witnesses: z.array(witnessSchema).length(2).optional() }).strict();

const recordSchema = z.object({ entryId: z.uuid(), seq: z.number(), kind: z.string(), containerId: z.uuid(), quantityMg: z.number(), quantityMl: z.number(), occurredAt: z.string(), hash: z.string() });

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
    '/controlled-substances/stock',
    {
      config: { access: { kind: 'action', action: 'stock.read' } },
      schema: {
        tags: ['controlled-substances'],
        summary: 'Every container with its balance (mg and mL) and state',
        querystring: z.object({ locationId: z.uuid().optional() }),
        response: { 200: z.object({ containers: z.array(z.object({ id: z.uuid(), label: z.string(), state: z.string(), balanceMg: z.number(), balanceMl: z.number(), productName: z.string(), ndc: z.string(), strengthMgPerMl: z.number(), lotNumber: z.string(), expiresOn: z.string(), locationId: z.uuid() })) }) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const containers = await db
        .select({
          id: stockContainers.id,
          label: stockContainers.label,
          state: stockContainers.state,
          balanceMg: stockContainers.balanceMg,
          balanceMl: stockContainers.balanceMl,
          productName: controlledProducts.genericName,
          ndc: controlledProducts.ndc,
          strengthMgPerMl: controlledProducts.strengthMgPerMl,
          lotNumber: stockLots.lotNumber,
          expiresOn: stockLots.expiresOn,
          locationId: stockContainers.locationId,
        })
        .from(stockContainers)
        .innerJoin(stockLots, eq(stockLots.id, stockContainers.lotId))
        .innerJoin(controlledProducts, eq(controlledProducts.id, stockLots.productId))
        .where(and(eq(stockContainers.organisationId, scope.organisationId), request.query.locationId ? eq(stockContainers.locationId, request.query.locationId) : undefined))
        .orderBy(asc(stockContainers.label));
      return { containers };
    },
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
        const [{ count } = { count: 0 }] = await tx.select({ count: sql<number>`count(*)::int` }).from(stockContainers).where(and(eq(stockContainers.organisationId, scope.organisationId), eq(stockContainers.lotId, lot!.id)));
        const ids: string[] = [];
        for (let index = 1; index <= body.containers; index += 1) {
          const [container] = await tx
            .insert(stockContainers)
            .values({ organisationId: scope.organisationId, lotId: lot!.id, locationId: body.locationId, label: `${product.ndc} lot ${body.lotNumber} #${count + index}`, state: 'sealed', balanceMg: 0, balanceMl: 0 })
            .returning({ id: stockContainers.id });
          const entry = validateWith(
            ledgerEntryInputSchema,
            { kind: 'receipt', containerId: container!.id, quantityMg: product.strengthMgPerMl * product.containerMl, quantityMl: product.containerMl, occurredAt: body.occurredAt ?? now.toISOString(), supplier: body.supplier, invoiceNumber: body.invoiceNumber, lotNumber: body.lotNumber, expiresOn: body.expiresOn },
            'body',
          );
          await appendLedgerEntry(tx, scope, entry, { authorUserId: actor.userId, witnessUserIds: [] }, now);
          ids.push(container!.id);
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
      schema: { tags: ['controlled-substances'], summary: 'Record a movement (administration, waste with a witness who signs in, transfer, return, destruction with two witnesses, theft or loss, adjustment, correction)', body: entryBodySchema, response: { 201: recordSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const now = deps.now();
      const record = await db.transaction(async (tx) => {
        const raw: Record<string, unknown> = { occurredAt: now.toISOString(), ...request.body.entry };
        const witnessIds: string[] = [];
        if (raw.kind === 'waste') {
          if (!request.body.witness) throw new AppError('VALIDATION', 'Waste needs a witness who signs in now.', [{ in: 'body', pointer: '/witness', detail: 'Required for waste' }]);
          witnessIds.push(await confirmWitness(tx, scope, request.body.witness, actor.userId, now));
          raw.witnessUserId = witnessIds[0];
        }
        if (raw.kind === 'destruction') {
          if (!request.body.witnesses) throw new AppError('VALIDATION', 'Destruction needs two witnesses who sign in now.', [{ in: 'body', pointer: '/witnesses', detail: 'Two required' }]);
          for (const witness of request.body.witnesses) witnessIds.push(await confirmWitness(tx, scope, witness, actor.userId, now));
          raw.witnessUserIds = witnessIds;
        }
        const entry = validateWith(ledgerEntryInputSchema, raw, 'body', '/entry');
        const problem = witnessProblem(entry.kind, actor.userId, witnessIds);
        if (problem) throw new AppError('VALIDATION', problem, [{ in: 'body', pointer: '/witness', detail: problem }]);
        const [product] = await tx
          .select({ strength: controlledProducts.strengthMgPerMl })
          .from(stockContainers)
          .innerJoin(stockLots, eq(stockLots.id, stockContainers.lotId))
          .innerJoin(controlledProducts, eq(controlledProducts.id, stockLots.productId))
          .where(and(eq(stockContainers.organisationId, scope.organisationId), eq(stockContainers.id, entry.containerId)));
        if (!product) throw new AppError('VALIDATION', 'No such container.', [{ in: 'body', pointer: '/entry/containerId', detail: 'Unknown container' }]);
        const mismatch = quantityMismatch(entry.quantityMg, entry.quantityMl, product.strength);
        if (mismatch) throw new AppError('VALIDATION', mismatch, [{ in: 'body', pointer: '/entry/quantityMl', detail: mismatch }]);
        let sessionId: string | null = null;
        let patientId: string | null = null;
        if (entry.kind === 'administration') {
          const session = await findSession(tx, scope, entry.sessionId);
          if (!session || session.patientId !== entry.patientId) throw new AppError('VALIDATION', 'No such session for this patient.', [{ in: 'body', pointer: '/entry/sessionId', detail: 'Unknown session' }]);
          sessionId = session.id;
          patientId = session.patientId;
        }
        if (entry.kind === 'waste' && typeof request.body.entry.sessionId === 'string') sessionId = request.body.entry.sessionId;
        const stored = await appendLedgerEntry(tx, scope, entry, { authorUserId: actor.userId, witnessUserIds: witnessIds, sessionId, patientId, correctsEntryId: entry.kind === 'correction' ? entry.correctsEntryId : null }, now);
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
      schema: { tags: ['controlled-substances'], summary: 'Ledger entries, newest first, for a container or a session', querystring: z.object({ containerId: z.uuid().optional(), sessionId: z.uuid().optional() }), response: { 200: z.object({ entries: z.array(recordSchema) }) } },
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
