import { createContext, useContext } from 'react';
import type { MeResponse } from '../../../server/routes/auth/auth.schemas';

/** Set by AuthenticatedLayout, so pages behind sign-in read the user without handling "nobody". */
export const SignedInUserContext = createContext<MeResponse | null>(null);

export function useSignedInUser(): MeResponse {
  const me = useContext(SignedInUserContext);
  if (!me) throw new Error('useSignedInUser is used outside AuthenticatedLayout');
  return me;
}
