import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildDispensingRecord } from '../../../domain/ledger/reports/dispensing-record.js';
import { buildInventoryReport } from '../../../domain/ledger/reports/inventory-report.js';
import { buildLedgerReport } from '../../../domain/ledger/reports/product-ledger-report.js';
import { toCsv } from '../../../domain/ledger/reports/report-csv.js';
import { checkReportPeriod, retentionYearsOf } from '../../../domain/ledger/reports/report-period.js';
import type { ControlledSubstanceReport } from '../../../domain/ledger/reports/report-types.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { findReportProduct, readInventoryCount, readOpeningMovements, readReportEntries, readReportLocations } from '../../../db/repos/ledger-report-repo.js';
import { readLedgerSettings } from '../../../db/repos/stock-repo.js';
import type { Database } from '../../../db/database.js';
import type { AppDeps } from '../../app-deps.js';
import { renderLedgerReportPdf } from '../../ledger-report/render-ledger-report-pdf.js';
import { auditContext, scopeOf } from '../../plugins/request-auth.js';

const date = z.iso.date({ error: 'A date as YYYY-MM-DD' });
const format = z.enum(['json', 'csv', 'pdf'], { error: 'One of json, csv, pdf' }).default('json');
type ReportFormat = z.infer<typeof format>;
const periodQuery = {
  /** First calendar day, inclusive, on the wall clock of the location holding the stock. */
  from: date,
  /** Last calendar day, inclusive. */
  to: date,
  locationId: z.uuid('Not a location id').optional(),
  format,
};

const reportSchema = z.object({
  kind: z.enum(['ledger', 'dispensing', 'inventory']),
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), header: z.string(), numeric: z.boolean().optional(), width: z.number().optional(), uniform: z.boolean().optional() })),
  rows: z.array(z.record(z.string(), z.string())),
  meta: z.object({
    generatedAt: z.string(),
    period: z.object({ from: z.string(), to: z.string() }).nullable(),
    registrants: z.array(z.object({ locationName: z.string(), address: z.string().nullable(), deaNumber: z.string().nullable() })),
    retainUntil: z.string(),
    retentionYears: z.number(),
    timeZone: z.string(),
    details: z.array(z.object({ label: z.string(), value: z.string() })),
  }),
  emptyText: z.string(),
  groups: z.object({ key: z.string(), sections: z.array(z.object({ value: z.string(), title: z.string() })) }).optional(),
});

/** About 20 s of rendering on 2 cores (the renderer yields between rows, so other requests carry on); more asks for CSV. */
const maxPdfRows = 20_000;

const formats = `format=json (default) answers the report object; csv an attachment (UTF-8 with a byte-order mark, see toCsv); pdf a printable landscape table (at most ${maxPdfRows} rows).`;

/**
 * The controlled-substance reports of issue 7, on demand and "readily retrievable" (21 CFR 1304.04(f)): the
 * ledger of one product over a period, the dispensing record of 21 CFR 1304.22(c), and one inventory or count.
 * Periods are calendar days, both ends inclusive, each location's own wall clock, at most the retention period
 * long (domain `checkReportPeriod`). The reports name patients and their addresses, so every one generated is
 * audited (`stock.report`) before it is sent. Staff limited to some locations see those locations' stock only.
 */
