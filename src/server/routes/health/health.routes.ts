import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readCurrentMigration } from '../../../db/migrations.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { AppDeps } from '../../app-deps.js';
import { healthResponseSchema } from './health.schemas.js';

export const healthRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/health',
    {
      config: { access: { kind: 'public' } },
      schema: {
        summary: 'Liveness and readiness: the database answers and which migration it is on',
        tags: ['system'],
        response: { 200: healthResponseSchema },
      },
    },
    async () => {
      let migration: string | null;
      try {
        migration = await readCurrentMigration(deps.database.db, deps.journal);
      } catch (error) {
        app.log.error({ err: error }, 'health check could not reach the database');
        throw new AppError('SERVICE_UNAVAILABLE', 'The database is not answering.');
      }
      return { status: 'ok' as const, database: deps.database.kind, migration, version: deps.config.version };
    },
  );
};
