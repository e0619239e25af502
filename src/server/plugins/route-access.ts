import type { RouteOptions } from 'fastify';
import type { Action } from '../../domain/access/permissions.js';

/**
 * Every API route declares who may call it; the app refuses to build otherwise (deny by default).
 * - `public`: anyone (health, the clinic's name, sign-in).
 * - `signed-in`: any fully signed-in user (their own profile, sign-out).
 * - `second-factor`: a session between password and second factor, or any signed-in user (MFA enrolment).
 * - `action`: a signed-in user whose roles permit the action (`authorize`).
 */
export type RouteAccess = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'second-factor' } | { kind: 'action'; action: Action };

export interface ApiRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every API route with its declared access: what the access-matrix test walks. */
    apiRoutes: ApiRoute[];
  }
}

/** Deny by default: an API route that does not declare its access is refused when the app is built. */
export function collectApiRoute(inventory: ApiRoute[], route: RouteOptions): void {
  if (!route.url.startsWith('/api/')) return;
  const config = route.config as { access?: RouteAccess } | undefined;
  if (!config?.access) {
    throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access; every API route must.`);
  }
  for (const method of [route.method].flat()) {
    if (method !== 'HEAD') inventory.push({ method, url: route.url, access: config.access });
  }
}
