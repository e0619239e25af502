import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type SignInStage } from '../../api/client';

// Not Mantine's "Toggle password visibility": a second label containing "password" makes finding the field by its label ambiguous.
const toggleLabel = { 'aria-label': 'Show what you typed' };

export function PasswordStep({ onStage }: { onStage: (stage: SignInStage) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const signIn = useMutation({ mutationFn: api.signIn, meta: { signInFlow: true }, onSuccess: ({ stage }) => onStage(stage) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = { ...(email.trim() ? {} : { email: 'Enter your e-mail address' }), ...(password ? {} : { password: 'Enter your password' }) };
    setMissing(problems);
    if (Object.keys(problems).length === 0) signIn.mutate({ email: email.trim(), password });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {signIn.isError ? (
          <Alert color="red" role="alert">
            {signIn.error.message}
          </Alert>
        ) : null}
        <TextInput label="E-mail address" type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={missing.email} />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          visibilityToggleButtonProps={toggleLabel}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={missing.password}
        />
        <Button type="submit" loading={signIn.isPending}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
