import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { planApi } from './plan-api';
import { usePlanChange } from './plan-queries';

type Outcome = 'completed' | 'stopped';
const minimumReasonLength = 3; // as the API asks: "Say why"

/** Ending an active plan, as completed or stopped, with the reason. */
export function EndPlanButton({ patientId, planId }: { patientId: string; planId: string }) {
  const [opened, { open, close }] = useDisclosure();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [reason, setReason] = useState('');
  const end = usePlanChange(patientId, (body: { outcome: Outcome; reason: string }) => planApi.end(patientId, planId, body), close);
  const errors = serverFieldErrors(end.error);
  const cancel = () => {
    end.reset();
    close();
  };
  return (
    <>
      <Button variant="default" onClick={open}>
        End the plan
      </Button>
      <Modal opened={opened} onClose={cancel} title="End this treatment plan?">
        <Stack>
          <Text>No further sessions are planned once it ends. The plan and its sessions stay in the record.</Text>
          <Radio.Group label="Outcome" value={outcome} onChange={(value) => setOutcome(value as Outcome)} required error={errors.outcome}>
            <Stack gap="xs" mt="xs">
              <Radio value="completed" label="Completed" description="The course finished as planned." />
              <Radio value="stopped" label="Stopped" description="The course ended early." />
            </Stack>
          </Radio.Group>
          <Textarea label="Reason" description="In a few words" required minRows={2} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={errors.reason} />
          {end.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={end.error} title="The plan was not ended" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Button onClick={() => outcome && end.mutate({ outcome, reason: reason.trim() })} disabled={!outcome || reason.trim().length < minimumReasonLength} loading={end.isPending}>
              End plan
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
