import { Alert, Paper, Stack } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { readLinkToken } from '../auth/link-token';
import { SelfReportLink } from './self-report-link';

/**
 * Where a self-report link sent to a patient leads ("/r#token=…"), open without signing in: the token in the
 * fragment is the proof, and the fragment never reaches a server log or a Referer header.
 */
export function SelfReportLinkPage() {
  const hash = useRouterState({ select: (state) => state.location.hash });
  // Read once: the questionnaires keep working even if something later changes the address bar.
  const [token] = useState(() => readLinkToken(hash));
  return (
    <Paper maw={560} mx="auto" mt={{ base: 0, sm: 'lg' }} p={{ base: 'sm', sm: 'lg' }} withBorder>
      <Stack>
        {token ? (
          <SelfReportLink token={token} />
        ) : (
          <Alert color="red" role="alert" title="This link is incomplete">
            Open the link from your message again, or copy the whole address into the browser. If it still does not work, contact your clinic.
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
