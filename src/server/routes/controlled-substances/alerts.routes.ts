import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { stockAlerts } from '../../../domain/ledger/stock-alerts.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { loadStockAlertInput } from '../../../db/repos/stock-alerts-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, scopeOf } from '../../plugins/request-auth.js';

const alertSchema = z.object({
  code: z.enum(['LOW_STOCK', 'LOT_EXPIRING', 'LOT_EXPIRED', 'COUNT_OVERDUE', 'INVENTORY_DUE', 'SESSION_UNRECONCILED', 'CASE_DEADLINE', 'PATIENT_SHIPMENT_UNUSED']),
  severity: z.enum(['warning', 'critical']),
  message: z.string(),
  locationId: z.uuid().nullable(),
  subject: z.object({ kind: z.enum(['session', 'case', 'container', 'location', 'product']), id: z.uuid() }).nullable(),
  dueAt: z.string().nullable(),
});

/** What the controlled-substance room must act on now, critical first. */
export const stockAlertRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/controlled-substances/alerts',
    {
      config: { access: { kind: 'action', action: 'stock.read' } },
      schema: { tags: ['controlled-substances'], summary: 'Low stock, expiring lots, overdue counts, unreconciled sessions, discrepancy deadlines, unused patient shipments', querystring: z.object({ locationId: z.uuid().optional() }), response: { 200: z.object({ alerts: z.array(alertSchema) }) } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const alerts = stockAlerts(await loadStockAlertInput(db, scope, now)).filter((alert) => !request.query.locationId || alert.locationId === null || alert.locationId === request.query.locationId);
      // Unreconciled sessions and patient shipments name patients: the read is audited.
      await appendAuditEvent(db, scope, { ...auditContext(request), action: 'stock.alerts.read', outcome: 'success', details: { alerts: alerts.length } }, now);
      return { alerts };
    },
  );
};
