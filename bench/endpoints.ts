/**
 * The hot paths measured by `npm run bench`; each capability adds its own. `health` (one trivial query) is
 * the baseline every other endpoint is compared with; `not-found` is the HTTP stack with no database at all.
 */
export const endpoints = [
  { name: 'health', path: '/api/health', expectStatus: 200 },
  { name: 'not-found (no database)', path: '/api/bench-no-such-route', expectStatus: 404 },
  { name: 'site', path: '/api/site', expectStatus: 200 },
] as const;
