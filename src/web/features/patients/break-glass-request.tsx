import { Alert, Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { patientKeys } from './patient-queries';

// The server's minimum (breakGlassBodySchema): a reason a reviewer can judge, not "x".
const minReasonLength = 10;

/**
 * Staff limited to some locations get "not found" for patients elsewhere. In an emergency they may open the record
 * for a while with a stated reason; the access is audited and listed for administrators to review.
 */
export function BreakGlassRequest({ patientId }: { patientId: string }) {
  const [reason, setReason] = useState('');
  const [hint, setHint] = useState<string>();
  const queryClient = useQueryClient();
  const request = useMutation({
    mutationFn: () => api.breakGlass(patientId, reason.trim()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientKeys.chart(patientId) }),
  });
  const reasonError = hint ?? serverFieldErrors(request.error).reason;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tooShort = reason.trim().length < minReasonLength;
    setHint(tooShort ? `Say why you need this record (at least ${minReasonLength} characters)` : undefined);
    if (!tooShort) request.mutate();
  };

  return (
    <Card withBorder component="section" aria-label="Request emergency access" maw={640}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3}>Request emergency access</Title>
          <Text size="sm">You may not see this record because the patient is seen at another of the clinic&apos;s locations. If they need care now, you can open it with emergency access.</Text>
          <Alert color="orange" role="note">Emergency access is recorded and reviewed by your clinic&apos;s administrators. It lets you read this record for 60 minutes.</Alert>
          {request.isError && !reasonError ? <ProblemAlert error={request.error} title="Emergency access was not opened" /> : null}
          <Textarea label="Why do you need this record now?" rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={reasonError} />
          <Button type="submit" color="orange" loading={request.isPending} style={{ alignSelf: 'flex-start' }}>
            Open with emergency access
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
