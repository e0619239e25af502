import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { consentDocumentContentSchema } from '../../../domain/consent/consent-document.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { countersignConsent, findConsentDocument, insertConsentSignature, listCurrentConsentDocuments, publishConsentDocument, revokeConsent } from '../../../db/repos/consent-repo.js';
import { patientExists } from '../../../db/repos/patients-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { validateWith } from '../../plugins/validate-with.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';
import { consentDocumentSchema, consentIdParamsSchema, patientConsentsResponseSchema, revokeConsentBodySchema, signConsentBodySchema } from './consent.schemas.js';
import { readPatientConsents } from './patient-consents.js';

/** Informed consent: versioned documents per kind of treatment, signed by the patient, countersigned by a clinician, revocable. */
export const consentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/consent-documents',
    {
      config: { access: { kind: 'action', action: 'consent.read' } },
      schema: { tags: ['consent'], summary: 'The current version of each consent document', response: { 200: z.object({ documents: z.array(consentDocumentSchema) }) } },
    },
    async (request) => ({ documents: await db.transaction((tx) => listCurrentConsentDocuments(tx, scopeOf(request), deps.now())) }),
  );

  app.post(
    '/consent-documents',
    {
      config: { access: { kind: 'action', action: 'consent.publish' } },
      schema: { tags: ['consent'], summary: 'Publish a new version of a consent document; patients then consent again', body: z.unknown(), response: { 201: z.object({ id: z.uuid(), version: z.number().int() }) } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const content = validateWith(consentDocumentContentSchema, request.body, 'body');
      const now = deps.now();
      const published = await db.transaction(async (tx) => {
        const written = await publishConsentDocument(tx, scope, content, actor.userId, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'consent-document.publish', outcome: 'success', entity: { type: 'consent-document', id: written.id }, details: { kind: content.kind, version: written.version } }, now);
        return written;
      });
      return reply.status(201).send(published);
    },
  );

  app.get(
    '/patients/:patientId/consents',
    {
      config: { access: { kind: 'action', action: 'consent.read' } },
      schema: { tags: ['consent'], summary: "The patient's consent standing per kind of treatment, and every signature", params: patientIdParamsSchema, response: { 200: patientConsentsResponseSchema } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { patientId } = request.params;
      const now = deps.now();
      return db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'consent.read', outcome: 'success', patientId }, now);
        return readPatientConsents(tx, scope, patientId, now);
      });
    },
  );

  app.post(
    '/patients/:patientId/consents',
    {
      config: { access: { kind: 'action', action: 'consent.sign' } },
      schema: { tags: ['consent'], summary: 'The patient signs the current version of a consent document (typed name and drawn signature)', params: patientIdParamsSchema, body: signConsentBodySchema, response: { 201: patientConsentsResponseSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId } = request.params;
      const now = deps.now();
      const consents = await db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        const document = await findConsentDocument(tx, scope, request.body.documentId);
        if (!document) throw new AppError('VALIDATION', 'No such consent document.', [{ in: 'body', pointer: '/documentId', detail: 'Unknown document' }]);
        const current = (await listCurrentConsentDocuments(tx, scope, now)).find((candidate) => candidate.kind === document.kind)!;
        if (current.id !== document.id) {
          throw new AppError('CONFLICT', `Version ${current.version} of this document replaced version ${document.version}; read and sign the new version.`, [{ in: 'body', pointer: '/documentId', detail: `Not the current version (${current.version})` }]);
        }
        const signedVia = actor.kind === 'patient' ? 'portal' : 'in-clinic';
        const id = await insertConsentSignature(tx, scope, { patientId, document, typedName: request.body.typedName, signatureImage: request.body.signatureImage, signedVia, collectedByUserId: actor.userId }, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'consent.sign', outcome: 'success', patientId, entity: { type: 'consent-signature', id }, details: { kind: document.kind, version: document.version, hash: document.contentHash, signedVia } }, now);
        return readPatientConsents(tx, scope, patientId, now);
      });
      return reply.status(201).send(consents);
    },
  );

  app.post(
    '/patients/:patientId/consents/:consentId/countersign',
    {
      config: { access: { kind: 'action', action: 'consent.countersign' } },
      schema: { tags: ['consent'], summary: 'A clinician countersigns the patient’s consent', params: consentIdParamsSchema, response: { 200: patientConsentsResponseSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId, consentId } = request.params;
      const now = deps.now();
      return db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        if (!(await countersignConsent(tx, scope, patientId, consentId, actor.userId, now))) throw new AppError('CONFLICT', 'This consent is unknown, already countersigned or revoked.');
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'consent.countersign', outcome: 'success', patientId, entity: { type: 'consent-signature', id: consentId } }, now);
        return readPatientConsents(tx, scope, patientId, now);
      });
    },
  );

  app.post(
    '/patients/:patientId/consents/:consentId/revoke',
    {
      config: { access: { kind: 'action', action: 'consent.revoke' } },
      schema: { tags: ['consent'], summary: 'Revoke a consent (the patient may, at any time); treatment on it stops', params: consentIdParamsSchema, body: revokeConsentBodySchema, response: { 200: patientConsentsResponseSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const { patientId, consentId } = request.params;
      const now = deps.now();
      return db.transaction(async (tx) => {
        if (!(await patientExists(tx, scope, patientId))) throw new AppError('NOT_FOUND', 'No such patient.');
        if (!(await revokeConsent(tx, scope, patientId, consentId, actor.userId, request.body.reason, now))) throw new AppError('CONFLICT', 'This consent is unknown or already revoked.');
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'consent.revoke', outcome: 'success', patientId, entity: { type: 'consent-signature', id: consentId }, reason: request.body.reason }, now);
        return readPatientConsents(tx, scope, patientId, now);
      });
    },
  );
};
