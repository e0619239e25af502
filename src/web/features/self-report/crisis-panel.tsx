import { Alert, List, Stack, Text, Title } from '@mantine/core';
import type { SafetyNotice } from '../../api/measure-types';

/**
 * Shown at once whenever answers suggest risk, and never folded away: where to get help now, and when the care
 * team reads answers (they are not watched around the clock). The words come from the server.
 */
export function CrisisPanel({ crisis }: { crisis: SafetyNotice['crisis'] }) {
  return (
    <Alert color="red" variant="filled" role="alert" aria-labelledby="crisis-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="crisis-heading" c="white">
          {crisis.heading}
        </Title>
        <List c="white" spacing="xs" size="md">
          {crisis.resources.map((resource) => (
            <List.Item key={resource}>{resource}</List.Item>
          ))}
        </List>
        <Text c="white">{crisis.whenRead}</Text>
      </Stack>
    </Alert>
  );
}
