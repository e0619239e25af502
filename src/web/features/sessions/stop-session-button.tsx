import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { SessionProblem } from './blocker-list';
import { useSessionTransition } from './session-queries';
import type { SessionChart } from './session-types';

/** Ends the session early, with the reason, after a confirmation. */
export function StopSessionButton({ chart }: { chart: SessionChart }) {
  const [opened, { open, close }] = useDisclosure();
  const [reason, setReason] = useState('');
  const stop = useSessionTransition(chart, () => {
    setReason('');
    close();
  });
  const cancel = () => {
    stop.reset();
    close();
  };
  return (
    <>
      <Button color="red" variant="outline" onClick={open}>
        Stop session
      </Button>
      <Modal opened={opened} onClose={cancel} title="Stop this session?">
        <Stack>
          <Text>The session ends now and cannot be restarted. The prescriber signs the note afterwards.</Text>
          <Textarea label="Why is the session stopping?" required minRows={2} value={reason} onChange={(event) => setReason(event.currentTarget.value)} data-autofocus />
          <SessionProblem error={stop.error} title="The session was not stopped" patientId={chart.patient.id} />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Button color="red" disabled={reason.trim() === ''} loading={stop.isPending} onClick={() => stop.mutate({ action: 'stop', reason: reason.trim() })}>
              Stop the session
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
