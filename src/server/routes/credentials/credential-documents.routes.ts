import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { credentialDocumentTypes, type CredentialDocumentType, isPlainFileName, matchesDocumentType, maxCredentialDocumentBytes, sniffDocumentType } from '../../../domain/credentials/document-signature.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { findCredentialDocument, insertCredentialDocument } from '../../../db/repos/credentials-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { credentialOrThrow } from './credential-view.js';
import { credentialIdParamsSchema, documentSummarySchema } from './credentials.schemas.js';
import { requireSelfOrManager } from './credential-access.js';

const fileNameQuerySchema = z.object({ fileName: z.string().trim().min(1).max(200).refine(isPlainFileName, 'A file name without slashes or control characters') });

/** `attachment` with the name in plain ASCII for old clients and in full (RFC 6266 §4.3, RFC 8187) for the rest. */
function attachmentDisposition(fileName: string): string {
  const ascii = [...fileName].map((character) => (/^[\x20-\x7e]$/.test(character) && character !== '"' && character !== '\\' ? character : '_')).join('');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The scans and PDFs behind a credential. The raw-body parser for PDF, PNG and JPEG is registered in this plugin
 * only, so no other route accepts those types; the content must start as its declared type does.
 */
export const credentialDocumentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  app.addContentTypeParser([...credentialDocumentTypes], { parseAs: 'buffer', bodyLimit: maxCredentialDocumentBytes }, (_request, body, done) => done(null, body));

  app.put(
    '/credentials/:credentialId/documents',
    {
      config: { access: { kind: 'action', action: 'credential.manage' } },
      schema: {
        tags: ['credentials'],
        summary: 'Attach a document: the raw body as application/pdf, image/png or image/jpeg, at most 5 MiB',
        params: credentialIdParamsSchema,
        querystring: fileNameQuerySchema,
        response: { 201: documentSummarySchema },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const now = deps.now();
      const declared = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() as CredentialDocumentType;
      const content = request.body;
      if (!Buffer.isBuffer(content) || !(credentialDocumentTypes as readonly string[]).includes(declared)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the document as application/pdf, image/png or image/jpeg.', [{ in: 'headers', pointer: '/content-type', detail: `One of ${credentialDocumentTypes.join(', ')}` }]);
      }
      if (!matchesDocumentType(declared, content)) {
        const actual = sniffDocumentType(content);
        throw new AppError('VALIDATION', `The content is not ${declared}${actual ? ` (it is ${actual})` : ''}.`, [{ in: 'body', pointer: '', detail: `Does not start as ${declared} does` }]);
      }
      const document = await db.transaction(async (tx) => {
        const credential = await credentialOrThrow(tx, scope, request.params.credentialId);
        const sha256 = createHash('sha256').update(content).digest('hex');
        const stored = await insertCredentialDocument(tx, scope, { credentialId: credential.id, fileName: request.query.fileName, mediaType: declared, content, sha256, uploadedByUserId: actor.userId }, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'credential.document.upload', outcome: 'success', entity: { type: 'credential-document', id: stored.id }, details: { credentialId: credential.id, mediaType: declared, sizeBytes: content.length, sha256 } }, now);
        return stored;
      });
      return reply.status(201).send({ id: document.id, fileName: document.fileName, mediaType: document.mediaType, sizeBytes: document.sizeBytes, uploadedAt: document.uploadedAt.toISOString() });
    },
  );

  app.get(
    '/credentials/documents/:documentId',
    {
      config: { access: { kind: 'signed-in' } },
      schema: { tags: ['credentials'], summary: 'Download a credential document (its owner, or with credential.manage)', params: z.object({ documentId: z.uuid() }) },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const document = await findCredentialDocument(db, scope, request.params.documentId);
      if (!document) throw new AppError('NOT_FOUND', 'No such document.');
      await requireSelfOrManager(db, request, document.ownerUserId, 'credential.document.download', now);
      await appendAuditEvent(db, scope, { ...auditContext(request), action: 'credential.document.download', outcome: 'success', entity: { type: 'credential-document', id: document.id }, details: { credentialId: document.credentialId } }, now);
      return reply
        .header('content-type', document.mediaType)
        .header('content-disposition', attachmentDisposition(document.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(document.content);
    },
  );
};
