import type { RouteOptions } from 'fastify';

/**
 * Every API route declares who may call it. Identity and permissions arrive with accounts; until then the
 * only kind is `public`, for what any visitor may see (health, the clinic's name and addresses).
 */
export type RouteAccess = { kind: 'public' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/** Deny by default: a route that does not declare its access is refused when the app is built. */
export function assertRouteDeclaresAccess(route: RouteOptions): void {
  if (!route.url.startsWith('/api/')) return;
  const config = route.config as { access?: RouteAccess } | undefined;
  if (!config?.access) {
    throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access; every API route must.`);
  }
}
