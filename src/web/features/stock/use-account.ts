import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import type { AccountParse } from './account-values';
import { stockApi } from './stock-api';
import { stockKeys } from './stock-queries';
import type { AccountBody, SessionDraw } from './stock-types';

/**
 * Posting a session's account, and its errors: the form's own and the server's, keyed alike by field path
 * ("administrations.1.containerId", "waste.quantityMg", "witness").
 */
export function useAccount(draw: SessionDraw) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const account = useMutation({
    mutationFn: (body: AccountBody) => stockApi.account(draw.sessionId, body),
    onSuccess: (after) => {
      queryClient.setQueryData(stockKeys.draw(draw.sessionId), after);
      void queryClient.invalidateQueries({ queryKey: stockKeys.all, predicate: (query) => query.queryKey[1] !== 'draw' });
    },
  });
  const fromServer = serverFieldErrors(account.error);
  const all: Record<string, string> = { ...fromServer, ...errors };
  /** The message for a field; with `within`, also any message for a field under it ("waste" takes "waste.quantityMl"). */
  const errorOf = (key: string, { within = false } = {}): string | undefined =>
    all[key] ?? (within ? Object.entries(all).find(([field]) => field.startsWith(`${key}.`))?.[1] : undefined);
  const send = (parsed: AccountParse) => {
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    account.reset();
    if (parsed.kind === 'valid') account.mutate(parsed.body);
  };
  return { account, errorOf, send };
}
