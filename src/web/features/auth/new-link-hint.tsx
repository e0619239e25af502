import { Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { AccountLinkPurpose } from '../../api/client';

/** What to do when a link from an e-mail cannot be used: a new reset link, or for an invitation, a new invitation. */
export function NewLinkHint({ purpose }: { purpose: AccountLinkPurpose }) {
  const resetLink = (
    <Anchor component={Link} to="/forgot-password">
      {purpose === 'invitation' ? 'reset your password' : 'Ask for a new reset link'}
    </Anchor>
  );
  if (purpose === 'password-reset') return <Text size="sm">{resetLink}.</Text>;
  return (
    <Text size="sm">
      If you already chose a password, {resetLink} instead. Otherwise ask your clinic&apos;s administrator to invite you again.
    </Text>
  );
}
