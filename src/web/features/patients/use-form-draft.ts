import { useState } from 'react';
import { useSignedInUser } from '../auth/signed-in-user';
import { useSession } from '../auth/use-session';

/**
 * Form values that survive the form unmounting (the session ended, the user went elsewhere) until saved or
 * discarded: in memory only, for the same user, within this page load.
 */
export function useFormDraft<T>(formKey: string, initial: T) {
  const { drafts } = useSession();
  const key = `${useSignedInUser().user.id}:${formKey}`;
  const [restored, setRestored] = useState(() => drafts.get<T>(key) !== undefined);
  const [values, setValues] = useState<T>(() => drafts.get<T>(key) ?? initial);
  return {
    values,
    restored,
    change: (next: T) => {
      setValues(next);
      drafts.set(key, next);
    },
    discard: () => {
      drafts.delete(key);
      setValues(initial);
      setRestored(false);
    },
    forget: () => drafts.delete(key),
  };
}
