import { Alert, Button, Code, List, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { serverFieldErrors } from '../../api/field-errors';
import { QrCodeImage } from './qr-code-image';
import { isSixDigitCode, sixDigitCodeHint } from './six-digit-code';

/** Two-step sign-in is required for this account's role: set up an authenticator app, then prove it works. */
export function EnrolmentStep({ onConfirmed, onRestart }: { onConfirmed: (recoveryCodes: string[]) => void; onRestart: () => void }) {
  // A query, not an effect, so the set-up starts once even when React mounts the step twice.
  const enrolment = useQuery({ queryKey: ['mfa-enrolment'], queryFn: api.startEnrolment, staleTime: Infinity, retry: false, refetchOnWindowFocus: false });
  const [code, setCode] = useState('');
  const [hint, setHint] = useState<string>();
  const confirm = useMutation({ mutationFn: api.confirmEnrolment, meta: { signInFlow: true }, onSuccess: ({ recoveryCodes }) => onConfirmed(recoveryCodes) });

  if (enrolment.isPending) return <Loader aria-label="Preparing the set-up" />;
  if (enrolment.isError) {
    return (
      <Stack>
        <Alert color="red" role="alert">
          {enrolment.error.message}
        </Alert>
        <Button onClick={onRestart}>Start again</Button>
      </Stack>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isSixDigitCode(code)) return setHint(sixDigitCodeHint);
    setHint(undefined);
    confirm.mutate(code.trim());
  };
  const codeError = hint ?? serverFieldErrors(confirm.error).code;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>Your role needs two-step sign-in. Set it up once, with an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or 1Password).</Text>
        <List type="ordered" spacing="xs">
          <List.Item>In the app, add an account and scan this QR code.</List.Item>
          <List.Item>Enter the six-digit code the app then shows.</List.Item>
        </List>
        <QrCodeImage uri={enrolment.data.otpauthUri} />
        <Text size="sm">
          Cannot scan? Type this key into the app instead: <Code>{enrolment.data.secretBase32}</Code>
        </Text>
        {confirm.isError && !codeError ? (
          <Alert color="red" role="alert">
            {confirm.error.message}
          </Alert>
        ) : null}
        <TextInput label="Six-digit code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} value={code} onChange={(event) => setCode(event.currentTarget.value)} error={codeError} />
        <Button type="submit" loading={confirm.isPending}>
          Verify
        </Button>
      </Stack>
    </form>
  );
}
