import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { buildRemsMonitoringForm, remsFormDueBy, remsFormUrgency } from '../../../domain/rems-form/build-monitoring-form.js';
import { remsMonitoringFormDefinition } from '../../../domain/rems-form/monitoring-form-definition.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { findOrganisationById } from '../../../db/repos/organisations-repo.js';
import { patientLocationCondition } from '../../../db/repos/patients-repo.js';
import { patients, remsFormSubmissions, sessionDeviceAdministrations, treatmentSessions } from '../../../db/schema/index.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { renderRemsMonitoringFormPdf } from '../../rems-form/render-monitoring-form-pdf.js';
import { loadSessionContext } from '../sessions/session-context.js';
import { sessionIdParamsSchema } from '../sessions/sessions.schemas.js';
import { remsSessionFacts } from './rems-session-facts.js';

const formResponseSchema = z.object({
  sessionId: z.uuid(),
  definition: z.object({ id: z.string(), version: z.string() }),
  values: z.record(z.string(), z.unknown()),
  missing: z.array(z.object({ fieldId: z.string(), label: z.string() })),
  warnings: z.array(z.unknown()),
  complete: z.boolean(),
  dueBy: z.string().nullable(),
  urgency: z.enum(['ok', 'due-soon', 'overdue']).nullable(),
  submittedAt: z.string().nullable(),
});

/** The Spravato REMS Patient Monitoring Form: built from the charted session, printable, tracked until submitted. */
export const remsFormRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  async function buildForSession(request: Parameters<typeof readScopeOf>[0], sessionId: string) {
    const scope = readScopeOf(request);
    return db.transaction(async (tx) => {
      const context = await loadSessionContext(tx, scope, sessionId);
      if (context.session.route !== 'intranasal-esketamine') throw new AppError('NOT_FOUND', 'The REMS monitoring form is for esketamine sessions.');
      const form = buildRemsMonitoringForm(await remsSessionFacts(tx, scope, context));
      const [submission] = await tx
        .select({ submittedAt: remsFormSubmissions.submittedAt })
        .from(remsFormSubmissions)
        .where(and(eq(remsFormSubmissions.organisationId, scope.organisationId), eq(remsFormSubmissions.sessionId, sessionId)));
      const firstDevice = context.chart.devices[0]?.administeredAt ?? null;
      const dueBy = firstDevice ? remsFormDueBy(firstDevice) : null;
      await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'rems-form.read', outcome: 'success', patientId: context.session.patientId, entity: { type: 'treatment-session', id: sessionId } }, deps.now());
      const organisation = await findOrganisationById(tx, scope.organisationId);
      return { form, dueBy, submittedAt: submission?.submittedAt ?? null, clinicName: organisation?.name ?? '' };
    });
  }

  app.get(
    '/sessions/:sessionId/rems-form',
    { config: { access: { kind: 'action', action: 'session.read' } }, schema: { tags: ['rems'], summary: 'The REMS Patient Monitoring Form built from the session: values, what is missing, the deadline', params: sessionIdParamsSchema, response: { 200: formResponseSchema } } },
    async (request) => {
      const { form, dueBy, submittedAt } = await buildForSession(request, request.params.sessionId);
      return {
        sessionId: request.params.sessionId,
        definition: form.definition,
        values: form.values,
        missing: form.missing,
        warnings: form.warnings,
        complete: form.complete,
        dueBy: dueBy?.toISOString() ?? null,
        urgency: dueBy && !submittedAt ? remsFormUrgency(dueBy, deps.now()) : null,
        submittedAt: submittedAt?.toISOString() ?? null,
      };
    },
  );

  app.get(
    '/sessions/:sessionId/rems-form.pdf',
    { config: { access: { kind: 'action', action: 'session.read' } }, schema: { tags: ['rems'], summary: 'The REMS Patient Monitoring Form as a printable PDF', params: sessionIdParamsSchema } },
    async (request, reply) => {
      const { form, clinicName } = await buildForSession(request, request.params.sessionId);
      const pdf = await renderRemsMonitoringFormPdf(form, remsMonitoringFormDefinition, { generatedAt: deps.now(), clinicName });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="rems-monitoring-${request.params.sessionId}.pdf"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(pdf));
    },
  );

  app.post(
    '/sessions/:sessionId/rems-form/submission',
    {
      config: { access: { kind: 'action', action: 'session.chart' } },
      schema: { tags: ['rems'], summary: 'Record that the form was submitted to the REMS (only a complete form)', params: sessionIdParamsSchema, body: z.object({ confirmation: z.string().trim().max(100).optional() }).strict(), response: { 201: z.null() } },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const scope = scopeOf(request);
      const { form } = await buildForSession(request, request.params.sessionId);
      if (!form.complete) throw new AppError('CONFLICT', `The form is missing: ${form.missing.map((field) => field.label).join('; ')}.`, [], { missing: form.missing });
      const now = deps.now();
      await db.transaction(async (tx) => {
        await tx
          .insert(remsFormSubmissions)
          .values({ organisationId: scope.organisationId, sessionId: request.params.sessionId, formVersion: form.definition.version, submittedByUserId: actor.userId, submittedAt: now, confirmation: request.body.confirmation ?? null });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'rems-form.submit', outcome: 'success', entity: { type: 'treatment-session', id: request.params.sessionId } }, now);
      });
      return reply.status(201).send(null);
    },
  );

  app.get(
    '/rems-forms',
    {
      config: { access: { kind: 'action', action: 'session.read' } },
      schema: {
        tags: ['rems'],
        summary: 'Esketamine sessions whose monitoring form is not yet submitted, with the 7-day deadline',
        response: { 200: z.object({ forms: z.array(z.object({ sessionId: z.uuid(), patientName: z.string(), firstDeviceAt: z.string(), dueBy: z.string(), urgency: z.enum(['ok', 'due-soon', 'overdue']) })) }) },
      },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const now = deps.now();
      const rows = await db
        .select({ sessionId: treatmentSessions.id, givenName: patients.givenName, familyName: patients.familyName, firstDeviceAt: sql<Date>`min(${sessionDeviceAdministrations.administeredAt})`.mapWith((value: string | Date) => new Date(value)) })
        .from(treatmentSessions)
        .innerJoin(patients, eq(patients.id, treatmentSessions.patientId))
        .innerJoin(sessionDeviceAdministrations, and(eq(sessionDeviceAdministrations.organisationId, treatmentSessions.organisationId), eq(sessionDeviceAdministrations.sessionId, treatmentSessions.id)))
        .leftJoin(remsFormSubmissions, and(eq(remsFormSubmissions.organisationId, treatmentSessions.organisationId), eq(remsFormSubmissions.sessionId, treatmentSessions.id)))
        .where(and(eq(treatmentSessions.organisationId, scope.organisationId), eq(treatmentSessions.route, 'intranasal-esketamine'), isNotNull(treatmentSessions.dosingStartedAt), sql`${remsFormSubmissions.id} is null`, patientLocationCondition(scope)))
        .groupBy(treatmentSessions.id, patients.givenName, patients.familyName);
      const forms = rows
        .map((row) => {
          const dueBy = remsFormDueBy(row.firstDeviceAt);
          return { sessionId: row.sessionId, patientName: `${row.givenName} ${row.familyName}`, firstDeviceAt: row.firstDeviceAt.toISOString(), dueBy: dueBy.toISOString(), urgency: remsFormUrgency(dueBy, now) };
        })
        .sort((a, b) => a.dueBy.localeCompare(b.dueBy));
      return { forms };
    },
  );
};
