import { Alert, Anchor, Paper, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import type { SignInStage } from '../../api/client';
import { EnrolmentStep } from './enrolment-step';
import { PasswordStep } from './password-step';
import { RecoveryCodesStep } from './recovery-codes-step';
import { SecondFactorStep } from './second-factor-step';
import { useFinishSignIn } from './use-finish-sign-in';
import { useSession } from './use-session';

type Step = { kind: 'password' } | { kind: 'second-factor' } | { kind: 'enrolment' } | { kind: 'recovery-codes'; recoveryCodes: string[] };

const headings: Record<Step['kind'], string> = {
  password: 'Sign in',
  'second-factor': 'Two-step sign-in',
  enrolment: 'Set up two-step sign-in',
  'recovery-codes': 'Your recovery codes',
};

export function SignInPage() {
  const { redirect } = useSearch({ from: '/sign-in' });
  const session = useSession();
  const [sessionEnded] = useState(() => session.notice.sessionEnded);
  const [passwordSet] = useState(() => session.notice.passwordSet);
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const finish = useFinishSignIn(redirect);
  const queryClient = useQueryClient();
  // Each set-up starts afresh: a secret from an abandoned attempt is never shown again.
  const forgetEnrolment = () => queryClient.removeQueries({ queryKey: ['mfa-enrolment'] });

  const onStage = (stage: SignInStage) => {
    if (stage === 'active') return finish.mutate();
    forgetEnrolment();
    setStep({ kind: stage === 'mfa' ? 'second-factor' : 'enrolment' });
  };
  const restart = () => {
    forgetEnrolment();
    setStep({ kind: 'password' });
  };

  return (
    <Paper maw={440} mx="auto" mt="lg" p="lg" withBorder>
      <Stack>
        <Title order={2}>{headings[step.kind]}</Title>
        {sessionEnded && step.kind === 'password' ? <Alert color="blue">Your session ended. Sign in again to continue.</Alert> : null}
        {passwordSet && step.kind === 'password' ? <Alert color="green">Your password is set. Sign in.</Alert> : null}
        {finish.isError ? (
          <Alert color="red" role="alert">
            {finish.error.message}
          </Alert>
        ) : null}
        {step.kind === 'password' ? <PasswordStep onStage={onStage} /> : null}
        {step.kind === 'password' ? (
          <Anchor component={Link} to="/forgot-password" size="sm">
            Forgot your password?
          </Anchor>
        ) : null}
        {step.kind === 'second-factor' ? <SecondFactorStep onVerified={() => finish.mutate()} /> : null}
        {step.kind === 'enrolment' ? (
          <EnrolmentStep onConfirmed={(recoveryCodes) => setStep({ kind: 'recovery-codes', recoveryCodes })} onRestart={restart} />
        ) : null}
        {step.kind === 'recovery-codes' ? <RecoveryCodesStep recoveryCodes={step.recoveryCodes} onContinue={() => finish.mutate()} continuing={finish.isPending} /> : null}
      </Stack>
    </Paper>
  );
}
