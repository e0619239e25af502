import type { QueryClient } from '@tanstack/react-query';
import { redirect, type ParsedLocation } from '@tanstack/react-router';
import { meQueryOptions } from './use-me';

/** Route guard: anyone not signed in goes to /sign-in, with a way back to where they were headed. */
export async function requireSignIn({ context, location }: { context: { queryClient: QueryClient }; location: ParsedLocation }) {
  const me = await context.queryClient.ensureQueryData(meQueryOptions);
  if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href === '/' ? undefined : location.href } });
}
