import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api, isUnauthenticated } from '../../api/client';
import { useSession } from './use-session';

export function SignOutButton() {
  const session = useSession();
  const signOut = useMutation({
    meta: { signInFlow: true },
    mutationFn: async () => {
      try {
        await api.signOut();
      } catch (error) {
        // Already signed out on the server (session expired): leaving is still right.
        if (!isUnauthenticated(error)) throw error;
      }
      await session.end('signed-out');
    },
  });
  return (
    <Button variant="default" size="xs" onClick={() => signOut.mutate()} loading={signOut.isPending} color={signOut.isError ? 'red' : undefined} title={signOut.isError ? signOut.error.message : undefined}>
      {signOut.isError ? 'Sign out (try again)' : 'Sign out'}
    </Button>
  );
}
