import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { isSixDigitCode, sixDigitCodeHint } from './six-digit-code';

export function SecondFactorStep({ onVerified }: { onVerified: () => void }) {
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [value, setValue] = useState('');
  const [hint, setHint] = useState<string>();
  const verify = useMutation({ mutationFn: api.secondFactor, meta: { signInFlow: true }, onSuccess: onVerified });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (useRecoveryCode ? value.trim().length < 10 : !isSixDigitCode(value)) {
      setHint(useRecoveryCode ? 'Enter one of your recovery codes' : sixDigitCodeHint);
      return;
    }
    setHint(undefined);
    verify.mutate(useRecoveryCode ? { recoveryCode: value.trim() } : { code: value.trim() });
  };
  const toggle = () => {
    setUseRecoveryCode((current) => !current);
    setValue('');
    setHint(undefined);
    verify.reset();
  };

  const input = useRecoveryCode ? (
    <TextInput key="recovery" label="Recovery code" autoComplete="off" spellCheck={false} value={value} onChange={(event) => setValue(event.currentTarget.value)} error={hint} />
  ) : (
    <TextInput key="code" label="Six-digit code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} value={value} onChange={(event) => setValue(event.currentTarget.value)} error={hint} />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{useRecoveryCode ? 'Enter one of the recovery codes you stored when you set up two-step sign-in. Each code works once.' : 'Enter the six-digit code your authenticator app shows for Ketaclinic.'}</Text>
        {verify.isError ? (
          <Alert color="red" role="alert">
            {verify.error.message}
          </Alert>
        ) : null}
        {input}
        <Button type="submit" loading={verify.isPending}>
          Verify
        </Button>
        <Button variant="subtle" onClick={toggle}>
          {useRecoveryCode ? 'Use the authenticator app instead' : 'Use a recovery code instead'}
        </Button>
      </Stack>
    </form>
  );
}
