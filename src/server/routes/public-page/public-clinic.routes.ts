import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../domain/shared/app-error.js';
import type { AppDeps } from '../../app-deps.js';
import { loadPublicClinicDocument } from './load-public-clinic.js';
import { publicClinicDocumentSchema, publicClinicParamsSchema, publicPageCacheControl, publicPageRateLimit } from './public-page.schemas.js';

/** The public clinic page as JSON, for directories (no sign-in; 404 when the clinic has none or switched it off). */
export const publicClinicRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/public/clinics/:slug',
    {
      config: { access: { kind: 'public' }, rateLimit: publicPageRateLimit },
      schema: {
        tags: ['public-page'],
        summary: "A clinic's public page, machine-readable (schema version 1)",
        description:
          'The same content as the HTML page at /clinics/{slug}: the clinic and its locations, clinicians with their publicly listed licences and certifications, the treatments offered, information on ketamine therapy with its sources, and the clinic’s aggregate outcomes with 95% Wilson score intervals. Figures resting on fewer patients than outcomes.method.minimumPatients are "suppressed". Fields are only ever added within a schema version. Cached for 5 minutes; answers 404 when the clinic does not exist or its page is switched off.',
        params: publicClinicParamsSchema,
        response: { 200: publicClinicDocumentSchema },
      },
    },
    async (request, reply) => {
      const document = await loadPublicClinicDocument(deps.database.db, request.params.slug, deps.now());
      if (!document) throw new AppError('NOT_FOUND', 'There is no public page for this clinic.');
      // Anyone may read it, from any site: it holds nothing private and no credentials are involved.
      reply.header('cache-control', publicPageCacheControl).header('access-control-allow-origin', '*');
      return document;
    },
  );
};
