import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack } from '@mantine/core';

/** Shown once, right after set-up: the server keeps only hashes, so these cannot be shown again. */
export function RecoveryCodesStep({ recoveryCodes, onContinue, continuing }: { recoveryCodes: string[]; onContinue: () => void; continuing: boolean }) {
  return (
    <Stack>
      <Alert color="yellow" title="Store these recovery codes safely">
        If you lose your phone, sign in with one of these codes instead of the six-digit code. Each code works once. Keep them somewhere only you can
        reach, such as a password manager. They are shown only now.
      </Alert>
      <SimpleGrid cols={2} spacing="xs" aria-label="Recovery codes" role="list">
        {recoveryCodes.map((code) => (
          <Code key={code} role="listitem" fz="md">
            {code}
          </Code>
        ))}
      </SimpleGrid>
      <Group>
        <CopyButton value={recoveryCodes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? 'Copied' : 'Copy the codes'}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onContinue} loading={continuing}>
          Continue
        </Button>
      </Group>
    </Stack>
  );
}
