import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { homePathFor } from './permissions';
import { meQueryOptions } from './use-me';
import { useSession } from './use-session';

/** After the last sign-in step: learn who signed in, then go where they were headed, or to their usual screen. */
export function useFinishSignIn(redirect: string | undefined) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const session = useSession();
  return useMutation({
    meta: { signInFlow: true },
    mutationFn: async () => {
      queryClient.removeQueries({ queryKey: ['mfa-enrolment'] });
      const me = await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
      if (!me) throw new Error('You signed in, but this browser did not keep the session. Check that cookies are allowed for this site, then try again.');
      session.notice.sessionEnded = false;
      session.notice.passwordSet = false;
      await navigate({ href: redirect ?? homePathFor(me), replace: true });
    },
  });
}
