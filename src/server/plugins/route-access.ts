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

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export function assertRouteDeclaresAccess(route: RouteOptions): void {
  if (!route.url.startsWith('/api/')) return;
  const config = route.config as { access?: RouteAccess } | undefined;
  if (!config?.access) {
    throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access; every API route must.`);
  }
}
