import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { RouterHistory } from '@tanstack/react-router';
import { ApiProblem, isUnauthenticated } from './api/client';
import { createDraftStore } from './features/auth/draft-store';
import type { SessionEnd, SessionServices } from './features/auth/session-services';
import { createAppRouter } from './router';

declare module '@tanstack/react-query' {
  interface Register {
    /** `signInFlow`: a 401 from this call means wrong credentials or code, not an ended session. */
    mutationMeta: { signInFlow?: boolean; publicLink?: boolean };
    /** `publicLink`: a call made without a session (the self-report link), so a 401 ends no session. */
    queryMeta: { publicLink?: boolean };
  }
}

// The server's answer is final (retrying a 404 or a 503 "not set up" changes nothing); a dropped connection is not.
const retryNetworkFailures = (failureCount: number, error: unknown) => !(error instanceof ApiProblem) && failureCount < 2;

/**
 * One query cache, router and session per app instance (no module-level singletons). A 401 from any call
 * outside the sign-in steps means the server ended the session (idle or absolute limit, signed out elsewhere,
 * account disabled): the cache is cleared, since it holds patient data, and the user is sent to sign in again.
 */
export function createAppState(history?: RouterHistory) {
  const drafts = createDraftStore();
  const notice = { sessionEnded: false, passwordSet: false };
  let leaving = false;

  const end = async (reason: SessionEnd) => {
    const location = router.state.location;
    if (leaving || location.pathname === '/sign-in') return;
    leaving = true;
    try {
      notice.sessionEnded = reason === 'expired';
      if (reason === 'signed-out') drafts.clear();
      queryClient.clear();
      await router.navigate({ to: '/sign-in', search: { redirect: reason === 'expired' ? location.href : undefined } });
    } finally {
      leaving = false;
    }
  };
  const session: SessionServices = { drafts, notice, end };

  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => void (isUnauthenticated(error) && !query.meta?.publicLink && end('expired')) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => void (isUnauthenticated(error) && !mutation.meta?.signInFlow && !mutation.meta?.publicLink && end('expired')),
    }),
    defaultOptions: { queries: { retry: retryNetworkFailures } },
  });
  const router = createAppRouter({ queryClient, session }, history);
  return { queryClient, router };
}
