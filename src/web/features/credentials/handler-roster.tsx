import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/problem-alert';
import { useStockLocations } from '../stock/stock-queries';
import { credentialApi } from './credential-api';
import { useCredentialChange } from './credential-queries';
import type { StaffCredentials } from './credential-types';
import { formatDay } from './credential-words';

/** Adding to and taking off the roster, for those who manage credentials. */
function RosterChanges({ staff }: { staff: StaffCredentials }) {
  const locations = useStockLocations();
  const authorise = useCredentialChange((registrationId: string) => credentialApi.authorise(registrationId, staff.user.id));
  const withdraw = useCredentialChange((registrationId: string) => credentialApi.withdraw(registrationId, staff.user.id));
  const held = new Set(staff.handlerOf.map((handler) => handler.registrationId));
  const open = (locations.data?.locations ?? []).flatMap((location) => (location.registration && !held.has(location.registration.id) ? [{ location, registration: location.registration }] : []));
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {staff.handlerOf.map((handler) => (
          <Button key={handler.registrationId} size="xs" color="red" variant="light" loading={withdraw.isPending && withdraw.variables === handler.registrationId} onClick={() => withdraw.mutate(handler.registrationId)}>
            Withdraw authorisation under {handler.number}
          </Button>
        ))}
        {open.map(({ location, registration }) => (
          <Button key={registration.id} size="xs" variant="default" loading={authorise.isPending && authorise.variables === registration.id} onClick={() => authorise.mutate(registration.id)}>
            Authorise under {registration.number} ({location.name})
          </Button>
        ))}
      </Group>
      {locations.isError ? <ProblemAlert error={locations.error} title="The clinic’s DEA registrations could not be loaded" /> : null}
      {authorise.isError ? <ProblemAlert error={authorise.error} title="The authorisation was not added" /> : null}
      {withdraw.isError ? <ProblemAlert error={withdraw.error} title="The authorisation was not withdrawn" /> : null}
    </Stack>
  );
}

/** The person's place on the roster of staff authorised to handle stock under each location's DEA registration (21 CFR 1301.22(b)). */
export function HandlerRoster({ staff, canManage }: { staff: StaffCredentials; canManage: boolean }) {
  return (
    <section aria-label="Controlled substances">
      <Stack gap="xs">
      <Title order={3}>Controlled substances</Title>
      {staff.handlerOf.length === 0 ? (
        <Text>Not authorised to handle controlled substances under any of the clinic’s DEA registrations.</Text>
      ) : (
        <List>
          {staff.handlerOf.map((handler) => (
            <List.Item key={handler.registrationId}>
              Authorised to handle controlled substances under DEA registration {handler.number} ({handler.locationName}), since {formatDay(handler.grantedAt)}.
            </List.Item>
          ))}
        </List>
      )}
      {canManage ? <RosterChanges staff={staff} /> : null}
      </Stack>
    </section>
  );
}
