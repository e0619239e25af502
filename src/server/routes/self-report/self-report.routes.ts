import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { generateSecretToken, hashSecretToken } from '../../../domain/auth/secret-tokens.js';
import { findInstrument } from '../../../domain/instruments/registry.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { enqueueEmail } from '../../../db/repos/outbox-repo.js';
import { findOrganisationById } from '../../../db/repos/organisations-repo.js';
import { findPatientChart } from '../../../db/repos/patients-repo.js';
import { findUsableLink, insertSelfReportLink, markInstrumentSubmitted, saveDraft, type SelfReportLink } from '../../../db/repos/self-report-links-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { deliverOutbox } from '../../outbox/deliver-outbox.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { scoreOrRefuse, storeAssessment } from '../assessments/record-assessment.js';
import {
  createLinkBodySchema,
  createLinkParamsSchema,
  createLinkResponseSchema,
  draftBodySchema,
  openLinkBodySchema,
  openLinkResponseSchema,
  submitBodySchema,
  submitResponseSchema,
} from './self-report.schemas.js';

// Unauthenticated, so tight: a patient answers a few questionnaires, a guesser gets nowhere (256-bit tokens).
const linkRateLimit = { max: 60, timeWindow: '1 minute' };
const linkGone = () => new AppError('NOT_FOUND', 'This link does not work any more: it was used up or it expired. Please contact your clinic for a new one.');