export const ledgerReportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  /** The period, checked against the retention setting; a bad one is a 400 naming the field. */
  async function periodFor(tx: Database, scope: AccessScope, query: { from: string; to: string }) {
    const { retentionYears } = await readLedgerSettings(tx, scope);
    const checked = checkReportPeriod(query.from, query.to, retentionYearsOf(retentionYears));
    if (checked.kind === 'invalid') throw new AppError('VALIDATION', `The period is not valid: ${checked.message}.`, [{ in: 'query', pointer: `/${checked.field}`, detail: checked.message }]);
    return { period: checked.period, retentionYears };
  }

  async function locationsFor(tx: Database, scope: AccessScope, locationId: string | undefined) {
    const locations = await readReportLocations(tx, scope, locationId);
    if (locationId && locations.length === 0) throw new AppError('VALIDATION', 'No such location.', [{ in: 'query', pointer: '/locationId', detail: 'Unknown location' }]);
    return locations;
  }

  /** Audits the report, then answers it in the format asked for. Rendering comes first, so a failed one is not audited as sent. */
  async function answer(request: FastifyRequest, reply: FastifyReply, report: ControlledSubstanceReport, options: { format: ReportFormat; filename: string; entity?: { type: string; id: string } }) {
    const scope = scopeOf(request);
    if (options.format === 'pdf' && report.rows.length > maxPdfRows)
      throw new AppError('VALIDATION', `The report has ${report.rows.length} rows; a PDF holds at most ${maxPdfRows}.`, [{ in: 'query', pointer: '/format', detail: `At most ${maxPdfRows} rows in a PDF: ask for csv, or a shorter period` }]);
    const body = options.format === 'pdf' ? Buffer.from(await renderLedgerReportPdf(report)) : options.format === 'csv' ? `\ufeff${toCsv(report)}` : null;
    const details = { report: report.kind, from: report.meta.period?.from ?? null, to: report.meta.period?.to ?? null, format: options.format, rows: report.rows.length };
    await appendAuditEvent(db, scope, { ...auditContext(request), action: 'stock.report', outcome: 'success', entity: options.entity ?? null, details }, deps.now());
    reply.header('cache-control', 'no-store');
    if (options.format === 'pdf') return reply.type('application/pdf').header('content-disposition', `inline; filename="${options.filename}.pdf"`).send(body);
    if (options.format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${options.filename}.csv"`).send(body);
    return reply.send(report);
  }

  app.get(
    '/controlled-substances/reports/ledger',
    {
      config: { access: { kind: 'action', action: 'stock.read' } },
      schema: {
        tags: ['controlled-substances'],
        summary: 'The ledger of one product over a period: every entry, the running balance and each entry’s hash',
        description: formats,
        querystring: z.object({ productId: z.uuid('Not a product id'), ...periodQuery }),
        response: { 200: reportSchema },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { query } = request;
      const { report, ndc } = await db.transaction(async (tx) => {
        const { period, retentionYears } = await periodFor(tx, scope, query);
        const product = await findReportProduct(tx, scope, query.productId);
        if (!product) throw new AppError('VALIDATION', 'No such product.', [{ in: 'query', pointer: '/productId', detail: 'Unknown product' }]);
        const locations = await locationsFor(tx, scope, query.locationId);
        const filter = { locationIds: locations.map((location) => location.id), productId: query.productId, from: period.from, toExclusive: period.toExclusive };
        const [opening, entries] = [await readOpeningMovements(tx, scope, filter), await readReportEntries(tx, scope, filter)];
        return { report: buildLedgerReport({ generatedAt: deps.now(), retentionYears, locations, product, period, opening, entries }), ndc: product.ndc };
      });
      return answer(request, reply, report, { format: query.format, filename: `ledger-${ndc}-${query.from}-to-${query.to}`, entity: { type: 'controlled-product', id: query.productId } });
    },
  );

  app.get(
    '/controlled-substances/reports/dispensing',
    {
      config: { access: { kind: 'action', action: 'stock.read' } },
      schema: {
        tags: ['controlled-substances'],
        summary: 'The dispensing record of 21 CFR 1304.22(c) over a period: receipts, administrations (patient name and address), disposals',
        description: formats,
        querystring: z.object(periodQuery),
        response: { 200: reportSchema },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { query } = request;
      const report = await db.transaction(async (tx) => {
        const { period, retentionYears } = await periodFor(tx, scope, query);
        const locations = await locationsFor(tx, scope, query.locationId);
        const entries = await readReportEntries(tx, scope, { locationIds: locations.map((location) => location.id), from: period.from, toExclusive: period.toExclusive });
        return buildDispensingRecord({ generatedAt: deps.now(), retentionYears, locations, period, entries });
      });
      return answer(request, reply, report, { format: query.format, filename: `dispensing-record-${query.from}-to-${query.to}` });
    },
  );

  app.get(
    '/controlled-substances/reports/inventory/:countId',
    {
      config: { access: { kind: 'action', action: 'stock.read' } },
      schema: {
        tags: ['controlled-substances'],
        summary: 'One inventory or count: kind, opening or close of business, date, location and DEA registration, each container counted against the ledger',
        description: formats,
        params: z.object({ countId: z.uuid('Not a count id') }),
        querystring: z.object({ format }),
        response: { 200: reportSchema },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const report = await db.transaction(async (tx) => {
        const found = await readInventoryCount(tx, scope, request.params.countId);
        if (!found) throw new AppError('NOT_FOUND', 'No such count.');
        const [{ retentionYears }, locations] = [await readLedgerSettings(tx, scope), await readReportLocations(tx, scope, found.count.locationId)];
        return buildInventoryReport({ generatedAt: deps.now(), retentionYears, locations, ...found });
      });
      return answer(request, reply, report, { format: request.query.format, filename: `inventory-${request.params.countId.slice(0, 8)}`, entity: { type: 'inventory-count', id: request.params.countId } });
    },
  );
};
