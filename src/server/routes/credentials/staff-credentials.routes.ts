import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type CredentialFields, credentialInputSchema, credentialUpdateSchema, normaliseCredential } from '../../../domain/credentials/credential-input.js';
import { dayAfter, expiryBand, expiryHorizonDays, verificationDue, verificationLeadDays } from '../../../domain/credentials/expiry-band.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { insertCredential, insertVerification, listCredentialsNeedingAttention, listHandlerGrantsOfUser, listUserCredentials, updateCredential } from '../../../db/repos/credentials-repo.js';
import { findClinicLocation, type OrganisationScope } from '../../../db/repos/organisations-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { requireSelfOrManager, staffMemberOrThrow } from './credential-access.js';
import { credentialOrThrow, credentialView, credentialViews } from './credential-view.js';
import { credentialIdParamsSchema, credentialViewSchema, expiringSchema, staffCredentialsSchema, userIdParamsSchema, verificationBodySchema } from './credentials.schemas.js';

const dayMs = 24 * 60 * 60 * 1000;

async function requireKnownLocation(db: Database, scope: OrganisationScope, input: CredentialFields): Promise<void> {
  if (input.locationId && !(await findClinicLocation(db, scope, input.locationId))) throw new AppError('VALIDATION', 'No such location.', [{ in: 'body', pointer: '/locationId', detail: 'Unknown location' }]);
}

/** Staff credentials (issue 8): each staff member's licences, certifications and training, their verification, and what expires soon. */
export const staffCredentialRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/staff/:userId/credentials',
    {
      config: { access: { kind: 'signed-in' } },
      schema: { tags: ['credentials'], summary: "A staff member's credentials and the DEA registrations they may handle stock under (themself, or with credential.manage)", params: userIdParamsSchema, response: { 200: staffCredentialsSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const user = await staffMemberOrThrow(db, scope, request.params.userId);
      await requireSelfOrManager(db, request, user.id, 'credential.read', now);
      return db.transaction(async (tx) => {
        const credentials = await credentialViews(tx, scope, await listUserCredentials(tx, scope, user.id), now);
        const grants = await listHandlerGrantsOfUser(tx, scope, user.id);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'credential.read', outcome: 'success', entity: { type: 'staff-user', id: user.id } }, now);
        return {
          user: { id: user.id, displayName: user.displayName, roles: user.roles },
          credentials,
          handlerOf: grants.map((grant) => ({ ...grant, grantedAt: grant.grantedAt.toISOString() })),
        };
      });
    },
  );

  app.post(
    '/staff/:userId/credentials',
    {
      config: { access: { kind: 'action', action: 'credential.manage' } },
      schema: { tags: ['credentials'], summary: 'Record a licence, NPI, DEA registration, board or life-support certification, or training', params: userIdParamsSchema, body: credentialInputSchema, response: { 201: credentialViewSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const view = await db.transaction(async (tx) => {
        const user = await staffMemberOrThrow(tx, scope, request.params.userId);
        await requireKnownLocation(tx, scope, request.body);
        const id = await insertCredential(tx, scope, { userId: user.id, ...normaliseCredential(request.body) }, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'credential.create', outcome: 'success', entity: { type: 'staff-credential', id }, details: { userId: user.id, kind: request.body.kind, type: request.body.type } }, now);
        return credentialView(tx, scope, id, now);
      });
      return reply.status(201).send(view);
    },
  );

  app.put(
    '/credentials/:credentialId',
    {
      config: { access: { kind: 'action', action: 'credential.manage' } },
      schema: { tags: ['credentials'], summary: 'Change a credential (renewal, status); a stale revision is a 409', params: credentialIdParamsSchema, body: credentialUpdateSchema, response: { 200: credentialViewSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const { revision, ...fields } = request.body;
      return db.transaction(async (tx) => {
        const current = await credentialOrThrow(tx, scope, request.params.credentialId);
        await requireKnownLocation(tx, scope, fields);
        if (!(await updateCredential(tx, scope, { credentialId: current.id, revision, changes: normaliseCredential(fields) }, now))) {
          const latest = await credentialOrThrow(tx, scope, current.id);
          throw new AppError('CONFLICT', 'Someone else changed this credential since you opened it. Reload to see their changes.', [{ in: 'body', pointer: '/revision', detail: `The credential is at revision ${latest.revision}` }]);
        }
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'credential.update', outcome: 'success', entity: { type: 'staff-credential', id: current.id }, details: { userId: current.userId, kind: fields.kind, status: fields.status, revision: revision + 1 } }, now);
        return credentialView(tx, scope, current.id, now);
      });
    },
  );

  app.post(
    '/credentials/:credentialId/verifications',
    {
      config: { access: { kind: 'action', action: 'credential.manage' } },
      schema: { tags: ['credentials'], summary: 'Record a verification: how and where it was checked, the outcome, and when it is due again', params: credentialIdParamsSchema, body: verificationBodySchema, response: { 201: credentialViewSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { actor } = requireAuth(request);
      const now = deps.now();
      const body = request.body;
      if (body.nextDueOn <= dayAfter(now, 0)) throw new AppError('VALIDATION', 'The next verification is due after today.', [{ in: 'body', pointer: '/nextDueOn', detail: 'A day after today' }]);
      const view = await db.transaction(async (tx) => {
        const credential = await credentialOrThrow(tx, scope, request.params.credentialId);
        await insertVerification(tx, scope, { credentialId: credential.id, verifiedByUserId: actor.userId, method: body.method, source: body.source, outcome: body.outcome, nextDueOn: body.nextDueOn, note: body.note ?? null }, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'credential.verify', outcome: 'success', entity: { type: 'staff-credential', id: credential.id }, details: { userId: credential.userId, method: body.method, outcome: body.outcome } }, now);
        return credentialView(tx, scope, credential.id, now);
      });
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/credentials/expiring',
    {
      config: { access: { kind: 'action', action: 'credential.manage' } },
      schema: { tags: ['credentials'], summary: 'Active credentials expired or expiring within 90 days, and verifications due within 30 days, soonest first', response: { 200: expiringSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      return db.transaction(async (tx) => {
        const rows = await listCredentialsNeedingAttention(tx, scope, { expiresBy: new Date(now.getTime() + expiryHorizonDays * dayMs), verificationDueBy: dayAfter(now, verificationLeadDays) });
        const views = await credentialViews(tx, scope, rows.map((row) => row.credential), now);
        const items = rows.map((row, index) => {
          const credential = views[index]!;
          const band = expiryBand(row.credential.expiresAt, now);
          const due = verificationDue(credential.lastVerification?.nextDueOn ?? null, now);
          // The sooner of what brought it here: its expiry, or the day its verification is due.
          const soonest = Math.min(band ? row.credential.expiresAt!.getTime() : Infinity, due ? Date.parse(`${credential.lastVerification!.nextDueOn}T00:00:00Z`) : Infinity);
          return { item: { credential, user: row.user, band, verificationDue: due }, soonest };
        });
        items.sort((a, b) => a.soonest - b.soonest || a.item.credential.id.localeCompare(b.item.credential.id));
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'credential.expiring.read', outcome: 'success', details: { items: items.length } }, now);
        return { items: items.map(({ item }) => item) };
      });
    },
  );
};
