import { Alert, Text } from '@mantine/core';

/** A used or expired link: say so plainly; the server does not say which, and the patient need not know. */
export function LinkUnavailable() {
  return (
    <Alert color="orange" title="This link no longer works" role="alert">
      <Text size="sm">The link has already been used or has expired. Please contact your clinic and ask for a new one.</Text>
    </Alert>
  );
}
