import { vi } from 'vitest';

export interface MockReply {
  status: number;
  body?: unknown;
}
export interface MockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}
export type MockHandler = MockReply | ((request: MockRequest) => MockReply);
/** Keyed by "METHOD /path" (no query string); change entries mid-test to change what the server answers. */
export type MockRoutes = Record<string, MockHandler>;

export const problem = (status: number, code: string, detail: string, errors?: { in: string; pointer: string; detail: string }[]): MockReply => ({
  status,
  body: { type: 'about:blank', title: code, status, detail, instance: '/api', code, requestId: 'req-1', ...(errors ? { errors } : {}) },
});

export const signedOut = problem(401, 'UNAUTHENTICATED', 'Sign in to continue.');

/** Stubs `fetch` with a fake API; answers 404 for anything not listed. Returns the routes and every request made. */
export function serveApi(routes: MockRoutes) {
  const requests: MockRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://localhost');
      const request: MockRequest = { method: init?.method ?? 'GET', path: url.pathname, query: url.searchParams, body: init?.body ? JSON.parse(String(init.body)) : undefined };
      requests.push(request);
      const handler = routes[`${request.method} ${request.path}`] ?? problem(404, 'NOT_FOUND', 'nothing here');
      const reply = typeof handler === 'function' ? handler(request) : handler;
      const contentType = reply.status >= 400 ? 'application/problem+json' : 'application/json';
      return new Response(reply.status === 204 ? null : JSON.stringify(reply.body ?? {}), { status: reply.status, headers: { 'content-type': contentType } });
    }),
  );
  return { routes, requests, sent: (method: string, path: string) => requests.filter((request) => request.method === method && request.path === path) };
}
