import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import type { AccountLinkPurpose } from '../../api/client';
import { readLinkToken } from './link-token';
import { NewLinkHint } from './new-link-hint';
import { SetPasswordForm } from './set-password-form';

const headings: Record<AccountLinkPurpose, string> = { invitation: 'Choose your password', 'password-reset': 'Choose a new password' };
const introductions: Record<AccountLinkPurpose, string> = {
  invitation: 'Your clinic invited you to Ketaclinic. Choose a password to finish setting up your account.',
  'password-reset': 'Choose a new password for your account. Every session of your account ends, so you sign in again everywhere.',
};

/** Where the links in invitation and password-reset e-mails lead; open to everyone, the token is the proof. */
export function SetPasswordPage({ purpose }: { purpose: AccountLinkPurpose }) {
  const hash = useRouterState({ select: (state) => state.location.hash });
  // Read once: the form keeps working even if something later changes the address bar.
  const [token] = useState(() => readLinkToken(hash));
  return (
    <Paper maw={480} mx="auto" mt="lg" p="lg" withBorder>
      <Stack>
        <Title order={2}>{headings[purpose]}</Title>
        {token ? (
          <>
            <Text>{introductions[purpose]}</Text>
            <SetPasswordForm purpose={purpose} token={token} />
          </>
        ) : (
          <Alert color="red" role="alert" title="This link is incomplete">
            <Stack gap="xs">
              <Text size="sm">Open the link from the e-mail again, or copy the whole address into the browser.</Text>
              <NewLinkHint purpose={purpose} />
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
