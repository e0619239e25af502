import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changedSettings } from '../../../domain/public-page/public-page-settings.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { readPublicPageSettings, writePublicPageSettings } from '../../../db/repos/public-page-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, scopeOf } from '../../plugins/request-auth.js';
import { publicPageSettingsSchema } from './public-page.schemas.js';

/** Whether the clinic publishes its public page, and what the page says about it (issue 8). */
export const publicPageSettingsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/public-page/settings',
    { config: { access: { kind: 'action', action: 'credential.manage' } }, schema: { tags: ['public-page'], summary: 'The public clinic page: whether it is published, and what it says', response: { 200: publicPageSettingsSchema } } },
    async (request) => readPublicPageSettings(db, scopeOf(request)),
  );

  app.put(
    '/public-page/settings',
    {
      config: { access: { kind: 'action', action: 'credential.manage' } },
      schema: { tags: ['public-page'], summary: 'Publish or withdraw the public clinic page and change what it says', body: publicPageSettingsSchema, response: { 200: publicPageSettingsSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const settings = request.body;
      await db.transaction(async (tx) => {
        const before = await readPublicPageSettings(tx, scope);
        await writePublicPageSettings(tx, scope, settings, now);
        await appendAuditEvent(
          tx,
          scope,
          {
            ...auditContext(request),
            action: 'public-page.settings',
            outcome: 'success',
            entity: { type: 'organisation', id: scope.organisationId },
            details: {
              changed: changedSettings(before, settings).join(',') || null,
              enabled: settings.enabled,
              treatmentsOffered: settings.treatmentsOffered.join(','),
              measurementMonths: settings.measurementMonths,
              introductionCharacters: settings.introduction.length,
              phone: settings.contact.phone ?? null,
              email: settings.contact.email ?? null,
              website: settings.contact.website ?? null,
            },
          },
          now,
        );
      });
      return readPublicPageSettings(db, scope);
    },
  );
};