/** Questionnaires by link, without a password: single-use, expiring, every use audited; answers saved as the patient goes. */
export const selfReportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/patients/:patientId/self-report-links',
    {
      config: { access: { kind: 'action', action: 'assessment.record' } },
      schema: {
        tags: ['assessments'],
        summary: 'Send the patient a link to answer questionnaires without a password',
        params: createLinkParamsSchema,
        body: createLinkBodySchema,
        response: { 201: createLinkResponseSchema },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId } = request.params;
      const { instrumentIds, validHours, send } = request.body;
      instrumentIds.forEach((id, index) => {
        const instrument = findInstrument(id);
        if (!instrument || instrument.rater !== 'self') {
          throw new AppError('VALIDATION', 'Only self-rated questionnaires can be sent to a patient.', [{ in: 'body', pointer: `/instrumentIds/${index}`, detail: instrument ? 'Rated by a clinician' : 'Unknown instrument' }]);
        }
      });
      const now = deps.now();
      const token = generateSecretToken();
      const expiresAt = new Date(now.getTime() + validHours * 3_600_000);
      const url = `${deps.config.publicUrl}/r#token=${token}`;
      const sentTo = await db.transaction(async (tx) => {
        const chart = await findPatientChart(tx, scope, patientId);
        if (!chart) throw new AppError('NOT_FOUND', 'No such patient.');
        const linkId = await insertSelfReportLink(tx, scope, { patientId, tokenHash: hashSecretToken(token), instrumentIds: [...new Set(instrumentIds)], createdByUserId: actor.userId, createdAt: now, expiresAt });
        const email = send === 'email' ? chart.demographics.email : null;
        if (send === 'email' && !email) throw new AppError('CONFLICT', 'The record has no e-mail address: record one, or give the link by hand (send "none").');
        if (email) {
          // The message names no condition and no questionnaire: only that the clinic asks for answers.
          await enqueueEmail(tx, scope, { recipient: email, subject: 'Questions from your clinic', body: `Hello ${chart.givenName},\n\nYour clinic asks you to answer a few short questions before your next visit:\n${url}\n\nThe link works until ${expiresAt.toUTCString()}.\n` }, now);
        }
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'self-report.link-created', outcome: 'success', entity: { type: 'self-report-link', id: linkId }, patientId, details: { instruments: instrumentIds.join(','), sent: Boolean(email) } }, now);
        return email ?? null;
      });
      if (sentTo) await deliverOutbox(db, deps.mailer, deps.now, request.log);
      return reply.status(201).send({ url, expiresAt: expiresAt.toISOString(), sentTo });
    },
  );

  /** The usable link behind a token, or 404; every use is audited in the caller's transaction. */
  async function useLink(tx: Database, token: string, forUpdate: boolean): Promise<SelfReportLink> {
    const link = await findUsableLink(tx, hashSecretToken(token), deps.now(), { forUpdate });
    if (!link) throw linkGone();
    return link;
  }
  const linkAudit = (link: SelfReportLink, requestId: string, sourceIp: string, action: string, details: Record<string, string | boolean> = {}) =>
    ({ action, outcome: 'success' as const, patientId: link.patientId, entity: { type: 'self-report-link', id: link.id }, requestId, sourceIp, details: { via: 'self-report-link', ...details } });

  app.post(
    '/self-report/open',
    { config: { access: { kind: 'public' }, rateLimit: linkRateLimit }, schema: { tags: ['assessments'], summary: 'Open a questionnaire link', body: openLinkBodySchema, response: { 200: openLinkResponseSchema } } },
    async (request) =>
      db.transaction(async (tx) => {
        const link = await useLink(tx, request.body.token, false);
        const organisation = await findOrganisationById(tx, link.organisationId);
        await appendAuditEvent(tx, { organisationId: link.organisationId }, linkAudit(link, request.id, request.ip, 'self-report.opened'), deps.now());
        return {
          clinicName: organisation?.name ?? '',
          instruments: link.instrumentIds.map((id) => ({ id, completed: link.completedInstrumentIds.includes(id) })),
          drafts: link.drafts,
        };
      }),
  );

  function instrumentOnLink(link: SelfReportLink, instrumentId: string) {
    if (!link.instrumentIds.includes(instrumentId)) throw new AppError('VALIDATION', 'This questionnaire is not on the link.', [{ in: 'body', pointer: '/instrumentId', detail: 'Not on this link' }]);
    if (link.completedInstrumentIds.includes(instrumentId)) throw new AppError('CONFLICT', 'This questionnaire was already sent.');
    return findInstrument(instrumentId)!;
  }

  app.put(
    '/self-report/draft',
    { config: { access: { kind: 'public' }, rateLimit: { max: 300, timeWindow: '1 minute' } }, schema: { tags: ['assessments'], summary: 'Save answers so far', body: draftBodySchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await db.transaction(async (tx) => {
        const link = await useLink(tx, request.body.token, true);
        const instrument = instrumentOnLink(link, request.body.instrumentId);
        for (const [key, value] of Object.entries(request.body.answers)) {
          const item = instrument.items.find((candidate) => candidate.key === key);
          if (!item || !item.allowedValues.includes(value)) {
            throw new AppError('VALIDATION', `${instrument.id}: item "${key}" is unknown or the value is not allowed.`, [{ in: 'body', pointer: `/answers/${key}`, detail: 'Not an answer to this questionnaire' }]);
          }
        }
        await saveDraft(tx, link.id, instrument.id, request.body.answers);
        await appendAuditEvent(tx, { organisationId: link.organisationId }, linkAudit(link, request.id, request.ip, 'self-report.draft-saved', { instrument: instrument.id }), deps.now());
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/self-report/submit',
    { config: { access: { kind: 'public' }, rateLimit: linkRateLimit }, schema: { tags: ['assessments'], summary: 'Send one finished questionnaire', body: submitBodySchema, response: { 200: submitResponseSchema } } },
    async (request) =>
      db.transaction(async (tx) => {
        const link = await useLink(tx, request.body.token, true);
        const instrument = instrumentOnLink(link, request.body.instrumentId);
        const scored = scoreOrRefuse(instrument.id, request.body.answers);
        const now = deps.now();
        const scope = { organisationId: link.organisationId };
        const recorded = await storeAssessment(tx, scope, {
          patientId: link.patientId,
          scored,
          purpose: 'routine',
          enteredBy: 'patient',
          enteredByUserId: null,
          completedAt: now,
          now,
          audit: { actor: null, requestId: request.id, sourceIp: request.ip },
        });
        const linkCompleted = await markInstrumentSubmitted(tx, link, instrument.id, now);
        await appendAuditEvent(tx, scope, linkAudit(link, request.id, request.ip, 'self-report.submitted', { instrument: instrument.id, linkCompleted }), now);
        return { result: recorded.result, safety: recorded.safety, linkCompleted };
      }),
  );
};
