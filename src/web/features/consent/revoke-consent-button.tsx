import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { serverErrorsAt } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { consentApi } from './consent-api';
import { useConsentChange } from './consent-queries';

const minimumReasonLength = 3; // as the API asks: "Say why, in a few words"

/** Revoking a consent, with the reason; patients may do it at any time, and so may staff on their word. */
export function RevokeConsentButton({ patientId, consentId, kindLabel }: { patientId: string; consentId: string; kindLabel: string }) {
  const [opened, { open, close }] = useDisclosure();
  const [reason, setReason] = useState('');
  const revoke = useConsentChange(patientId, (text: string) => consentApi.revoke(patientId, consentId, text), close);
  const cancel = () => {
    revoke.reset();
    setReason('');
    close();
  };
  const fieldError = serverErrorsAt(revoke.error, '/reason').join(' ');
  return (
    <>
      <Button color="red" variant="light" onClick={open}>
        Revoke
      </Button>
      <Modal opened={opened} onClose={cancel} title="Revoke this consent?">
        <Stack>
          <Text>
            Revoking the consent for {kindLabel.toLowerCase()} stops any treatment that relies on it. It can be signed again later. The signed copy stays in the
            record.
          </Text>
          <Textarea label="Reason" description="In a few words" minRows={2} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldError || undefined} />
          {revoke.isError && !fieldError ? <ProblemAlert error={revoke.error} title="The consent was not revoked" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Button color="red" onClick={() => revoke.mutate(reason.trim())} loading={revoke.isPending} disabled={reason.trim().length < minimumReasonLength}>
              Revoke consent
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
