import { Alert, Button, Group, Text } from '@mantine/core';
import dayjs from 'dayjs';

/** Where the section stands: unsaved changes, saved (with the time of the intake's last save), or not yet saved. */
export function SaveStatus({ dirty, saved, updatedAt, saving }: { dirty: boolean; saved: boolean; updatedAt: string | null; saving: boolean }) {
  const words = saving ? 'Saving…' : dirty ? 'Unsaved changes' : saved && updatedAt ? `Saved at ${dayjs(updatedAt).format('HH:mm')}` : 'Not saved yet';
  return (
    <Text size="sm" c={dirty && !saving ? 'orange.8' : 'dimmed'} role="status" aria-label="Save status">
      {words}
    </Text>
  );
}

/** A stale revision: someone else saved since this intake was opened. The user's entries stay; a reload brings theirs. */
export function ConflictAlert({ onReload, onDiscard }: { onReload: () => void; onDiscard: () => void }) {
  return (
    <Alert color="orange" title="Someone else saved this intake" role="alert">
      <Text size="sm">
        Another person saved the intake after you opened it, so this section was not saved. What you entered here is kept. Reload to bring in their changes, check this section, then save again.
      </Text>
      <Group mt="sm">
        <Button size="xs" onClick={onReload}>
          Reload the intake
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Discard my changes to this section
        </Button>
      </Group>
    </Alert>
  );
}
