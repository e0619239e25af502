import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toCsv } from '../../../domain/shared/csv.js';
import { appendAuditEvent, searchAuditEvents } from '../../../db/repos/audit-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth } from '../../plugins/request-auth.js';
import { type AuditQuery, auditCsvQuerySchema, auditQuerySchema, auditReportSchema } from './audit.schemas.js';

const csvColumns = ['seq', 'occurredAt', 'actorUserId', 'actorRole', 'action', 'entityType', 'entityId', 'patientId', 'requestId', 'sourceIp', 'outcome', 'breakGlass', 'reason'] as const;

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  /** Runs the report and records that it was read (or exported), with the filters used, in one transaction. */
  function runReport(request: FastifyRequest, query: AuditQuery, action: 'audit.read' | 'audit.export') {
    const { actor } = requireAuth(request);
    const scope = { organisationId: actor.organisationId };
    return db.transaction(async (tx) => {
      const found = await searchAuditEvents(tx, scope, {
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        patientId: query.patientId,
        actorUserId: query.userId,
        action: query.action,
        sort: query.sort,
        order: query.order,
        limit: query.limit,
        offset: query.offset,
      });
      await appendAuditEvent(
        tx,
        scope,
        { ...auditContext(request), action, outcome: 'success', patientId: query.patientId ?? null, details: { results: found.entries.length, sort: query.sort } },
        deps.now(),
      );
      return found;
    });
  }

  app.get(
    '/audit',
    {
      config: { access: { kind: 'action', action: 'audit.read' } },
      schema: { tags: ['audit'], summary: 'The audit report: filter by time, patient, user and action; sort by any field', querystring: auditQuerySchema, response: { 200: auditReportSchema } },
    },
    async (request) => ({ ...(await runReport(request, request.query, 'audit.read')), limit: request.query.limit, offset: request.query.offset }),
  );

  app.get(
    '/audit/csv',
    {
      config: { access: { kind: 'action', action: 'audit.read' } },
      schema: { tags: ['audit'], summary: 'The same report as CSV, for a spreadsheet (up to 50,000 entries)', querystring: auditCsvQuerySchema },
    },
    async (request, reply) => {
      const { entries } = await runReport(request, request.query, 'audit.export');
      const csv = toCsv(csvColumns, entries.map((entry) => csvColumns.map((column) => entry[column])));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="audit-report.csv"').send(csv);
    },
  );
};
