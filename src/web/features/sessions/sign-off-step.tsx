import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiProblem } from '../../api/client';
import { AccountForDosePanel, useDrawAwaitsAccounting } from './account-for-dose-panel';
import { SessionProblem } from './blocker-list';
import { formatDateTime } from './local-time';
import { sessionApi } from './session-api';
import { useSessionChange } from './session-queries';
import type { ChartAbilities, SessionChart } from './session-types';

const minimumNote = 10; // as the API asks

function Addenda({ chart, can }: { chart: SessionChart; can: ChartAbilities }) {
  const [text, setText] = useState('');
  const add = useSessionChange(chart.id, (written: string) => sessionApi.addendum(chart.id, written), () => setText(''));
  return (
    <Stack gap="xs" component="section" aria-label="Addenda">
      <Title order={4}>Addenda</Title>
      {chart.addenda.length === 0 ? <Text c="dimmed">None.</Text> : null}
      {chart.addenda.map((addendum) => (
        <Paper key={`${addendum.writtenAt}-${addendum.author}`} withBorder p="sm">
          <Text size="sm" c="dimmed">
            {addendum.author}, {formatDateTime(addendum.writtenAt)}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{addendum.text}</Text>
        </Paper>
      ))}
      {can.chart ? (
        <>
          <Textarea label="New addendum" minRows={2} value={text} onChange={(event) => setText(event.currentTarget.value)} />
          <Group>
            <Button variant="default" disabled={text.trim().length < 3} loading={add.isPending} onClick={() => add.mutate(text.trim())}>
              Add addendum
            </Button>
          </Group>
          <SessionProblem error={add.error} title="The addendum was not added" patientId={chart.patient.id} />
        </>
      ) : null}
    </Stack>
  );
}

/** A refusal to sign because the controlled-substance record does not balance: the server's own words. */
function SignProblem({ error, patientId }: { error: unknown; patientId: string }) {
  if (error instanceof ApiProblem && error.code === 'TREATMENT_BLOCKED') {
    return (
      <Alert color="red" title="The session was not signed" role="alert">
        {error.message}
      </Alert>
    );
  }
  return <SessionProblem error={error} title="The session was not signed" patientId={patientId} />;
}

/** Discharged or stopped: the drawn product is accounted for, the prescriber signs the note (it cannot change afterwards); then addenda. */
export function SignOffStep({ chart, can }: { chart: SessionChart; can: ChartAbilities }) {
  const [note, setNote] = useState('');
  const sign = useSessionChange(chart.id, (written: string) => sessionApi.sign(chart.id, written));
  const awaitsAccounting = useDrawAwaitsAccounting(chart);
  const ended = chart.state === 'stopped' ? `Stopped${chart.stopReason ? `: ${chart.stopReason}` : '.'}` : `Discharged${chart.dischargedAt ? ` at ${formatDateTime(chart.dischargedAt)}` : ''}.`;
  return (
    <Stack gap="md">
      <Title order={3}>Sign-off</Title>
      <Text>{ended}</Text>
      <AccountForDosePanel chart={chart} />
      {chart.signedAt ? (
        <>
          <Text fw={600}>
            Signed by {chart.signedBy ?? 'the prescriber'} at {formatDateTime(chart.signedAt)}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{chart.note}</Text>
          <Addenda chart={chart} can={can} />
        </>
      ) : can.sign ? (
        <>
          <Textarea label="Session note" description={`At least ${minimumNote} characters. It cannot change after signing; add addenda instead.`} minRows={4} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <Group>
            <Button disabled={note.trim().length < minimumNote || awaitsAccounting} loading={sign.isPending} onClick={() => sign.mutate(note.trim())}>
              Sign
            </Button>
            {awaitsAccounting ? <Text size="sm">Account for the drawn product first.</Text> : null}
          </Group>
          <SignProblem error={sign.error} patientId={chart.patient.id} />
        </>
      ) : (
        <Text>Waiting for the prescriber to write and sign the session note.</Text>
      )}
    </Stack>
  );
}
