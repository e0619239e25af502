import { Stack, Title } from '@mantine/core';
import { NoAccess } from '../../components/no-access';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { AuditTrail } from './audit-trail';
import { BreakGlassGrants } from './break-glass-grants';

/** Who did what to which record, when, and with what outcome (ONC 170.315(d)(3)); and the emergency accesses to review. */
export function AuditPage() {
  const me = useSignedInUser();
  if (!can(me, 'audit.read')) return <NoAccess />;
  return (
    <Stack>
      <Title order={2}>Audit</Title>
      <AuditTrail />
      <BreakGlassGrants />
    </Stack>
  );
}
