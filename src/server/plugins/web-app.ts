import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/shared/app-error.js';
import { buildProblem, sendProblem } from './problem.js';

/**
 * Serves the built React app. Paths without a file extension are the app's own routes (deep links), so they
 * get index.html and the app's router decides, including its 404 page. Hashed assets are cached for a year.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      setHeaders: (response, path) => {
        const immutable = path.startsWith(join(webRoot, 'assets'));
        response.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const isAppRoute = (request.method === 'GET' || request.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path);
    if (webRoot && isAppRoute) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(reply, buildProblem(new AppError('NOT_FOUND', `Nothing at ${request.method} ${path}.`), request));
  });
}
