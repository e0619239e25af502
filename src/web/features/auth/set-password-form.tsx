import { Alert, Button, List, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, ApiProblem, type AccountLinkPurpose } from '../../api/client';
import { serverErrorsAt } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { NewLinkHint } from './new-link-hint';
import { meQueryOptions } from './use-me';
import { useSession } from './use-session';

// Not Mantine's "Toggle password visibility": a label containing "password" makes finding the fields by label ambiguous.
const toggleLabel = { 'aria-label': 'Show what you typed' };

// The rule of domain/auth/password-policy.ts (12 characters, block-list, no name or e-mail), in plain words. The
// server checks it and names every reason that applies; that module is not imported here, its block-list is large.
const passwordRule =
  'Use at least 12 characters; a short phrase of a few unrelated words is easy to remember. A common password, or one that contains your name or e-mail address, is refused.';

export function SetPasswordForm({ purpose, token }: { purpose: AccountLinkPurpose; token: string }) {
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [problems, setProblems] = useState<{ password?: string; repeated?: string }>({});
  const navigate = useNavigate();
  const session = useSession();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => api.setPasswordWithLink(purpose, { token, password }),
    onSuccess: async () => {
      // A reset ends every session of the account, perhaps this browser's too.
      await queryClient.invalidateQueries({ queryKey: meQueryOptions.queryKey });
      session.notice.passwordSet = true;
      await navigate({ to: '/sign-in', search: { redirect: undefined }, replace: true });
    },
  });
  const reasons = serverErrorsAt(save.error, '/password');
  // 404: the link was used already or expired.
  const linkUnusable = save.error instanceof ApiProblem && save.error.status === 404 ? save.error : undefined;

  // The reasons are listed above the fields; the field is only marked.
  const passwordError = problems.password ?? (reasons.length > 0 ? true : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(password ? {} : { password: 'Enter a new password' }),
      ...(password && repeated !== password ? { repeated: 'The two passwords are not the same. Type the new password again.' } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Set password">
      <Stack>
        {reasons.length > 0 ? (
          <Alert color="red" role="alert" title="Choose another password">
            <List size="sm" spacing={4}>
              {reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {linkUnusable ? (
          <Alert color="red" role="alert" title="This link cannot be used">
            <Stack gap="xs">
              <Text size="sm">{linkUnusable.message}</Text>
              <NewLinkHint purpose={purpose} />
            </Stack>
          </Alert>
        ) : null}
        {save.isError && reasons.length === 0 && !linkUnusable ? <ProblemAlert error={save.error} title="The password was not set" /> : null}
        <PasswordInput
          label="New password"
          autoComplete="new-password"
          description={passwordRule}
          visibilityToggleButtonProps={toggleLabel}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={passwordError}
          // PasswordInput leaves aria-invalid off its inner input; screen readers need it.
          aria-invalid={passwordError ? true : undefined}
        />
        <PasswordInput
          label="Repeat the new password"
          autoComplete="new-password"
          visibilityToggleButtonProps={toggleLabel}
          value={repeated}
          onChange={(event) => setRepeated(event.currentTarget.value)}
          error={problems.repeated}
          aria-invalid={problems.repeated ? true : undefined}
        />
        <Button type="submit" loading={save.isPending}>
          Set password
        </Button>
      </Stack>
    </form>
  );
}
