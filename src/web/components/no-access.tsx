import { Alert } from '@mantine/core';

/** For a screen the signed-in user's role does not include; the server would refuse the data anyway. */
export function NoAccess() {
  return (
    <Alert color="gray" title="Not available to you">
      Your role does not include this screen. If you need it, ask your clinic&apos;s administrator.
    </Alert>
  );
}
