import { Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { useBreakGlassGrants } from './audit-queries';
import { BreakGlassGrantsTable } from './break-glass-grants-table';

/** Emergency accesses for administrators to review, newest first (the server lists the latest 200). */
export function BreakGlassGrants() {
  const grants = useBreakGlassGrants();
  const [now] = useState(() => new Date());
  return (
    <Stack>
      <Title order={3}>Emergency access</Title>
      <Text size="sm" c="dimmed">
        Records opened with emergency access (break-glass), with the reason given. Check each one was needed; every reading during the access is in the audit trail, marked Break-glass.
      </Text>
      {grants.isPending ? <Loader aria-label="Loading emergency accesses" /> : null}
      {grants.isError ? <ProblemAlert error={grants.error} title="The emergency accesses could not be loaded" /> : null}
      {grants.data ? grants.data.grants.length === 0 ? <Text>No one has used emergency access.</Text> : <BreakGlassGrantsTable grants={grants.data.grants} now={now} /> : null}
    </Stack>
  );
}
