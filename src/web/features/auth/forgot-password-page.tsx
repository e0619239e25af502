import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';

/** Asks for a reset link. The server answers the same whether or not the address has an account; so does this page. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState<string>();
  const request = useMutation({ mutationFn: api.requestPasswordReset });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(email.trim() ? undefined : 'Enter your e-mail address');
    if (email.trim()) request.mutate(email.trim());
  };

  return (
    <Paper maw={440} mx="auto" mt="lg" p="lg" withBorder>
      <Stack>
        <Title order={2}>Forgot your password?</Title>
        {request.isSuccess ? (
          <Alert color="green" role="status">
            {request.data.message}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate aria-label="Ask for a reset link">
            <Stack>
              <Text size="sm">Enter the e-mail address you sign in with. We send a link to choose a new password.</Text>
              {request.isError ? <ProblemAlert error={request.error} title="The link was not sent" /> : null}
              <TextInput label="E-mail address" type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={missing} />
              <Button type="submit" loading={request.isPending}>
                Send the link
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component={Link} to="/sign-in" size="sm">
          Back to sign in
        </Anchor>
      </Stack>
    </Paper>
  );
}
