import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.js';
import { renderNotFoundPage, renderPublicClinicPage } from '../../public-page/render-public-clinic-page.js';
import { loadPublicClinicDocument, publicJsonPath } from './load-public-clinic.js';
import { publicClinicParamsSchema, publicPageCacheControl, publicPageRateLimit } from './public-page.schemas.js';

/**
 * The public clinic page as server-rendered HTML at /clinics/:slug, outside /api and ahead of the web app's
 * deep-link fallback (a registered route always wins over the not-found handler that serves index.html).
 */
export const publicClinicPageRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/clinics/:slug',
    { config: { access: { kind: 'public' }, rateLimit: publicPageRateLimit }, schema: { hide: true, params: publicClinicParamsSchema } },
    async (request, reply) => {
      const document = await loadPublicClinicDocument(deps.database.db, request.params.slug, deps.now());
      reply.type('text/html; charset=utf-8');
      if (!document) return reply.code(404).header('cache-control', 'no-cache').send(renderNotFoundPage());
      return reply.header('cache-control', publicPageCacheControl).send(renderPublicClinicPage(document, publicJsonPath(document.clinic.slug)));
    },
  );
};
