import { Group, Loader, NativeSelect, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSite } from '../../api/queries';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { offsetFromGeneratedAt, ServerClockOffset } from '../sessions/server-clock';
import { ChairCard } from './chair-card';
import { floorKeys, useFloor } from './floor-queries';
import type { FloorChair, StreamStatus } from './floor-types';
import { useFloorStream } from './use-floor-stream';

const streamWords: Record<StreamStatus, { text: string; color: string }> = {
  connecting: { text: 'Connecting…', color: 'dimmed' },
  live: { text: 'Live', color: 'green.8' },
  reconnecting: { text: 'Reconnecting…', color: 'orange.8' },
};
const byChair = (a: FloorChair, b: FloorChair) => a.chair.localeCompare(b.chair, undefined, { numeric: true });

/** The treatment floor on a tablet: every chair's state and timers, kept live by the server's stream. */
export function FloorPage() {
  const me = useSignedInUser();
  if (!can(me, 'floor.view')) return <NoAccess />;
  return <FloorBoard canOpen={can(me, 'session.read')} />;
}

function FloorBoard({ canOpen }: { canOpen: boolean }) {
  const queryClient = useQueryClient();
  const site = useSite();
  const locations = site.data?.locations ?? [];
  const [locationId, setLocationId] = useState<string | null>(null);
  const floor = useFloor(locationId);
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: floorKeys.all }), [queryClient]);
  const stream = useFloorStream(locationId, refresh);
  const chairs = [...(floor.data?.chairs ?? [])].sort(byChair);
  const overdue = chairs.filter((chair) => chair.nextCheck.overdue).length;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Treatment floor</Title>
        <Group gap="md" align="flex-end">
          {locations.length > 1 ? (
            <NativeSelect
              label="Location"
              data={[{ value: '', label: 'All locations' }, ...locations.map((location) => ({ value: location.id, label: location.name }))]}
              value={locationId ?? ''}
              onChange={(event) => setLocationId(event.currentTarget.value || null)}
            />
          ) : null}
          <Text role="status" fw={600} c={streamWords[stream].color}>
            {streamWords[stream].text}
          </Text>
        </Group>
      </Group>
      {floor.isPending ? <Loader aria-label="Loading the floor" /> : null}
      {floor.isError ? <ProblemAlert error={floor.error} title="The floor could not be loaded" /> : null}
      {floor.data ? (
        <ServerClockOffset.Provider value={offsetFromGeneratedAt(floor.data.generatedAt, floor.dataUpdatedAt)}>
          <VisuallyHidden role="status" aria-live="polite">
            {`${chairs.length} ${chairs.length === 1 ? 'chair' : 'chairs'}${overdue > 0 ? `, ${overdue} overdue for a check` : ''}.`}
          </VisuallyHidden>
          {chairs.length === 0 ? <Text>No chairs are in use or booked today.</Text> : null}
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="md">
            {chairs.map((chair) => (
              <ChairCard key={chair.sessionId} chair={chair} generatedAtMs={Date.parse(floor.data.generatedAt)} canOpen={canOpen} />
            ))}
          </SimpleGrid>
        </ServerClockOffset.Provider>
      ) : null}
    </Stack>
  );
}
