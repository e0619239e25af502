import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { sessionApi } from './session-api';
import { sessionKeys } from './session-queries';

/**
 * Puts a planned session in a chair and checks the patient in, then opens its chart. Should the check-in itself
 * fail, the chart opens anyway: the session is booked, and its chart offers "Check in" again.
 */
export function CheckInButton({ patientId, planId, planSequence }: { patientId: string; planId: string; planSequence: number }) {
  const [opened, { open, close }] = useDisclosure();
  const [chair, setChair] = useState('');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const checkIn = useMutation({
    mutationFn: async () => {
      const booked = await sessionApi.schedule(patientId, { planId, planSequence, chair: chair.trim() });
      try {
        return await sessionApi.transition(booked.id, { action: 'check-in', revision: booked.revision });
      } catch {
        return booked;
      }
    },
    onSuccess: async (chart) => {
      queryClient.setQueryData(sessionKeys.chart(chart.id), chart);
      void queryClient.invalidateQueries({ queryKey: sessionKeys.patient(patientId) });
      close();
      await navigate({ to: '/sessions/$sessionId', params: { sessionId: chart.id } });
    },
  });
  const errors = serverFieldErrors(checkIn.error);
  const cancel = () => {
    checkIn.reset();
    close();
  };
  return (
    <>
      <Button size="xs" onClick={open} aria-label={`Check in for session ${planSequence}`}>
        Check in
      </Button>
      <Modal opened={opened} onClose={cancel} title={`Check in for session ${planSequence}`}>
        <Stack>
          <Text>The session starts in this chair or room and appears on the treatment floor.</Text>
          <TextInput label="Chair or room" required maxLength={40} value={chair} error={errors.chair} onChange={(event) => setChair(event.currentTarget.value)} data-autofocus />
          {checkIn.isError && !errors.chair ? <ProblemAlert error={checkIn.error} title="The patient was not checked in" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Button disabled={chair.trim() === ''} loading={checkIn.isPending} onClick={() => checkIn.mutate()}>
              Check in
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
