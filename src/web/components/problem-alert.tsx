import { Alert } from '@mantine/core';
import { ApiProblem } from '../api/client';

/** Shows a failed request in plain words, with the request id support will ask for. */
export function ProblemAlert({ error, title }: { error: unknown; title: string }) {
  const detail = error instanceof Error ? error.message : 'Something went wrong.';
  const requestId = error instanceof ApiProblem ? error.requestId : undefined;
  return (
    <Alert color="red" title={title} role="alert">
      {detail}
      {requestId ? ` (request ${requestId})` : null}
    </Alert>
  );
}
