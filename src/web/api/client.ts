import type { HealthResponse } from '../../server/routes/health/health.schemas';
import type { SiteResponse } from '../../server/routes/site/site.schemas';

/** An API failure as the server describes it (RFC 9457 problem details). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly requestId: string | undefined,
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { code?: string; detail?: string; requestId?: string };
    throw new ApiProblem(response.status, problem.code ?? 'UNKNOWN', problem.detail ?? `The server answered ${response.status}.`, problem.requestId);
  }
  return (await response.json()) as T;
}

export const api = {
  site: () => getJson<SiteResponse>('/api/site'),
  health: () => getJson<HealthResponse>('/api/health'),
};
