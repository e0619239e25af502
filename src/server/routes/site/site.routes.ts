import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { resolveSiteOrganisation } from './resolve-site-organisation.js';
import { siteResponseSchema } from './site.schemas.js';

export const siteRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/site',
    {
      config: { access: { kind: 'public' } },
      schema: {
        summary: "The clinic this installation serves: its name and locations (public, no patient data)",
        tags: ['clinic'],
        response: { 200: siteResponseSchema },
      },
    },
    async () => {
      const { db } = deps.database;
      const organisation = await resolveSiteOrganisation(db, deps.config.siteOrganisation);
      const locations = await listClinicLocations(db, { organisationId: organisation.id });
      return { organisation: { name: organisation.name, slug: organisation.slug }, locations };
    },
  );
};
