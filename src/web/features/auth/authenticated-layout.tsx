import { Loader } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { SignedInUserContext } from './signed-in-user';
import { useMe } from './use-me';
import { useSession } from './use-session';

/** Everything behind sign-in renders inside this; when the server stops recognising the session, it ends here. */
export function AuthenticatedLayout() {
  const me = useMe();
  const session = useSession();
  useEffect(() => {
    if (me.data === null) void session.end('expired');
  }, [me.data, session]);

  if (me.isError) return <ProblemAlert error={me.error} title="Ketaclinic could not check who is signed in" />;
  if (!me.data) return <Loader aria-label="Checking your session" />;
  return (
    <SignedInUserContext value={me.data}>
      <Outlet />
    </SignedInUserContext>
  );
}
